import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import ICAL from 'ical.js';
import { formatBerlinIso, type DialogEvent } from '@kommunaldialog/sdk';
import '../define/kd-event-calendar.js';
import type { KdEventCalendar } from './kd-event-calendar.js';
import { event, syntheticApis } from './calendar.test-support.js';

const MINUTE = 60_000;


const soon = Date.now() + 20 * MINUTE;
const later = Date.now() + 3 * 60 * MINUTE;

/** Events no seed has: a series across both clock changes, HTML in text, statuses, online links. */
const EVENTS: DialogEvent[] = [
  event('dst-cafe', '2026-10-04T18:00:00+02:00', '2026-10-04T20:00:00+02:00', {
    title: 'Sprachcafé am Sonntag',
    format: 'sprachcafe',
    recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20270425T235959Z' },
  }),
  event('html-event', '2026-12-10T19:00:00+01:00', '2026-12-10T21:00:00+01:00', {
    title: '<img src=x onerror="window.__xss=1">Runder Tisch',
    description: '<script>window.__xss=2</script>\nZweite Zeile <b>fett?</b>',
    status: 'cancelled',
  }),
  event('moved-event', '2026-12-15T18:00:00+01:00', '2026-12-15T19:30:00+01:00', {
    title: 'Bürgerdialog Wohnen',
    format: 'buergerdialog',
    status: 'moved-online',
    onlineUrl: 'https://konferenz.tuebingen.de/b/moved-event',
  }),
  event('feb-event', '2027-02-12T19:00:00+01:00', '2027-02-12T21:00:00+01:00', { title: 'Infoabend Arbeit', format: 'infoabend' }),
  event('soon-event', formatBerlinIso(soon), formatBerlinIso(soon + 60 * MINUTE), { venue: undefined, onlineUrl: 'https://konferenz.tuebingen.de/b/soon' } as Partial<DialogEvent>),
  event('later-event', formatBerlinIso(later), formatBerlinIso(later + 60 * MINUTE), { venue: undefined, onlineUrl: 'https://konferenz.tuebingen.de/b/later' } as Partial<DialogEvent>),
].map((e) => (e.venue === undefined ? (({ venue: _v, ...rest }) => rest as DialogEvent)(e) : e));

const synthetic = syntheticApis(EVENTS, 'synthetic');
const syntheticApi = synthetic.api;
const requests = synthetic.requests;

const scenario = (name: string) => `${location.origin}/mock/${name}/v1`;
const root = (el: KdEventCalendar) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function loaded(el: KdEventCalendar): Promise<void> {
  await waitUntil(
    () => root(el).querySelector('table[aria-busy="false"], .list, .compact, .kd-empty, .kd-error'),
    'calendar did not finish loading',
    { timeout: 15_000 },
  );
  await el.updateComplete;
}

function cell(el: KdEventCalendar, date: string): HTMLElement {
  return root(el).querySelector<HTMLElement>(`td[data-date="${date}"]`)!;
}

describe('synthetic data', () => {
  it('keeps a weekly 18:00 event at 18:00 in the weeks of both clock changes', async () => {
    const api = syntheticApi();
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api} view="month" month="2026-10"></kd-event-calendar>`);
    await loaded(el);
    for (const day of ['2026-10-18', '2026-10-25']) expect(text(cell(el, day).querySelector('.chip')), day).to.match(/^18:00 Sprachcafé/);
    el.month = '2027-03';
    await waitUntil(() => cell(el, '2027-03-28')?.querySelector('.chip'), 'March not loaded');
    for (const day of ['2027-03-21', '2027-03-28']) expect(text(cell(el, day).querySelector('.chip')), day).to.match(/^18:00 Sprachcafé/);
  });

  it('shows Berlin times with a note to a viewer in New York, and no note to one in Berlin', async () => {
    const api = syntheticApi();
    const el = await fixture<KdEventCalendar>(
      html`<kd-event-calendar api=${api} view="month" month="2026-12" viewer-time-zone="America/New_York"></kd-event-calendar>`,
    );
    await loaded(el);
    expect(text(root(el).querySelector('.tz-note'))).to.equal('Zeiten in deutscher Zeit (MEZ)');
    expect(text(cell(el, '2026-12-06').querySelector('.chip'))).to.match(/^18:00/);
    el.viewerTimeZone = 'Europe/Berlin';
    await el.updateComplete;
    expect(root(el).querySelector('.tz-note')).to.equal(null);
  });

  it('shows HTML and script from the API as text, and a cancelled event visibly and in words', async () => {
    const api = syntheticApi();
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api} view="month" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    const chip = cell(el, '2026-12-10').querySelector<HTMLElement>('.chip')!;
    expect(text(chip)).to.equal('19:00 Abgesagt <img src=x onerror="window.__xss=1">Runder Tisch');
    chip.click();
    const dialog = root(el).querySelector('dialog')!;
    // The detail's code may still be loading when the dialog opens.
    await waitUntil(() => dialog.open && dialog.querySelector('.facts'));
    expect(text(dialog.querySelector('.status'))).to.equal('Abgesagt: Diese Veranstaltung wurde abgesagt.');
    expect(dialog.querySelector('.description')!.textContent).to.equal('<script>window.__xss=2</script>\nZweite Zeile <b>fett?</b>');
    expect(root(el).querySelectorAll('img, script, b')).to.have.length(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says that a moved event takes place online only, and shows the online link from 30 minutes before', async () => {
    const api = syntheticApi();
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api} view="month" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    await el.openEvent('moved-event');
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    expect(text(dialog.querySelector('.status'))).to.equal('Nur online: Diese Veranstaltung findet nur online statt, nicht vor Ort.');
    expect(text(dialog)).not.to.include('Am Markt 1');
    expect(text(dialog)).to.include('Der Link zur Teilnahme erscheint hier 30 Minuten vor Beginn.');
    dialog.close();
    await el.openEvent('soon-event');
    await waitUntil(() => dialog.querySelector('[part="online-link"]'));
    expect(dialog.querySelector<HTMLAnchorElement>('[part="online-link"]')!.href).to.equal('https://konferenz.tuebingen.de/b/soon');
    dialog.close();
    await el.openEvent('later-event');
    await waitUntil(() => dialog.open && text(dialog).includes('Termin later-event'));
    expect(dialog.querySelector('[part="online-link"]')).to.equal(null);
  });

  it('offers the next month with events when a month is empty', async () => {
    const api = syntheticApi();
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api} view="month" month="2026-12" formats="infoabend"></kd-event-calendar>`);
    await loaded(el);
    await waitUntil(() => root(el).querySelector('.kd-empty button'), 'no link to the next month');
    expect(text(root(el).querySelector('.kd-empty p'))).to.equal('Keine Termine im Dezember.');
    const next = root(el).querySelector<HTMLButtonElement>('.kd-empty button')!;
    expect(text(next)).to.equal('Zu den Terminen im Februar 2027');
    await expect(el).to.be.accessible();
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cell(el, '2027-02-12')?.querySelector('.chip'), 'February not shown');
    expect(text(root(el).querySelector('#kd-title'))).to.equal('Februar 2027');
    expect(root(el).activeElement).to.equal(cell(el, '2027-02-12'));
  });

  it('in the list, a month whose events are all over says "no more events", not "no events"', async () => {
    // October 2026 holds four evenings of the weekly café, all before today.
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="list" month="2026-10"></kd-event-calendar>`);
    await loaded(el);
    expect(text(root(el).querySelector('.kd-empty p'))).to.equal('Keine weiteren Termine im Oktober.');
    await expect(el).to.be.accessible();
    // The month grid still shows them, and says nothing of an empty month.
    root(el).querySelector<HTMLButtonElement>('[part="toolbar"] [aria-pressed="false"]')!.click();
    await waitUntil(() => cell(el, '2026-10-04')?.querySelector('.chip'), 'the café is missing from the October grid');
    expect(root(el).querySelector('.kd-empty')).to.equal(null);
  });

  it('builds the .ics in the page without a request; ical.js reads the same event back', async () => {
    const api = syntheticApi();
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api} view="month" month="2026-10"></kd-event-calendar>`);
    await loaded(el);
    cell(el, '2026-10-25').querySelector<HTMLElement>('.chip')!.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open && dialog.querySelector('[part="ics-button"]'));
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    const before = requests.length;
    try {
      dialog.querySelector<HTMLButtonElement>('[part="ics-button"]')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(requests.length, 'no request for the download').to.equal(before);
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await blobs[0]!.text()));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).to.equal('dst-cafe@kommunaldialog');
    expect(vevent.summary).to.equal('Sprachcafé am Sonntag');
    expect(vevent.location).to.equal('Rathaus, Am Markt 1, 72070 Tübingen');
    expect(vevent.startDate.zone.tzid).to.equal('Europe/Berlin');
    expect([vevent.startDate.hour, vevent.startDate.minute]).to.deep.equal([18, 0]);
    expect(vevent.isRecurring()).to.equal(true);
    const occurrences = vevent.iterator();
    const starts: string[] = [];
    for (let next = occurrences.next(); next && starts.length < 30; next = occurrences.next()) {
      const instant = next.toJSDate();
      starts.push(formatBerlinIso(instant));
    }
    expect(starts).to.include('2026-10-25T18:00:00+01:00');
    expect(starts).to.include('2027-03-28T18:00:00+02:00');
    expect(new Set(starts.map((s) => s.slice(11, 19)))).to.deep.equal(new Set(['18:00:00']));
  });

  it('links the feed with the current filters as webcal:// and https', async () => {
    const api = syntheticApi();
    const el = await fixture<KdEventCalendar>(
      html`<kd-event-calendar api=${api} municipality="tuebingen" topics="wohnen" formats="infoabend,nonsense" view="list"></kd-event-calendar>`,
    );
    await loaded(el);
    const [webcal, https] = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="subscribe"] a')];
    const base = api.replace(/^https:/, '');
    expect(webcal!.getAttribute('href')).to.equal(`webcal:${base}/events.ics?format=infoabend&municipality=tuebingen&topic=wohnen`);
    expect(https!.getAttribute('href')).to.equal(`${api}/events.ics?format=infoabend&municipality=tuebingen&topic=wohnen`);
    expect(text(webcal)).to.equal('Abonnieren');
  });
});

describe('states', () => {
  it('shows a skeleton while loading', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${scenario('slow-cal')} view="month"></kd-event-calendar>`);
    await el.updateComplete;
    expect(root(el).querySelector('table[aria-busy="true"]')).not.to.equal(null);
    expect(root(el).querySelectorAll('.kd-skeleton').length).to.be.greaterThan(27);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Wird geladen …');
    await expect(el).to.be.accessible();
    const list = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${scenario('slow-cal')} view="list"></kd-event-calendar>`);
    await list.updateComplete;
    expect(root(list).querySelector('.kd-loading')).not.to.equal(null);
    await expect(list).to.be.accessible();
  });

  it('says so when there are no events at all', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${scenario('empty-cal')} view="list" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    await waitUntil(() => text(root(el).querySelector('.kd-empty')).includes('Auch danach'), 'next search did not finish');
    expect(text(root(el).querySelector('.kd-empty'))).to.equal('Keine Termine im Dezember. Auch danach sind keine Termine geplant.');
    await expect(el).to.be.accessible();
  });

  it('shows a failed load with a retry that loads again', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${scenario('error-cal')} view="month"></kd-event-calendar>`);
    await waitUntil(() => root(el).querySelector('.kd-error'), 'no error shown', { timeout: 20_000 });
    expect(text(root(el).querySelector('.kd-error__reason'))).to.equal('Auf dem Server ist ein Fehler aufgetreten.');
    // The grid stays, so keyboard focus has somewhere to be.
    expect(root(el).querySelector('table[role="grid"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.kd-error button')!.click();
    await waitUntil(() => !root(el).querySelector('.kd-error'), 'retry did not start');
    await waitUntil(() => root(el).querySelector('.kd-error'), 'retry did not fail again', { timeout: 20_000 });
  });

  it('shows a response the schema rejects as an error, not a crash', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${scenario('invalid-cal')} view="list"></kd-event-calendar>`);
    await waitUntil(() => root(el).querySelector('.kd-error'), 'no error shown', { timeout: 20_000 });
    expect(text(root(el).querySelector('.kd-error__reason'))).to.equal('Der Server hat unerwartete Daten geschickt.');
    await expect(el).to.be.accessible();
  });

  it('keeps 5 000 events in a month to at most three lines per day, the rest behind "+N weitere"', async () => {
    const started = performance.now();
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${scenario('many-cal')} view="month"></kd-event-calendar>`);
    await waitUntil(() => root(el).querySelector('table[aria-busy="false"]'), 'not loaded', { timeout: 60_000 });
    const loadedAt = performance.now();
    let total = 0;
    for (const day of root(el).querySelectorAll<HTMLElement>('td[data-date]')) {
      const count = Number(/(\d+) Termin/.exec(text(day.querySelector('.visually-hidden')))?.[1] ?? 0);
      const chips = day.querySelectorAll('.chip').length;
      const more = Number(/\+(\d+)/.exec(text(day.querySelector('.more')))?.[1] ?? 0);
      expect(chips + (more ? 1 : 0), day.dataset['date']).to.be.at.most(3);
      expect(chips + more, day.dataset['date']).to.equal(count);
      total += count;
    }
    expect(total).to.be.at.least(5000);
    const filterStart = performance.now();
    const box = [...root(el).querySelectorAll<HTMLInputElement>('input[name="need"]')].find((i) => i.value === 'childcare')!;
    box.click();
    await el.updateComplete;
    const filtered = performance.now();
    console.log(`5 000 events: load + first render ${Math.round(loadedAt - started)} ms, client-side filter ${Math.round(filtered - filterStart)} ms`);
    const more = root(el).querySelector<HTMLButtonElement>('.more')!;
    const expected = Number(/\+(\d+)/.exec(text(more))![1]);
    more.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    const day = more.closest<HTMLElement>('td')!;
    expect(dialog.querySelectorAll('.day-list .entry').length).to.equal(expected + day.querySelectorAll('.chip').length);
    await expect(el).to.be.accessible();
  });
});

describe('events', () => {
  it('fires kd-range-change for the visible month', async () => {
    const api = syntheticApi();
    const el = document.createElement('kd-event-calendar');
    el.api = api;
    el.view = 'month';
    el.month = '2027-02';
    const changed = oneEvent(el, 'kd-range-change');
    document.body.append(el);
    try {
      const { detail } = await changed;
      expect(detail).to.deep.equal({ from: '2027-02-01T00:00:00+01:00', to: '2027-03-01T00:00:00+01:00', view: 'month' });
    } finally {
      el.remove();
    }
  });
});
