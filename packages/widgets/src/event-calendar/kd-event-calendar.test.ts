import { expect, fixture, fixtureSync, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { berlinDateKey, LOCALES, type DialogEvent, type Locale } from '@kommunaldialog/sdk';
import '../define/kd-event-calendar.js';
import type { KdEventCalendar } from './kd-event-calendar.js';
import { event, syntheticApis } from './calendar.test-support.js';
import { calendarMessages } from './messages/index.js';


const at = (day: string, hour: number) => `2026-12-${day}T${String(hour).padStart(2, '0')}:00:00+01:00`;

/** December 2026: one event on the 2nd, five on the 9th, two on the 16th. */
const EVENTS: DialogEvent[] = [
  event('infoabend', at('02', 18), at('02', 20), { title: 'Infoabend Wohnen', topics: ['wohnen'] }),
  ...[10, 12, 14, 16, 18].map((h) => event(`workshop-${h}`, at('09', h), at('09', h + 1), { title: `Workshop ${h} Uhr` })),
  event('fest', at('16', 15), at('16', 18), { title: 'Begegnungsfest' }),
  event('tisch', at('16', 19), at('16', 21), { title: 'Runder Tisch' }),
];

const synthetic = syntheticApis(EVENTS, 'calendar');
const syntheticApi = synthetic.api;
/** A German and an Arabic title, each too long for a day of the month grid. */
const LONG_TITLES = {
  de: 'Sprachcafé: Deutsch üben bei Kaffee und Tee im Stadtteilzentrum',
  ar: 'مقهى اللغة: تدرّب على الألمانية مع القهوة والشاي في مركز الحي',
};
const titledApi = syntheticApis(
  [
    event('deutsch', at('03', 18), at('03', 20), { title: LONG_TITLES.de }),
    event('arabisch', at('10', 18), at('10', 20), { title: LONG_TITLES.ar }),
  ],
  'calendar-titles',
).api;

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

/** December 2026 in a box `width` px wide, loaded. */
async function monthIn(width: number, api: string, lang: string): Promise<KdEventCalendar> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px">
    <kd-event-calendar api=${api} view="month" month="2026-12" lang=${lang}></kd-event-calendar>
  </div>`);
  const el = wrapper.querySelector('kd-event-calendar')!;
  await loaded(el);
  return el;
}

const cell = (el: KdEventCalendar, date: string) => root(el).querySelector<HTMLElement>(`td[data-date="${date}"]`)!;
const focusedDate = (el: KdEventCalendar) => (root(el).activeElement as HTMLElement | null)?.dataset['date'];
const dialogOf = (el: KdEventCalendar) => root(el).querySelector('dialog')!;

async function press(el: KdEventCalendar, key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
  await el.updateComplete;
}

/** Presses each key and checks where focus and the single tab stop went. */
async function walk(el: KdEventCalendar, steps: [key: string, date: string][]): Promise<void> {
  for (const [key, date] of steps) {
    await press(el, key);
    expect(focusedDate(el), `${key} → ${date}`).to.equal(date);
    const stops = [...root(el).querySelectorAll('td[tabindex="0"]')].map((td) => (td as HTMLElement).dataset['date']);
    expect(stops, `one tab stop after ${key}`).to.deep.equal([date]);
  }
}

describe('month grid keyboard', () => {
  it('LTR: arrows by day and week, Home/End to the week’s ends, PageUp/PageDown by month, Shift by year', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    cell(el, '2026-12-09').focus();
    await walk(el, [
      ['ArrowRight', '2026-12-10'],
      ['ArrowLeft', '2026-12-09'],
      ['ArrowDown', '2026-12-16'],
      ['ArrowUp', '2026-12-09'],
      ['Home', '2026-12-07'],
      ['End', '2026-12-13'],
      ['PageDown', '2027-01-13'],
      ['PageUp', '2026-12-13'],
      ['Shift+PageDown', '2027-12-13'],
      ['Shift+PageUp', '2026-12-13'],
    ]);
    // Week of 30 November – 6 December: Home stays in December.
    cell(el, '2026-12-03').focus();
    await walk(el, [
      ['Home', '2026-12-01'],
      ['ArrowLeft', '2026-11-30'],
    ]);
    expect(text(root(el).querySelector('#kd-title'))).to.equal('November 2026');
    expect(text(root(el).querySelector('.live'))).to.equal('November 2026');
  });

  it('RTL: left and right are mirrored, the other keys are the same', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month" month="2026-12" lang="ar"></kd-event-calendar>`);
    await loaded(el);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    cell(el, '2026-12-09').focus();
    await walk(el, [
      ['ArrowRight', '2026-12-08'],
      ['ArrowLeft', '2026-12-09'],
      ['ArrowLeft', '2026-12-10'],
      ['ArrowDown', '2026-12-17'],
      ['ArrowUp', '2026-12-10'],
      ['Home', '2026-12-07'],
      ['End', '2026-12-13'],
      ['PageUp', '2026-11-13'],
      ['PageDown', '2026-12-13'],
      ['Shift+PageUp', '2025-12-13'],
      ['Shift+PageDown', '2026-12-13'],
    ]);
    cell(el, '2026-12-16').focus();
    await press(el, 'Space');
    expect(dialogOf(el).open, 'Space opens the day').to.equal(true);
    await press(el, 'Escape');
    expect(focusedDate(el)).to.equal('2026-12-16');
    cell(el, '2026-12-31').focus();
    await walk(el, [['ArrowLeft', '2027-01-01']]);
    await expect(el).to.be.accessible();
  });

  it('marks today with aria-current="date" and starts the tab stop there', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${scenario('default-today')} view="month"></kd-event-calendar>`);
    await loaded(el);
    const today = berlinDateKey(new Date());
    const current = [...root(el).querySelectorAll('[aria-current="date"]')].map((td) => (td as HTMLElement).dataset['date']);
    expect(current).to.deep.equal([today]);
    expect(cell(el, today).getAttribute('tabindex')).to.equal('0');
  });

  it('Tab reaches the active day’s events; Enter on a day with one event opens it, Esc returns to the day', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    cell(el, '2026-12-01').focus();
    await walk(el, [['ArrowRight', '2026-12-02']]);
    await press(el, 'Tab');
    expect(text(root(el).activeElement)).to.equal('18:00 Infoabend Wohnen');
    await press(el, 'Shift+Tab');
    const selected = oneEvent(el, 'kd-event-select');
    await press(el, 'Enter');
    expect((await selected).detail.event.id).to.equal('infoabend');
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(root(el).activeElement!.id).to.equal('dialog-title');
    expect(text(root(el).activeElement)).to.equal('Infoabend Wohnen');
    await press(el, 'Escape');
    expect(dialog.open).to.equal(false);
    expect(focusedDate(el)).to.equal('2026-12-02');
  });

  it('Enter on a day with several events opens the day; "+N weitere" too, and focus finds its way back', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    const dialog = dialogOf(el);
    cell(el, '2026-12-16').focus();
    await press(el, 'Enter');
    expect(text(dialog.querySelector('#dialog-title'))).to.equal('Termine am Mittwoch, 16. Dezember 2026');
    expect([...dialog.querySelectorAll('.day-list .entry__title')].map(text)).to.deep.equal(['Begegnungsfest', 'Runder Tisch']);
    await press(el, 'Escape');
    expect(focusedDate(el)).to.equal('2026-12-16');

    const nine = cell(el, '2026-12-09');
    expect(nine.querySelectorAll('.chip')).to.have.length(2);
    const more = nine.querySelector<HTMLButtonElement>('.more')!;
    expect(text(more)).to.equal('+3 weitere (Termine am 9. Dezember 2026)');
    more.focus();
    await press(el, 'Enter');
    const entries = [...dialog.querySelectorAll<HTMLButtonElement>('.day-list .entry')];
    expect(entries.map((e) => text(e.querySelector('.entry__title')))).to.deep.equal(['Workshop 10 Uhr', 'Workshop 12 Uhr', 'Workshop 14 Uhr', 'Workshop 16 Uhr', 'Workshop 18 Uhr']);
    entries[3]!.focus();
    await press(el, 'Enter');
    expect(text(dialog.querySelector('#dialog-title'))).to.equal('Workshop 16 Uhr');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text(root(el).activeElement?.querySelector('.entry__title'))).to.equal('Workshop 16 Uhr');
    dialog.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement).to.equal(more);
  });
});

describe('detail view', () => {
  it('shows every field of the event and returns focus to the event that opened it', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    const chip = cell(el, '2026-12-02').querySelector<HTMLButtonElement>('.chip')!;
    chip.focus();
    chip.click();
    const dialog = dialogOf(el);
    await waitUntil(() => dialog.open);
    // The whole event comes with the detail (the list has summaries), the topic labels with their list.
    await waitUntil(() => text(dialog.querySelector('.facts')).includes('Themen Wohnen'), 'detail with topic labels');
    const facts = Object.fromEntries(
      [...dialog.querySelectorAll('.facts dt')].map((dt) => {
        const dd = dt.nextElementSibling!;
        const items = [...dd.querySelectorAll('li')].map(text);
        return [text(dt), items.length > 0 ? items.join(' | ') : text(dd)];
      }),
    );
    expect(facts).to.deep.equal({
      // The test browser runs in UTC, so the note that times are German time is there.
      Wann: '02.12.2026, 18:00–20:00 Uhr Zeiten in deutscher Zeit (MEZ)',
      Wo: 'Rathaus Am Markt 1 72070 Tübingen Karte bei OpenStreetMap (öffnet ein neues Fenster)',
      Format: 'Runder Tisch',
      Themen: 'Wohnen',
      Veranstalter: 'Integrationsbeauftragte integration@tuebingen.de +49 7071 204-0',
      Barrierefreiheit: 'Stufenloser Zugang | Induktive Höranlage | Dolmetschen: Arabisch und Ukrainisch',
    });
    expect(dialog.querySelector<HTMLAnchorElement>('[part="map-link"]')!.href).to.equal(
      'https://www.openstreetmap.org/?mlat=48.52036&mlon=9.05284#map=18/48.52036/9.05284',
    );
    expect(text(dialog.querySelector('.description'))).to.equal('Beschreibung');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(chip);
  });
});

describe('views', () => {
  it('shows the list below 480 px and the month above, unless the visitor chooses', async () => {
    // fixtureSync: fixture() of a plain <div> waits for an animation frame; what counts here is
    // what the calendar shows, awaited below.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 400px">
      <kd-event-calendar api=${syntheticApi()} month="2026-12"></kd-event-calendar>
    </div>`);
    const el = wrapper.querySelector('kd-event-calendar')!;
    await loaded(el);
    expect(root(el).querySelector('.list')).not.to.equal(null);
    expect(root(el).querySelector('table')).to.equal(null);
    const days = [...root(el).querySelectorAll('.list__day')].map((d) => text(d.querySelector('[role="heading"]')));
    expect(days).to.deep.equal(['Mittwoch, 2. Dezember 2026', 'Mittwoch, 9. Dezember 2026', 'Mittwoch, 16. Dezember 2026']);
    expect([...root(el).querySelectorAll('.list__day')][1]!.querySelectorAll('.entry')).to.have.length(5);
    await expect(el).to.be.accessible();
    wrapper.style.width = '800px';
    // The switch follows a ResizeObserver notification: it comes with the next rendered frame.
    await waitUntil(() => root(el).querySelector('table[aria-busy="false"]'), 'month not shown when wide', { timeout: 15_000 });
    const [month, list] = [...root(el).querySelectorAll<HTMLButtonElement>('[part="toolbar"] [aria-pressed]')];
    expect(month!.getAttribute('aria-pressed')).to.equal('true');
    list!.click();
    await waitUntil(() => root(el).querySelector('.list'), 'list not shown when chosen', { timeout: 15_000 });
    expect(list!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('compact: the next `limit` events in order, none already over', async () => {
    const el = await fixture<KdEventCalendar>(
      html`<kd-event-calendar api=${scenario('default-compact')} municipality="tuebingen" view="compact" limit="3"></kd-event-calendar>`,
    );
    await loaded(el);
    const items = [...root(el).querySelectorAll('.compact .entry')];
    expect(items).to.have.length(3);
    const whens = items.map((i) => text(i.querySelector('.entry__when')));
    for (const when of whens) expect(when).to.match(/^\S+, \d{2}\.\d{2}\.\d{4}, (\d{2}:\d{2}–\d{2}:\d{2}|ganztägig)$/);
    const keys = items.map((i) => (i as HTMLElement).dataset['key']!);
    const starts = keys.map((k) => Date.parse(k.slice(k.indexOf('@') + 1)));
    expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
    await expect(el).to.be.accessible();
  });
});

describe('filters', () => {
  type Ev = { id: string; topics: string[]; accessibility: { childcare: boolean } };
  async function apiEvents(api: string, from: string, to: string): Promise<Ev[]> {
    const out: Ev[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${api}/events?municipality=tuebingen&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await (await fetch(url)).json()) as { items: Ev[]; nextCursor: string | null };
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
  const shownIds = (el: KdEventCalendar) =>
    new Set([...root(el).querySelectorAll<HTMLElement>('[part="event"]')].map((c) => c.dataset['key']!.split('@')[0]!));

  it('applies topic, format and text through the API and access needs in the browser', async () => {
    const api = scenario('default-filters');
    const ranges: [string, string][] = [];
    const el = await fixture<KdEventCalendar>(
      html`<kd-event-calendar
        api=${api}
        municipality="tuebingen"
        view="month"
        @kd-range-change=${(e: CustomEvent<{ from: string; to: string }>) => ranges.push([e.detail.from, e.detail.to])}
      ></kd-event-calendar>`,
    );
    await loaded(el);
    // A month with enough variety: the first from now on with a Wohnen event and others.
    let all: Ev[] = [];
    for (let i = 0; i < 6; i++) {
      const [from, to] = ranges.at(-1)!;
      all = await apiEvents(api, from, to);
      if (all.some((e) => e.topics.includes('wohnen')) && all.some((e) => !e.topics.includes('wohnen'))) break;
      root(el).querySelector<HTMLButtonElement>('.toolbar__nav button:nth-of-type(2)')!.click();
      await loaded(el);
      await waitUntil(() => root(el).querySelector('table[aria-busy="false"]'));
    }
    await waitUntil(() => shownIds(el).size > 0);
    expect(shownIds(el)).to.deep.equal(new Set(all.map((e) => e.id)));

    await waitUntil(() => root(el).querySelector('input[name="topic"]'), 'topics not loaded');
    root(el).querySelector('details')!.open = true;
    const wohnen = root(el).querySelector<HTMLInputElement>('input[name="topic"][value="wohnen"]')!;
    expect(text(wohnen.parentElement)).to.equal('Wohnen');
    wohnen.click();
    const withTopic = new Set(all.filter((e) => e.topics.includes('wohnen')).map((e) => e.id));
    await waitUntil(() => [...shownIds(el)].every((id) => withTopic.has(id)), 'topic filter not applied');
    expect(shownIds(el)).to.deep.equal(withTopic);
    expect(text(root(el).querySelector('summary'))).to.equal('Filter (1 aktiv)');
    await waitUntil(() => text(root(el).querySelector('.live')).match(/^\d+ Termine?$/));

    wohnen.click();
    await waitUntil(() => shownIds(el).size === new Set(all.map((e) => e.id)).size, 'topic filter not removed');
    root(el).querySelector<HTMLInputElement>('input[name="need"][value="childcare"]')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(new Set(all.filter((e) => e.accessibility.childcare).map((e) => e.id)));
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLButtonElement>('details .kd-button')!.click();
    const search = root(el).querySelector<HTMLInputElement>('#kd-search')!;
    search.focus();
    await sendKeys({ type: 'Sprachcafé' });
    await waitUntil(
      () => shownIds(el).size > 0 && [...root(el).querySelectorAll('.chip__title')].every((t) => text(t).includes('Sprachcafé')),
      'search not applied',
    );
    expect(text(root(el).querySelector('summary'))).to.equal('Filter (1 aktiv)');
  });

  it('takes topics and formats preset by attributes', async () => {
    const el = await fixture<KdEventCalendar>(
      html`<kd-event-calendar api=${scenario('default-preset')} municipality="tuebingen" view="list" month="2026-12" topics="lernen-sprache" formats="sprachcafe"></kd-event-calendar>`,
    );
    await loaded(el);
    await waitUntil(() => root(el).querySelector('input[name="topic"]'));
    expect(root(el).querySelector<HTMLInputElement>('input[value="lernen-sprache"]')!.checked).to.equal(true);
    expect(root(el).querySelector<HTMLInputElement>('input[value="sprachcafe"]')!.checked).to.equal(true);
    const titles = [...root(el).querySelectorAll('.entry__title')].map(text);
    expect(titles.length).to.be.greaterThan(0);
    for (const title of titles) expect(title).to.include('Sprachcafé');
  });
});

describe('accessibility tree', () => {
  it('names the calendar, its days and events, the navigation and the dialog', async () => {
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month" month="2026-12"></kd-event-calendar>`);
    await loaded(el);
    type Node = { role: string; name: string; pressed?: boolean };
    const snapshot = await a11ySnapshot({});
    const find = (role: string, name: string) =>
      findAccessibilityNode<Node>(snapshot as never, (n) => n.role === role && n.name === name);
    expect(find('region', 'Veranstaltungskalender')).not.to.equal(null);
    expect(find('heading', 'Dezember 2026')).not.to.equal(null);
    expect(find('button', 'Vorheriger Monat')).not.to.equal(null);
    expect(find('button', 'Nächster Monat')).not.to.equal(null);
    expect(find('button', 'Monat')!.pressed).to.equal(true);
    expect(find('searchbox', 'Suche')).not.to.equal(null);
    expect(find('gridcell', 'Mittwoch, 2. Dezember 2026, 1 Termin 18:00 Infoabend Wohnen')).not.to.equal(null);
    expect(find('gridcell', 'Donnerstag, 3. Dezember 2026, keine Termine')).not.to.equal(null);
    expect(find('button', '18:00 Infoabend Wohnen')).not.to.equal(null);
    expect(find('button', '+3 weitere (Termine am 9. Dezember 2026)')).not.to.equal(null);
    cell(el, '2026-12-02').querySelector<HTMLButtonElement>('.chip')!.click();
    await waitUntil(() => dialogOf(el).open && dialogOf(el).querySelector('.facts'));
    const withDialog = await a11ySnapshot({});
    const inDialog = (role: string, name: string) =>
      findAccessibilityNode<Node>(withDialog as never, (n) => n.role === role && n.name === name);
    expect(inDialog('dialog', 'Infoabend Wohnen')).not.to.equal(null);
    expect(inDialog('button', 'Schließen')).not.to.equal(null);
    expect(inDialog('button', 'Zum Kalender hinzufügen')).not.to.equal(null);
    expect(inDialog('link', 'Karte bei OpenStreetMap (öffnet ein neues Fenster)')).not.to.equal(null);
    expect(inDialog('link', 'Abonnieren')).not.to.equal(null);
  });
});

describe('forced colours (Windows high contrast)', () => {
  afterEach(() => executeServerCommand('forced-colors', false));

  it('today’s number and the chosen view stay visible', async () => {
    await executeServerCommand('forced-colors', true);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month"></kd-event-calendar>`);
    await loaded(el);
    const today = getComputedStyle(root(el).querySelector('[aria-current="date"] .day__number')!);
    // Left to the browser, the number is drawn in HighlightText on a Canvas backplate: unreadable.
    expect(today.forcedColorAdjust).to.equal('none');
    expect(today.color).not.to.equal(today.backgroundColor);
    const [month, list] = [...root(el).querySelectorAll('[part="toolbar"] [aria-pressed]')].map((b) => getComputedStyle(b));
    expect(month!.backgroundColor, 'the chosen view looks chosen').not.to.equal(list!.backgroundColor);
  });
});

describe('languages', () => {
  it('weekday names stay whole in a narrow month: one-letter names where the short ones are words (ar, fa)', async () => {
    const headers = async (locale: string, width: number) => {
      const el = await monthIn(width, syntheticApi(), locale);
      const names = [...root(el).querySelectorAll<HTMLElement>('thead th [aria-hidden="true"]')];
      // A name broken inside the word has a line box per line.
      for (const name of names) expect(name.getClientRects().length, `${locale} at ${width} px: ${name.textContent}`).to.equal(1);
      return names.map((name) => text(name));
    };
    for (const locale of ['ar', 'fa']) {
      expect((await headers(locale, 320)).every((name) => [...name].length === 1), `${locale}, narrow`).to.equal(true);
      expect((await headers(locale, 900)).every((name) => [...name].length > 3), `${locale}, wide`).to.equal(true);
    }
    expect(await headers('de', 320)).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
  });

  it('a title too long for its day is cut at its end, whichever way the calendar and the title run', async () => {
    for (const lang of ['ar', 'de']) {
      const el = await monthIn(700, titledApi(), lang);
      const chips = [...root(el).querySelectorAll<HTMLElement>('.chip')];
      expect(chips).to.have.length(2);
      for (const chip of chips) {
        const title = chip.querySelector('bdi')!;
        const words = [...title.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
        const box = chip.getBoundingClientRect();
        const whole = document.createRange();
        whole.selectNodeContents(words);
        expect(whole.getBoundingClientRect().width, `${lang}: "${text(title)}" is wider than its chip`).to.be.greaterThan(box.width);
        // The title's first letters (after its leading space) lie inside the chip, which clips the rest.
        const start = document.createRange();
        start.setStart(words, 1);
        start.setEnd(words, 5);
        const letters = start.getBoundingClientRect();
        expect(
          letters.left >= box.left && letters.right <= box.right,
          `${lang}: start of "${text(title)}" at ${letters.left}–${letters.right}, chip ${box.left}–${box.right}`,
        ).to.equal(true);
      }
    }
  });

  for (const locale of LOCALES) {
    it(`${locale}: its own strings, direction and week`, async () => {
      const messages = await calendarMessages.load(locale as Locale);
      const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${syntheticApi()} view="month" month="2026-12" lang=${locale}></kd-event-calendar>`);
      await loaded(el);
      const nav = [...root(el).querySelectorAll('.toolbar__nav .visually-hidden')].map(text);
      expect(nav).to.deep.equal([messages.previousMonth, messages.nextMonth]);
      expect(text(root(el).querySelector('summary'))).to.equal(messages.filters);
      if (locale !== 'de') expect(messages.previousMonth).not.to.equal(calendarMessages.de.previousMonth);
      expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
      // Day numbers in the digits the locale writes its times in.
      expect(text(cell(el, '2026-12-28').querySelector('.day__number'))).to.equal(locale === 'fa' ? '۲۸' : '28');
      await expect(el).to.be.accessible();
    });
  }
});
