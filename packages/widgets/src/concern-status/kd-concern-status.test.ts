import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { createMockApi } from '@kommunaldialog/api-mock';
import type { ConcernStatus } from '@kommunaldialog/sdk';
import type { KdConcernStatus } from './kd-concern-status.js';
import { normaliseReference } from './kd-concern-status.js';
import '../define/kd-concern-status.js';

// The same seed as the API under test (same code, same day): find concerns with rich timelines.
const seeded = createMockApi({}).control.dataset().concerns as ConcernStatus[];
const withResult = seeded.find((c) => c.timeline.some((s) => s.resultId))!;
const withEvent = seeded.find((c) => c.timeline.some((s) => s.eventId))!;

const API = `${location.origin}/mock/default-cstatus/v1`;

function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

async function loaded(el: KdConcernStatus): Promise<void> {
  await waitUntil(() => $(el, '.timeline, .kd-empty, .kd-error'), 'the status did not load', { timeout: 10_000 });
}

describe('kd-concern-status', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the public timeline, oldest first, with links to the result', async () => {
    const el = await fixture<KdConcernStatus>(
      html`<kd-concern-status api=${API} reference=${withResult.reference} result-url="/ergebnisse/{id}" event-url="/termine/{id}"></kd-concern-status>`,
    );
    await loaded(el);
    expect($(el, 'h2')!.textContent).to.include(withResult.reference);
    const steps = [...el.shadowRoot!.querySelectorAll('.step')];
    expect(steps.length).to.equal(withResult.timeline.length);
    expect(steps[0]!.querySelector('.step__status')!.textContent).to.include('Eingegangen');
    const current = el.shadowRoot!.querySelector('[aria-current=step]')!;
    expect(current).to.equal(steps.at(-1));
    const resultStep = withResult.timeline.find((s) => s.resultId)!;
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Zum Ergebnis')!;
    expect(link.getAttribute('href')).to.equal(`/ergebnisse/${resultStep.resultId!}`);
    // The administration's notes are German, and marked so.
    const note = el.shadowRoot!.querySelector('.step__note [lang=de]');
    if (withResult.timeline.some((s) => s.note)) expect(note).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links a step discussed at an event to the event', async () => {
    const el = await fixture<KdConcernStatus>(
      html`<kd-concern-status api=${API} reference=${withEvent.reference} event-url="/termine/{id}"></kd-concern-status>`,
    );
    await loaded(el);
    const eventStep = withEvent.timeline.find((s) => s.eventId)!;
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Zur Veranstaltung')!;
    expect(link.getAttribute('href')).to.equal(`/termine/${eventStep.eventId!}`);
    expect($(el, '.facts')!.textContent).to.include('Aktueller Stand');
  });

  it('without a reference asks for one, checks its format, then shows the timeline (keyboard only)', async () => {
    const el = await fixture<KdConcernStatus>(html`<kd-concern-status api=${API}></kd-concern-status>`);
    const input = $(el, '#reference') as HTMLInputElement;
    expect(input).to.not.equal(null);
    await expect(el).to.be.accessible();
    input.focus();
    await sendKeys({ type: 'KD-26-1' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#reference-error')!.textContent).to.include('KD-2026-000123');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.include('reference-error');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expect(el).to.be.accessible();

    const looked = new Promise<string>((resolve) => el.addEventListener('kd-concern-lookup', (e) => resolve(e.detail.reference)));
    input.select();
    await sendKeys({ type: withResult.reference.toLowerCase().replaceAll('-', ' ') });
    await sendKeys({ press: 'Enter' });
    expect(await looked).to.equal(withResult.reference);
    await loaded(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('status-title');
    expect($(el, '.timeline')).to.not.equal(null);
  });

  it('says clearly when there is no concern with that reference, and lets the person try another', async () => {
    const el = await fixture<KdConcernStatus>(html`<kd-concern-status api=${API} reference="KD-2026-999999"></kd-concern-status>`);
    await loaded(el);
    expect($(el, '.kd-empty')!.textContent).to.include('Zu der Nummer');
    expect($(el, '.kd-empty')!.textContent).to.include('KD-2026-999999');
    expect($(el, '#reference')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the error state with a retry when the API fails', async () => {
    const el = await fixture<KdConcernStatus>(
      html`<kd-concern-status api="${location.origin}/mock/error-cstatus/v1" reference=${withResult.reference}></kd-concern-status>`,
    );
    await waitUntil(() => $(el, '.kd-error'), 'no error state', { timeout: 15_000 });
    expect($(el, '.kd-error button')!.textContent).to.include('Erneut versuchen');
    await expect(el).to.be.accessible();
  });

  it('reads right to left in Arabic and reflows at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<KdConcernStatus>(
      html`<kd-concern-status api=${API} lang="ar" reference=${withResult.reference} result-url="/r/{id}"></kd-concern-status>`,
    );
    await loaded(el);
    await waitUntil(() => $(el, 'h2')!.textContent!.includes('حالة'), 'Arabic did not load');
    expect($(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('normalises what people type from a printout', () => {
    expect(normaliseReference(' kd 2026 000123 ')).to.equal('KD-2026-000123');
    expect(normaliseReference('KD2026000123')).to.equal('KD-2026-000123');
    expect(normaliseReference('kd–2026–000123')).to.equal('KD-2026-000123');
    expect(normaliseReference('KD-26-1')).to.equal('KD-26-1');
  });
});
