import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { KdConcernForm } from './kd-concern-form.js';
import '../define/kd-concern-form.js';

// The modules this page asked for, to show what loads before and after the person acts.
performance.setResourceTimingBufferSize(100_000);
const requested: string[] = [];
new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource', buffered: true });

const SENDING_CODE = /\/concern-form\/(sending|delivery|proof-of-work|pow-search|sha256|validation)\.ts|\/location\/picker-map\.ts|leaflet/;

describe('kd-concern-form: what loads when', () => {
  it('downloads the sending code at the first focus, and starts on the challenge then', async () => {
    const api = `${location.origin}/mock/default-clazy-${String(Date.now())}/v1`;
    const el = await fixture<KdConcernForm>(html`<kd-concern-form api=${api} municipality="tuebingen"></kd-concern-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#title'), 'the form did not load', { timeout: 10_000 });
    expect(requested.filter((url) => SENDING_CODE.test(url))).to.deep.equal([]);
    expect(requested.some((url) => url.includes('/challenge'))).to.equal(false);

    el.shadowRoot!.querySelector<HTMLInputElement>('#title')!.focus();
    await waitUntil(() => requested.some((url) => url.includes('/concern-form/sending.ts')), 'the sending code did not load');
    await waitUntil(() => requested.some((url) => url.startsWith(`${api}/challenge`)), 'no challenge was fetched');
    // The map is still not asked for.
    expect(requested.filter((url) => /picker-map|leaflet/.test(url))).to.deep.equal([]);
  });
});
