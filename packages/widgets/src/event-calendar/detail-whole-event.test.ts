// The calendar lists summaries (`fields=summary`) and fetches the whole event when its detail
// opens: what only the whole event has, the loading and error states of the dialog, and focus.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { DialogEvent } from '@kommunaldialog/sdk';
import '../define/kd-event-calendar.js';
import type { KdEventCalendar } from './kd-event-calendar.js';
import { event, setFaults, syntheticApis } from './calendar.test-support.js';

const EVENTS: DialogEvent[] = [
  event('infoabend', '2026-12-02T18:00:00+01:00', '2026-12-02T20:00:00+01:00', {
    title: 'Infoabend Wohnen',
    description: 'Wie finde ich eine Wohnung? Mit Beispielen aus Tübingen.',
    organizer: { name: 'Amt für Integration', email: 'integration@tuebingen.de' },
    accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, interpretation: [], childcare: false, notes: 'Eingang über den Hof.' },
  }),
  event('abgesagt', '2026-12-03T18:00:00+01:00', '2026-12-03T20:00:00+01:00', { title: 'Runder Tisch Arbeit', status: 'cancelled' }),
  event('sprachcafe', '2026-11-03T17:00:00+01:00', '2026-11-03T18:30:00+01:00', {
    title: 'Sprachcafé',
    format: 'sprachcafe',
    recurrence: { rrule: 'FREQ=WEEKLY;COUNT=10' },
  }),
];
const synthetic = syntheticApis(EVENTS, 'whole-event');
/** An event with the default organizer's phone number, and a note that ends with a full stop. */
const withNote = syntheticApis(
  [
    event('hof', '2026-12-02T18:00:00+01:00', '2026-12-02T20:00:00+01:00', {
      accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, interpretation: [], childcare: false, notes: 'Eingang über den Hof.' },
    }),
  ],
  'whole-event-ar',
);

/** The first text node under `root` that contains `part`. */
function textNode(root: Element, part: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(part)) return node as Text;
  throw new Error(`no text "${part}"`);
}

/** Where character `index` of `node` is drawn. */
function charBox(node: Text, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect();
}

const root = (el: KdEventCalendar) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dialogOf = (el: KdEventCalendar) => root(el).querySelector('dialog')!;
const chip = (el: KdEventCalendar, date: string) => root(el).querySelector<HTMLButtonElement>(`td[data-date="${date}"] .chip`)!;
/** The list requests of `api` (not those for one event, nor the mock's control). */
const listRequests = (api: string) => synthetic.requests.filter((url) => url.startsWith(`${api}/events?`));

async function calendar(view: 'month' | 'list' | 'compact' = 'month'): Promise<{ el: KdEventCalendar; api: string }> {
  const api = synthetic.api();
  const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api} view=${view} month="2026-12"></kd-event-calendar>`);
  await waitUntil(() => root(el).querySelector('table[aria-busy="false"], .list, .compact'), 'calendar not loaded', { timeout: 15_000 });
  // Topics (the only other request) are in, and the detail's code is ready: what the dialog waits
  // for below is the whole event alone.
  if (view !== 'compact') await waitUntil(() => root(el).querySelector('input[name="topic"]'), 'topics not loaded');
  await import('./detail/detail-part.js');
  return { el, api };
}

/** Opens the event on `date` from the keyboard, as a visitor would. */
async function openFromKeyboard(el: KdEventCalendar, date: string): Promise<HTMLButtonElement> {
  const opener = chip(el, date);
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  return opener;
}

describe('lists in summary form', () => {
  for (const view of ['month', 'list', 'compact'] as const) {
    it(`${view}: asks for summaries, which carry no description or organizer`, async () => {
      const { el, api } = await calendar(view);
      const urls = listRequests(api);
      expect(urls.length, 'list requests').to.be.greaterThan(0);
      for (const url of urls) expect(new URL(url).searchParams.get('fields'), url).to.equal('summary');
      const { items } = (await (await fetch(urls[0]!)).json()) as { items: Record<string, unknown>[] };
      expect(items.map((e) => e['id'])).to.include('infoabend');
      for (const item of items) {
        expect(item).not.to.have.property('description');
        expect(item).not.to.have.property('organizer');
      }
      expect(text(root(el).querySelector('[part="event"]'))).not.to.equal('');
    });
  }
});

describe('detail with the whole event', () => {
  it('shows the description, organizer, address and notes that only the whole event has', async () => {
    const { el, api } = await calendar();
    const selected = oneEvent(el, 'kd-event-select');
    await openFromKeyboard(el, '2026-12-02');
    const { detail } = await selected;
    expect(detail.event.id).to.equal('infoabend');
    expect(detail.event, 'the event names what the calendar listed').not.to.have.property('description');
    const dialog = dialogOf(el);
    await waitUntil(() => dialog.querySelector('.description'), 'whole event not shown');
    expect(synthetic.requests).to.include(`${api}/events/infoabend`);
    expect(text(dialog.querySelector('.description'))).to.equal('Wie finde ich eine Wohnung? Mit Beispielen aus Tübingen.');
    const facts = Object.fromEntries([...dialog.querySelectorAll('.facts dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts['Veranstalter']).to.equal('Amt für Integration integration@tuebingen.de');
    expect(facts['Wo']).to.include('Am Markt 1 72070 Tübingen');
    expect(facts['Barrierefreiheit']).to.equal('Stufenloser Zugang Eingang über den Hof.');
    expect(root(el).activeElement?.id).to.equal('dialog-title');
  });

  it('in an Arabic dialog, a German address, phone number and note keep their own order', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${withNote.api()} view="month" month="2026-12" lang="ar"></kd-event-calendar>`);
    await waitUntil(() => root(el).querySelector('table[aria-busy="false"]'), 'calendar not loaded', { timeout: 15_000 });
    await openFromKeyboard(el, '2026-12-02');
    const dialog = dialogOf(el);
    await waitUntil(() => dialog.querySelector('.facts a[href^="tel:"]'), 'whole event not shown', { timeout: 15_000 });
    const phone = textNode(dialog, '+49 7071 204-0');
    expect(charBox(phone, 0).left, '"+" of the phone number on the left').to.be.lessThan(charBox(phone, phone.length - 1).left);
    const postalCode = charBox(textNode(dialog, '72070'), 0);
    const city = charBox(textNode(dialog, 'Tübingen'), 0);
    expect(Math.abs(postalCode.top - city.top), 'postal code and city on one line').to.be.lessThan(2);
    expect(postalCode.left, '"72070 Tübingen", not "Tübingen 72070"').to.be.lessThan(city.left);
    const note = textNode(dialog, 'Eingang über den Hof.');
    expect(charBox(note, note.length - 1).left, 'the full stop after the last word').to.be.greaterThan(charBox(note, note.length - 2).left);
  });

  it('keeps the date and time of the occurrence that was opened', async () => {
    const { el } = await calendar();
    chip(el, '2026-12-08').click();
    const dialog = dialogOf(el);
    await waitUntil(() => dialog.querySelector('.facts'), 'whole event not shown');
    expect(text(dialog.querySelector('[data-when]'))).to.equal('08.12.2026, 17:00–18:30 Uhr');
  });

  it('while the event loads: title, date and time, status and the loading state; focus goes in and comes back', async () => {
    const { el, api } = await calendar();
    await setFaults(api, { latencyMs: 60_000 });
    const opener = await openFromKeyboard(el, '2026-12-03');
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(root(el).activeElement?.id, 'focus is in the dialog at once').to.equal('dialog-title');
    expect(text(root(el).activeElement)).to.equal('Runder Tisch Arbeit');
    expect(text(dialog.querySelector('.dialog__when'))).to.equal('Abgesagt 03.12.2026, 18:00–20:00 Uhr');
    expect(text(dialog.querySelector('[aria-busy="true"] [role="status"]'))).to.equal('Wird geladen …');
    expect(dialog.querySelector('.facts')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(dialog.querySelector('.facts'), 'still loading').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(opener);
  });

  it('a failing GET /events/{id} shows the error in the dialog, and its retry loads the event', async () => {
    const { el, api } = await calendar();
    await setFaults(api, { errorRate: 1 });
    const opener = await openFromKeyboard(el, '2026-12-02');
    const dialog = dialogOf(el);
    // The SDK tries three times (waiting as the 503 says) before it reports the failure.
    await waitUntil(() => dialog.querySelector('.kd-error'), 'no error in the dialog', { timeout: 15_000 });
    expect(text(dialog.querySelector('.kd-error__reason'))).to.equal('Auf dem Server ist ein Fehler aufgetreten.');
    expect(text(dialog.querySelector('#dialog-title'))).to.equal('Infoabend Wohnen');
    expect(text(dialog.querySelector('.dialog__when'))).to.equal('02.12.2026, 18:00–20:00 Uhr');
    expect(root(el).activeElement?.id).to.equal('dialog-title');
    await expect(el).to.be.accessible();

    await setFaults(api, { errorRate: 0 });
    dialog.querySelector<HTMLButtonElement>('.kd-error button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.querySelector('.description'), 'retry did not load the event');
    expect(dialog.querySelector('.kd-error')).to.equal(null);
    expect(text(dialog.querySelector('.description'))).to.equal('Wie finde ich eine Wohnung? Mit Beispielen aus Tübingen.');
    expect(root(el).activeElement?.id, 'focus leaves with the retry button for the title').to.equal('dialog-title');
    dialog.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(opener);
  });
});
