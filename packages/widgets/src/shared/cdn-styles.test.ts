// The CDN build minifies the widgets' CSS with a whitespace remover of ours (scripts/minify-css.mjs).
// A declaration it breaks is dropped by the browser without a word (it once dropped the results
// list's maximum height), so this compares, per widget, the rules the browser reads from the
// CDN build's styles with those it reads from the source's.
import { expect } from '@open-wc/testing';
import '../define/kd-concern-form.js';
import '../define/kd-concern-status.js';
import '../define/kd-event-calendar.js';
import '../define/kd-provider.js';
import '../define/kd-results-map.js';

const TAGS = ['kd-concern-form', 'kd-concern-status', 'kd-event-calendar', 'kd-results-map'] as const;
const CDN_ENTRY = '/packages/widgets/dist/cdn/kommunaldialog.js';

interface StyledElement {
  readonly elementStyles?: readonly { readonly cssText?: string }[];
}

/** The rules of each stylesheet of `tag`'s class, as the browser serialises them once parsed. */
function rulesOf(registry: CustomElementRegistry, tag: string): string[][] {
  const styles = (registry.get(tag) as unknown as StyledElement | undefined)?.elementStyles ?? [];
  return styles.map(({ cssText = '' }) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    // A value holding var() keeps its text as written: a run of whitespace (one space to CSS)
    // and the spaces beside commas, which the minifier takes out, would differ without changing
    // a thing. Any other space it took out still shows.
    return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' ').replace(/ ?, ?/g, ', '));
  });
}

/** The CDN build's registry, in a frame of its own (this page defines the same tags from the source). */
async function loadCdnRegistry(): Promise<CustomElementRegistry> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module" src="${CDN_ENTRY}"></script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const registry = frame.contentWindow!.customElements;
  await Promise.all(TAGS.map((tag) => registry.whenDefined(tag)));
  return registry;
}

describe('the CDN build’s styles', () => {
  // One frame for every widget: the build is loaded once.
  let cdnRegistry: Promise<CustomElementRegistry> | undefined;

  for (const tag of TAGS) {
    it(`${tag}: the browser reads the same rules and declarations as from the source`, async () => {
      const source = rulesOf(customElements, tag);
      const cdn = rulesOf(await (cdnRegistry ??= loadCdnRegistry()), tag);
      expect(source.flat().length, 'rules in the source').to.be.greaterThan(10);
      expect(cdn).to.deep.equal(source);
    });
  }
});
