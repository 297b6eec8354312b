import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { Task } from '@lit/task';
import { KdElement } from './kd-element.js';
import { defineElement } from './define.js';
import { KdProvider } from '../provider/kd-provider.js';
import '../define/kd-provider.js';

/** Test-only widget: shows what it resolved and counts its task runs. */
class KdConfigProbe extends KdElement {
  runs: unknown[][] = [];

  private readonly probe = new Task(this, {
    task: async (args: readonly [string, string | undefined, string]) => {
      this.runs.push([...args]);
      return args.join('|');
    },
    args: () => [this.resolvedApi, this.resolvedMunicipality, this.locale] as const,
  });

  get api$(): string {
    return this.resolvedApi;
  }

  get http$() {
    return this.http;
  }

  protected override render() {
    return html`<div part="base" class="kd-root" dir=${this.dir} lang=${this.locale}>
      <span class="api">${this.resolvedApi}</span>
      <span class="municipality">${this.resolvedMunicipality ?? '(alle)'}</span>
      <span class="retry">${this.t('retry')}</span>
      <span class="task">${this.probe.value ?? ''}</span>
    </div>`;
  }
}
defineElement('kd-config-probe', KdConfigProbe);

/** A host with a shadow root that sets `lang`, to check inheritance across shadow boundaries. */
class KdLangHost extends LitElement {
  protected override render() {
    return html`<section lang="tr"><kd-config-probe></kd-config-probe></section>`;
  }
}
defineElement('kd-lang-host', KdLangHost);

declare global {
  interface HTMLElementTagNameMap {
    'kd-config-probe': KdConfigProbe;
  }
}

function text(el: Element, selector: string): string {
  return el.shadowRoot!.querySelector(selector)!.textContent!.trim();
}

async function settle(el: KdConfigProbe): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

const DEFAULT_API = `${location.origin}/v1`;

describe('KdElement configuration', () => {
  it('defaults to the script origin + /v1, all municipalities and German', async () => {
    const el = await fixture<KdConfigProbe>(html`<kd-config-probe></kd-config-probe>`);
    expect(text(el, '.api')).to.equal(DEFAULT_API);
    expect(el.resolvedMunicipality).to.equal(undefined);
    expect(el.locale).to.equal('de');
    expect(text(el, '.retry')).to.equal('Erneut versuchen');
  });

  it('takes the provider values over the defaults', async () => {
    const wrap = await fixture(html`<kd-provider api="https://p.example/v1/" municipality="tuebingen">
      <kd-config-probe></kd-config-probe>
    </kd-provider>`);
    const el = wrap.querySelector('kd-config-probe')!;
    await settle(el);
    expect(text(el, '.api')).to.equal('https://p.example/v1');
    expect(text(el, '.municipality')).to.equal('tuebingen');
  });

  it('takes its own attributes over the provider values', async () => {
    const wrap = await fixture(html`<kd-provider api="https://p.example/v1" municipality="tuebingen">
      <kd-config-probe api="https://own.example/v1" municipality="ulm"></kd-config-probe>
    </kd-provider>`);
    const el = wrap.querySelector('kd-config-probe')!;
    await settle(el);
    expect(text(el, '.api')).to.equal('https://own.example/v1');
    expect(text(el, '.municipality')).to.equal('ulm');
  });

  it('re-renders and re-runs its task when attributes or provider values change at runtime', async () => {
    const wrap = await fixture<KdProvider>(html`<kd-provider municipality="tuebingen">
      <kd-config-probe></kd-config-probe>
    </kd-provider>`);
    const el = wrap.querySelector('kd-config-probe')!;
    await waitUntil(() => text(el, '.task').includes('tuebingen'));

    wrap.setAttribute('municipality', 'rottenburg');
    await waitUntil(() => text(el, '.task').includes('rottenburg'), 'provider change not applied');
    expect(text(el, '.municipality')).to.equal('rottenburg');

    el.setAttribute('municipality', 'ulm');
    await waitUntil(() => text(el, '.task').includes('ulm'), 'attribute change not applied');

    el.removeAttribute('municipality');
    await waitUntil(() => text(el, '.task').includes('rottenburg'), 'removed attribute did not fall back');

    wrap.api = 'https://changed.example/v1';
    await waitUntil(() => text(el, '.api') === 'https://changed.example/v1');
    expect(wrap.getAttribute('api'), 'provider reflects its properties').to.equal('https://changed.example/v1');
    expect(el.runs.map((r) => r[1])).to.include.members(['tuebingen', 'rottenburg', 'ulm']);
  });

  it('finds a provider that is defined after the widgets inside it', async () => {
    const wrap = await fixture(html`<kd-late-provider municipality="freiburg">
      <kd-config-probe></kd-config-probe>
    </kd-late-provider>`);
    const el = wrap.querySelector('kd-config-probe')!;
    expect(el.resolvedMunicipality).to.equal(undefined);
    defineElement('kd-late-provider', class extends KdProvider {});
    await waitUntil(() => text(el, '.municipality') === 'freiburg', 'late provider not found');
  });

  it('shares one transport (and its ETag cache) per API URL', async () => {
    const wrap = await fixture(html`<div>
      <kd-config-probe api="https://a.example/v1"></kd-config-probe>
      <kd-config-probe api="https://a.example/v1/"></kd-config-probe>
      <kd-config-probe api="https://b.example/v1"></kd-config-probe>
    </div>`);
    const [a1, a2, b] = [...wrap.querySelectorAll('kd-config-probe')];
    expect(a1!.http$).to.equal(a2!.http$);
    expect(a1!.http$).not.to.equal(b!.http$);
    expect(b!.http$.baseUrl).to.equal('https://b.example/v1');
  });
});

describe('KdElement language', () => {
  it('uses the nearest ancestor lang, across shadow roots', async () => {
    const plain = await fixture(html`<div lang="uk"><p><kd-config-probe></kd-config-probe></p></div>`);
    expect(plain.querySelector('kd-config-probe')!.locale).to.equal('uk');

    const host = await fixture(html`<div lang="en"><kd-lang-host></kd-lang-host></div>`);
    const inner = host.querySelector('kd-lang-host')!.shadowRoot!.querySelector('kd-config-probe')!;
    expect(inner.locale).to.equal('tr');
  });

  it('prefers its own lang, then the provider lang, over ancestors', async () => {
    const wrap = await fixture(html`<div lang="en">
      <kd-provider lang="fa"><p lang="tr"><kd-config-probe></kd-config-probe></p></kd-provider>
    </div>`);
    const el = wrap.querySelector('kd-config-probe')!;
    await settle(el);
    expect(el.locale).to.equal('fa');
    el.lang = 'uk';
    expect(el.locale).to.equal('uk');
    await el.updateComplete;
    expect(el.getAttribute('lang'), 'lang reflects').to.equal('uk');
  });

  it('falls back by primary subtag, then to German', async () => {
    const cases: [string, string][] = [
      ['en-GB', 'en'],
      ['DE-x-LS', 'de-x-ls'],
      ['de-AT', 'de'],
      ['ar-SY', 'ar'],
      ['fr', 'de'],
      ['', 'de'],
    ];
    for (const [tag, expected] of cases) {
      const el = await fixture<KdConfigProbe>(html`<kd-config-probe lang=${tag}></kd-config-probe>`);
      expect(el.locale, tag).to.equal(expected);
    }
  });

  it('renders right-to-left for Arabic and Persian only', async () => {
    for (const [lang, dir] of [['ar', 'rtl'], ['fa', 'rtl'], ['uk', 'ltr'], ['de-x-ls', 'ltr']] as const) {
      const el = await fixture<KdConfigProbe>(html`<kd-config-probe lang=${lang}></kd-config-probe>`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(el.dir, lang).to.equal(dir);
      expect(base.getAttribute('dir'), lang).to.equal(dir);
      expect(getComputedStyle(base).direction, lang).to.equal(dir);
      expect(base.getAttribute('lang')).to.equal(lang);
    }
  });

  it('loads a locale switched at runtime and renders in it', async () => {
    const el = await fixture<KdConfigProbe>(html`<kd-config-probe></kd-config-probe>`);
    expect(text(el, '.retry')).to.equal('Erneut versuchen');
    el.lang = 'uk';
    await waitUntil(() => text(el, '.retry') === 'Спробувати ще раз', 'Ukrainian not rendered');
    el.lang = 'de-x-ls';
    await waitUntil(() => text(el, '.retry') === 'Noch einmal versuchen', 'Leichte Sprache not rendered');
  });

  it('follows a lang change on the page', async () => {
    const wrap = await fixture(html`<div lang="de"><kd-config-probe></kd-config-probe></div>`);
    const el = wrap.querySelector('kd-config-probe')!;
    wrap.setAttribute('lang', 'tr');
    await waitUntil(() => text(el, '.retry') === 'Tekrar dene', 'page lang change not followed');
    expect(el.runs.at(-1)?.[2]).to.equal('tr');
  });
});
