// The CDN build ships each translation as its values in German key order (rollup.config.mjs,
// compactLocales): a page in another language must show exactly the strings written in
// src/*/messages/<locale>.ts, every one under its own key — not German, not a neighbour's text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage } from './support/browser.js';
import { hostPage } from './support/pages.js';
import { embedHarness } from './support/harness.js';

const LOCALES = ['en', 'ar', 'fa', 'uk', 'tr', 'de-x-ls'] as const;
/** Keys of `<kd-concern-status>` its lookup form shows, spread over its message file. */
const SHOWN = ['lookupLabel', 'lookupHint', 'lookupSubmit'] as const;

describe('translations in the CDN build', () => {
  const h = embedHarness();

  for (const locale of LOCALES) {
    it(`${locale}: the lookup form shows the ${locale} strings of its own keys`, async () => {
      const source = (await import(`../src/concern-status/messages/${locale}.ts`)) as {
        default: Record<(typeof SHOWN)[number], string>;
      };
      const expected = SHOWN.map((key) => source.default[key]);
      const log = await openPage(h.browser);
      await log.page.goto(
        h.server.page(
          `locale-${locale}`,
          hostPage({
            title: locale,
            lang: locale,
            scripts: ['/cdn/kd-concern-status.js'],
            body: '<kd-concern-status></kd-concern-status>',
          }),
        ),
      );
      const shown = await log.page
        .waitForFunction(
          (want) => {
            const root = document.querySelector('kd-concern-status')?.shadowRoot;
            const texts = [
              root?.querySelector('label[for="reference"]')?.textContent,
              root?.querySelector('#reference-hint')?.textContent,
              root?.querySelector('button[type="submit"]')?.textContent,
            ].map((text) => text?.trim());
            return texts.every((text, i) => text === want[i]) ? texts : false;
          },
          expected,
          { timeout: 10_000 },
        )
        .then(
          (handle) => handle.jsonValue(),
          async () => {
            // Say what was shown instead: German, another key's text, or nothing.
            return log.page.evaluate(() =>
              document.querySelector('kd-concern-status')?.shadowRoot?.textContent?.trim(),
            );
          },
        );
      assert.deepEqual(shown, expected);
      assert.deepEqual(log.errors, []);
      await log.context.close();
    });
  }
});
