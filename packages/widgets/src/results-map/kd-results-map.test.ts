import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { Result } from '@kommunaldialog/sdk';
import type { KdResultsMap } from './kd-results-map.js';
import { resultsMapMessages } from './messages/index.js';
import { CSV_COLUMNS } from './csv.js';
import '../define/kd-results-map.js';

// Every request of this file, to prove at the end that none left localhost.
performance.setResourceTimingBufferSize(100_000);
const requested: string[] = [];
new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource', buffered: true });

const api = (name: string): string => `${location.origin}/mock/${name}/v1`;
/** A tile template of its own per test: fresh URLs (no cache) and a consent of its own. */
const tileTemplate = (name: string): string => `${location.origin}/packages/widgets/test-fixtures/tiles/tile.png?t=${name}&z={z}&x={x}&y={y}`;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every result the API has for a query, read page by page without the widget. */
async function apiResults(base: string, query = ''): Promise<Result[]> {
  const items: Result[] = [];
  let cursor: string | null = null;
  do {
    const url = `${base}/results?limit=100${query ? `&${query}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await (await fetch(url)).json()) as { items: Result[]; nextCursor: string | null };
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

/**
 * Presses the CSV button and returns what the browser would save (the download itself is the
 * browser's business: nothing is saved). `whilePending` runs once the button was pressed.
 */
async function downloadCsv(el: KdResultsMap, whilePending?: () => Promise<void>): Promise<{ blob: Blob | undefined; name: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  const click = HTMLAnchorElement.prototype.click;
  let name = '';
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    $(el, '.downloads button')!.click();
    await whilePending?.();
    await waitUntil(() => name !== '', 'nothing was downloaded', { timeout: 15_000 });
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  return { blob, name };
}

/** Sets the mock's faults (`errorRate`, `latencyMs`, …) of the instance behind `base`. */
async function faults(base: string, settings: Record<string, number>): Promise<void> {
  const response = await fetch(`${base}/__mock/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  expect(response.ok, 'faults set').to.equal(true);
}

/** Requests the widgets make through `fetch` while `action` runs: URL and signal. */
async function watchFetch<T>(action: (calls: { url: URL; signal: AbortSignal | undefined }[]) => Promise<T>): Promise<T> {
  const calls: { url: URL; signal: AbortSignal | undefined }[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    calls.push({ url: new URL(request ? request.url : String(input), location.href), signal: init?.signal ?? request?.signal ?? undefined });
    return realFetch(input, init);
  };
  try {
    return await action(calls);
  } finally {
    window.fetch = realFetch;
  }
}

async function loaded(el: KdResultsMap): Promise<void> {
  await waitUntil(() => $(el, '.item, .kd-empty, .kd-error'), 'the list did not load', { timeout: 15_000 });
  await el.updateComplete;
}

async function render(template: ReturnType<typeof html>): Promise<KdResultsMap> {
  const el = await fixture<KdResultsMap>(template);
  await loaded(el);
  return el;
}

function focused(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

interface AxNode {
  role: string;
  name: string;
  valuetext?: string;
  children: AxNode[];
}

async function axFind(role: string, name: string | RegExp): Promise<AxNode | null> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return findAccessibilityNode<AxNode>(tree, (n) => n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name)));
}

async function choose(el: KdResultsMap, name: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select[name=${name}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

before(async () => {
  await setViewport({ width: 1200, height: 900 });
});

describe('kd-results-map: the list', () => {
  it('lists every result of the municipality with status, progress, topics and municipality, without loading a map', async () => {
    const expected = await apiResults(api('default'), 'municipality=tuebingen');
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen"></kd-results-map>`);
    const items = $$(el, '.item');
    expect(items).to.have.length(expected.length);
    expect($$(el, '.item__title').map((b) => b.dataset['id'])).to.deep.equal(expected.map((r) => r.id));
    const first = expected[0]!;
    const item = items[0]!;
    expect(text(item.querySelector('.item__title'))).to.equal(first.title);
    expect(text(item.querySelector('.item__status'))).to.match(/^(Idee|Geplant|In Umsetzung|Umgesetzt|Verworfen)$/);
    expect(item.querySelector('.item__status svg')).to.not.equal(null);
    expect(item.querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')).to.equal(String(first.progress));
    expect(text(item.querySelector('.item__meta'))).to.contain('Tübingen');
    expect(text($(el, '.count'))).to.equal(`${expected.length} Ergebnisse`);
    // The list is complete without the map: no map engine, no tile, nothing from basemap.de.
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(requested.some((url) => /leaflet|supercluster|map\/engine/.test(url))).to.equal(false);
  });

  it('shows every municipality, grouped and in alphabetical order, when no municipality is set', async () => {
    const expected = await apiResults(api('default'));
    const el = await render(html`<kd-results-map api=${api('default')}></kd-results-map>`);
    expect(text($(el, '.count'))).to.equal(`${expected.length} Ergebnisse`);
    const groups = $$(el, '.group');
    const ids = new Set(expected.map((r) => r.municipality));
    expect(groups).to.have.length.greaterThan(1);
    const names = groups.map((g) => text(g.querySelector('.group__title')).replace(/\s*\(.*\)$/, ''));
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'de')));
    // The first page holds 50 entries; the rest follow on request.
    expect($$(el, '.item')).to.have.length(Math.min(50, expected.length));
    const first = groups[0]!;
    const firstId = first.getAttribute('aria-labelledby')!.replace('group-', '');
    expect(ids.has(firstId)).to.equal(true);
    expect(text(first.querySelector('.group__count'))).to.equal(`(${expected.filter((r) => r.municipality === firstId).length} Ergebnisse)`);
  });

  it('shows more entries on request and moves focus to the first new one', async () => {
    const expected = await apiResults(api('default'));
    const el = await render(html`<kd-results-map api=${api('default')}></kd-results-map>`);
    const more = $(el, '.list__more button')!;
    expect(text($(el, '.list__more p'))).to.equal(`50 von ${expected.length} angezeigt`);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.item')).to.have.length(Math.min(100, expected.length));
    expect(focused(el)).to.equal($$(el, '.item__title')[50]);
  });

  it('filters by topic, status and municipality with the API’s meaning; the GeoJSON link carries the same filters', async () => {
    const all = await apiResults(api('default'));
    const sample = all.find((r) => r.topics.length > 0)!;
    const [topic, status, municipality] = [sample.topics[0]!, sample.status, sample.municipality];
    const expected = await apiResults(api('default'), `municipality=${municipality}&topic=${topic}&status=${status}`);
    const el = await render(html`<kd-results-map api=${api('default')}></kd-results-map>`);
    await choose(el, 'topic', topic);
    await choose(el, 'status', status);
    await choose(el, 'municipality', municipality);
    expect($$(el, '.item__title').map((b) => b.dataset['id']).sort()).to.deep.equal(expected.map((r) => r.id).sort());
    const link = $<HTMLAnchorElement>(el, '.downloads a')!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/mock/default/v1/results.geojson');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ municipality, topic, status });
    const geojson = (await (await fetch(link.href)).json()) as { features: { id: string }[] };
    expect(geojson.features.map((f) => f.id).sort()).to.deep.equal(expected.map((r) => r.id).sort());
  });

  it('takes initial filters from attributes and offers a reset when nothing matches', async () => {
    const all = await apiResults(api('default'), 'municipality=tuebingen');
    const statuses = new Set(all.map((r) => r.status));
    const missing = (['idea', 'planned', 'in-progress', 'done', 'discarded'] as const).find((s) => !statuses.has(s));
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" status=${missing ?? 'idea'} topic="nichts-davon"></kd-results-map>`);
    expect($(el, '.kd-empty')).to.not.equal(null);
    expect(text($(el, '.kd-empty p'))).to.equal('Für diese Auswahl gibt es keine Ergebnisse.');
    await expect(el).to.be.accessible();
    $(el, '.kd-empty button')!.click();
    await el.updateComplete;
    expect($$(el, '.item')).to.have.length(all.length);
  });
});

describe('kd-results-map: details', () => {
  it('opens from the list by keyboard with everything about the result, fires kd-result-select, and Escape returns focus', async () => {
    const target = (await apiResults(api('default'))).find((r) => r.relatedEvents.length > 0 && r.timeline.length > 1)!;
    expect(target, 'a result with related events and a timeline').to.not.equal(undefined);
    const el = await render(
      html`<kd-results-map
        api=${api('default')}
        municipality=${target.municipality}
        event-url="https://stadt.example/termine/{municipality}#{id}"
      ></kd-results-map>`,
    );
    const button = $(el, `.item__title[data-id="${target.id}"]`)!;
    button.focus();
    const selected = oneEvent(el, 'kd-result-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.include({ id: target.id, source: 'list' });
    expect(event.detail.result.title).to.equal(target.title);
    await el.updateComplete;
    expect(el.selected).to.equal(target.id);
    const detail = $(el, '.detail')!;
    expect(focused(el)).to.equal($(el, '#detail-title'));
    expect(text($(el, '#detail-title'))).to.equal(target.title);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(detail.querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')).to.equal(String(target.progress));
    // The rest comes with the whole result.
    await waitUntil(() => detail.querySelector('.timeline'), 'the whole result did not arrive');
    expect(detail.querySelectorAll('.timeline li')).to.have.length(target.timeline.length);
    expect(text(detail.querySelector('.timeline li bdi'))).to.equal(target.timeline[0]!.text);
    expect(text(detail.querySelector('.detail__concerns'))).to.equal(
      target.concernCount === 0
        ? 'Dieses Ergebnis geht nicht auf ein einzelnes Anliegen zurück.'
        : `${target.concernCount} Anliegen aus der Bürgerschaft ${target.concernCount === 1 ? 'hat' : 'haben'} zu diesem Ergebnis geführt.`,
    );
    await waitUntil(() => detail.querySelectorAll('.detail__events a').length === target.relatedEvents.length && detail.querySelector('.detail__events time'));
    const links = [...detail.querySelectorAll<HTMLAnchorElement>('.detail__events a')];
    expect(links.map((a) => a.href)).to.deep.equal(target.relatedEvents.map((id) => `https://stadt.example/termine/${target.municipality}#${id}`));
    const first = (await (await fetch(`${api('default')}/events/${target.relatedEvents[0]}`)).json()) as { title: string };
    expect(text(links[0]!)).to.equal(first.title);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.detail')).to.equal(null);
    expect(el.selected).to.equal(undefined);
    expect(focused(el)).to.equal(button);
  });

  it('says when a result’s place is only approximate', async () => {
    const all = await apiResults(api('default'), 'municipality=tuebingen');
    const area = all.find((r) => r.precision === 'area')!;
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" selected=${area.id}></kd-results-map>`);
    await waitUntil(() => $(el, '.detail'));
    expect(text($(el, '.detail__area'))).to.equal('Der Ort ist nur ungefähr angegeben, um die Menschen vor Ort zu schützen.');
    $(el, '.detail__close')!.click();
    await el.updateComplete;
    expect($(el, '.detail')).to.equal(null);
  });

  it('names results, progress bars and controls in the accessibility tree', async () => {
    const all = await apiResults(api('default'), 'municipality=tuebingen');
    await render(html`<kd-results-map api=${api('default')} municipality="tuebingen"></kd-results-map>`);
    expect(await axFind('button', all[0]!.title)).to.not.equal(null);
    expect(await axFind('progressbar', 'Fortschritt')).to.not.equal(null);
    expect(await axFind('combobox', 'Thema')).to.not.equal(null);
    expect(await axFind('combobox', 'Stand')).to.not.equal(null);
    expect(await axFind('button', 'CSV (Tabelle)')).to.not.equal(null);
    expect(await axFind('link', 'GeoJSON')).to.not.equal(null);
    expect(await axFind('button', 'Karte laden')).to.not.equal(null);
  });
});

describe('kd-results-map: CSV download', () => {
  it('downloads the filtered results as CSV with a BOM, a header and one row per result', async () => {
    const counts = new Map<string, number>();
    for (const r of await apiResults(api('default'), 'municipality=tuebingen')) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const status = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const expected = await apiResults(api('default'), `municipality=tuebingen&status=${status}`);
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" status=${status}></kd-results-map>`);
    const { blob, name } = await downloadCsv(el);
    expect(blob).to.be.instanceOf(Blob);
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    // Blob.text() decodes UTF-8 and drops the BOM the bytes above showed.
    const [header, ...rows] = parseCsv(await blob!.text());
    expect(header).to.deep.equal([...CSV_COLUMNS]);
    expect(rows).to.have.length(expected.length);
    const column = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    for (const row of rows) {
      expect(row).to.have.length(CSV_COLUMNS.length);
      const result = expected.find((r) => r.id === row[column('id')])!;
      expect(row[column('title')]).to.equal(result.title);
      expect(row[column('summary')]).to.equal(result.summary);
      expect(row[column('office')]).to.equal(result.office);
      expect(row[column('concern_count')]).to.equal(String(result.concernCount));
      expect(row[column('updated_at')]).to.equal(result.updatedAt);
      expect(row[column('status')]).to.equal(status);
      expect(row[column('municipality_name')]).to.equal('Tübingen');
      // Areas are not pinpointed in the export either.
      expect(row[column('latitude')] === '').to.equal(result.precision === 'area');
    }
    expect(name).to.equal(`ergebnisse-tuebingen-${status}.csv`);
  });
});

describe('kd-results-map: summaries in the list, whole results on demand', () => {
  it('lists with fields=summary and loads the whole result when one is opened: title and status at once, the rest after it', async () => {
    const target = (await apiResults(api('default'), 'municipality=tuebingen')).find((r) => r.timeline.length > 0 && r.relatedEvents.length > 0 && r.office)!;
    expect(target, 'a result with a timeline, related events and an office').to.not.equal(undefined);
    const base = api('summary-detail');
    await watchFetch(async (calls) => {
      const el = await render(html`<kd-results-map api=${base} municipality="tuebingen"></kd-results-map>`);
      const lists = calls.filter((c) => c.url.pathname.endsWith('/results'));
      expect(lists.length).to.be.greaterThan(0);
      expect(lists.map((c) => c.url.searchParams.get('fields'))).to.deep.equal(lists.map(() => 'summary'));
      // What the list has is a summary: none of what the details add.
      const summary = (await (await fetch(`${lists[0]!.url.href}`)).json()) as { items: Record<string, unknown>[] };
      const listed = summary.items.find((r) => r['id'] === target.id)!;
      for (const key of ['summary', 'timeline', 'relatedEvents', 'office', 'concernCount']) expect(listed).to.not.have.property(key);
      // Slow answers: the panel shows the summary and a loading state meanwhile.
      await faults(base, { latencyMs: 800 });
      $(el, `.item__title[data-id="${target.id}"]`)!.click();
      await el.updateComplete;
      const detail = $(el, '.detail')!;
      expect(text($(el, '#detail-title'))).to.equal(target.title);
      expect(text(detail.querySelector('.status'))).to.match(/^(Idee|Geplant|In Umsetzung|Umgesetzt|Verworfen)$/);
      expect(detail.querySelector('[aria-busy=true] [role=status]')).to.not.equal(null);
      expect(detail.querySelector('.timeline')).to.equal(null);
      await expect(el).to.be.accessible();
      await waitUntil(() => detail.querySelector('.timeline'), 'the whole result did not arrive', { timeout: 15_000 });
      expect(calls.some((c) => c.url.pathname.endsWith(`/results/${target.id}`))).to.equal(true);
      expect(detail.querySelector('[aria-busy=true]')).to.equal(null);
      expect(text(detail.querySelector('.detail__summary'))).to.equal(target.summary.replace(/\s+/g, ' ').trim());
      expect([...detail.querySelectorAll('.timeline li bdi')].map(text)).to.deep.equal(target.timeline.map((step) => step.text.replace(/\s+/g, ' ').trim()));
      expect(text(detail.querySelector('.detail__facts'))).to.contain(target.office);
      await waitUntil(() => detail.querySelectorAll('.detail__events time').length > 0, 'the related events did not arrive', { timeout: 15_000 });
      expect(detail.querySelectorAll('.detail__events li')).to.have.length(target.relatedEvents.length);
      await expect(el).to.be.accessible();
    });
  });

  it('aborts the first request when another result is selected meanwhile, and shows the second', async () => {
    const [first, second] = (await apiResults(api('default'), 'municipality=tuebingen')).filter((r) => r.timeline.length > 0);
    const base = api('summary-abort');
    await watchFetch(async (calls) => {
      const el = await render(html`<kd-results-map api=${base} municipality="tuebingen"></kd-results-map>`);
      await faults(base, { latencyMs: 1500 });
      $(el, `.item__title[data-id="${first!.id}"]`)!.click();
      await el.updateComplete;
      await waitUntil(() => calls.some((c) => c.url.pathname.endsWith(`/results/${first!.id}`)), 'the first result was not asked for');
      $(el, `.item__title[data-id="${second!.id}"]`)!.click();
      await el.updateComplete;
      expect(text($(el, '#detail-title'))).to.equal(second!.title);
      const asked = calls.find((c) => c.url.pathname.endsWith(`/results/${first!.id}`))!;
      expect(asked.signal?.aborted, 'the first request was aborted').to.equal(true);
      await waitUntil(() => $(el, '.detail .timeline'), 'the second result did not arrive', { timeout: 15_000 });
      expect(text($(el, '#detail-title'))).to.equal(second!.title);
      expect(text($(el, '.detail__summary'))).to.equal(second!.summary.replace(/\s+/g, ' ').trim());
    });
  });

  it('shows the shared error when GET /results/{id} fails, and “Erneut versuchen” recovers', async () => {
    const target = (await apiResults(api('default'), 'municipality=tuebingen')).find((r) => r.timeline.length > 0)!;
    const base = api('summary-error');
    const el = await render(html`<kd-results-map api=${base} municipality="tuebingen"></kd-results-map>`);
    await faults(base, { errorRate: 1 });
    const button = $(el, `.item__title[data-id="${target.id}"]`)!;
    button.click();
    await waitUntil(() => $(el, '.detail .kd-error'), 'no error shown', { timeout: 15_000 });
    const error = $(el, '.detail .kd-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error.querySelector('.kd-error__title'))).to.not.equal('');
    // The summary stays, and so does the list.
    expect(text($(el, '#detail-title'))).to.equal(target.title);
    expect($$(el, '.item').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await faults(base, { errorRate: 0 });
    (error.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.detail .timeline'), 'the retry did not load the result', { timeout: 15_000 });
    expect($(el, '.detail .kd-error')).to.equal(null);
    expect(text($(el, '.detail__summary'))).to.equal(target.summary.replace(/\s+/g, ' ').trim());
  });

  it('says the CSV is being made while the whole results load, then saves them', async () => {
    const base = api('summary-csv-busy');
    const el = await render(html`<kd-results-map api=${base} municipality="tuebingen"></kd-results-map>`);
    const expected = await apiResults(base, 'municipality=tuebingen');
    await faults(base, { latencyMs: 1000 });
    const { blob } = await watchFetch(async (calls) => {
      const saved = await downloadCsv(el, async () => {
        await el.updateComplete;
        const busy = await axFind('button', 'CSV wird erstellt …');
        expect(busy, 'the button says it is busy').to.not.equal(null);
        expect((busy as AxNode & { disabled?: boolean }).disabled).to.equal(true);
        await expect(el).to.be.accessible();
      });
      // Whole results: no `fields=summary` in the CSV's requests.
      const csvLists = calls.filter((c) => c.url.pathname.endsWith('/results'));
      expect(csvLists.length).to.be.greaterThan(0);
      expect(csvLists.every((c) => !c.url.searchParams.has('fields'))).to.equal(true);
      return saved;
    });
    await faults(base, { latencyMs: 0 });
    await el.updateComplete;
    expect(await axFind('button', 'CSV (Tabelle)')).to.not.equal(null);
    const [header, ...rows] = parseCsv(await blob!.text());
    const column = (name: (typeof CSV_COLUMNS)[number]): number => header!.indexOf(name);
    expect(rows.map((row) => row[column('id')]).sort()).to.deep.equal(expected.map((r) => r.id).sort());
    for (const row of rows) {
      const result = expected.find((r) => r.id === row[column('id')])!;
      expect(row[column('summary')]).to.equal(result.summary);
      expect(row[column('office')]).to.equal(result.office);
    }
  });

  it('shows an error beside the CSV button when the whole results cannot be loaded, and loses nothing', async () => {
    const base = api('summary-csv-error');
    const counts = new Map<string, number>();
    for (const r of await apiResults(base, 'municipality=tuebingen')) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const status = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const el = await render(html`<kd-results-map api=${base} municipality="tuebingen" status=${status}></kd-results-map>`);
    const listed = $$(el, '.item__title').map((b) => b.dataset['id']);
    $(el, `.item__title[data-id="${listed[0]}"]`)!.click();
    await waitUntil(() => $(el, '.detail .timeline'), 'the details did not load', { timeout: 15_000 });
    await faults(base, { errorRate: 1 });
    const button = $<HTMLButtonElement>(el, '.downloads button')!;
    button.click();
    await waitUntil(() => $(el, '.downloads__error'), 'no error beside the button', { timeout: 15_000 });
    expect($(el, '.downloads__error')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '.downloads__error'))).to.equal('Die CSV-Datei konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.');
    // Nothing lost: filter, list, open details; the button is usable again.
    expect($<HTMLSelectElement>(el, 'select[name=status]')!.value).to.equal(status);
    expect($$(el, '.item__title').map((b) => b.dataset['id'])).to.deep.equal(listed);
    expect(el.selected).to.equal(listed[0]);
    expect($(el, '.detail .timeline')).to.not.equal(null);
    expect(button.getAttribute('aria-disabled')).to.equal(null);
    expect(text(button)).to.equal('CSV (Tabelle)');
    await expect(el).to.be.accessible();
    await faults(base, { errorRate: 0 });
    const { blob } = await downloadCsv(el);
    const [, ...rows] = parseCsv(await blob!.text());
    expect(rows).to.have.length(listed.length);
    expect($(el, '.downloads__error')).to.equal(null);
  });
});

describe('kd-results-map: consent before any tile', () => {
  it('asks first, naming basemap.de, and requests nothing from it', async () => {
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen"></kd-results-map>`);
    const notice = $(el, '.consent')!;
    expect(text(notice)).to.contain('basemap.de, einem Dienst des Bundesamts für Kartographie und Geodäsie (BKG)');
    expect(text(notice.querySelector('button'))).to.equal('Karte laden');
    expect($(el, '.map-canvas')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(requested.some((url) => url.includes('geodatenzentrum'))).to.equal(false);
  });

  it('names OpenStreetMap for tiles="osm"', async () => {
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" tiles="osm"></kd-results-map>`);
    expect(text($(el, '.consent'))).to.contain('OpenStreetMap (OpenStreetMap Foundation)');
    expect(requested.some((url) => url.includes('openstreetmap'))).to.equal(false);
  });

  it('loads the map on "Karte laden", fires kd-consent-change, remembers it in memory only, and can hide it again', async () => {
    const tiles = tileTemplate('consent-click');
    const cookies = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" tiles=${tiles}></kd-results-map>`);
    expect(text($(el, '.consent'))).to.contain(location.host);
    expect(requested.filter((u) => u.includes('t=consent-click'))).to.deep.equal([]);
    const button = $(el, '.consent button')!;
    button.focus();
    const change = oneEvent(el, 'kd-consent-change');
    await sendKeys({ press: 'Enter' });
    expect((await change).detail).to.deep.equal({ consent: 'granted', provider: tiles });
    await waitUntil(() => $(el, '.leaflet-tile-loaded'), 'no tile loaded', { timeout: 15_000 });
    expect(requested.some((u) => u.includes('t=consent-click'))).to.equal(true);
    expect(el.mapAllowed).to.equal(true);
    // A second map with the same provider does not ask again; nothing was written anywhere.
    const second = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" tiles=${tiles}></kd-results-map>`);
    expect($(second, '.consent')).to.equal(null);
    expect(document.cookie).to.equal(cookies);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
    // "Karte ausblenden" takes the consent back.
    const hidden = oneEvent(el, 'kd-consent-change');
    $(el, '.map-hide')!.click();
    expect((await hidden).detail).to.deep.equal({ consent: 'pending', provider: tiles });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.consent')).to.not.equal(null);
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(focused(el)).to.equal($(el, '.consent button'));
  });

  it('skips the notice with consent="granted" and needs none for tiles="none"', async () => {
    const granted = await render(
      html`<kd-results-map api=${api('default')} municipality="tuebingen" consent="granted" tiles=${tileTemplate('granted')}></kd-results-map>`,
    );
    expect($(granted, '.consent')).to.equal(null);
    await waitUntil(() => $(granted, '.leaflet-tile-loaded'), 'no tile loaded', { timeout: 15_000 });
    expect($(granted, '.map-hide')).to.equal(null);
    const none = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" tiles="none"></kd-results-map>`);
    expect($(none, '.consent')).to.equal(null);
    await waitUntil(() => $(none, '.leaflet-container'), 'no map', { timeout: 15_000 });
    expect($(none, '.leaflet-tile')).to.equal(null);
  });
});

describe('kd-results-map: states', () => {
  it('is accessible while loading', async () => {
    const el = await fixture<KdResultsMap>(html`<kd-results-map api=${api('slow')} municipality="tuebingen"></kd-results-map>`);
    expect($(el, '[aria-busy=true]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing has been published', async () => {
    const el = await render(html`<kd-results-map api=${api('empty')} municipality="tuebingen"></kd-results-map>`);
    expect(text($(el, '.kd-empty'))).to.equal('Es wurden noch keine Ergebnisse veröffentlicht.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry button when the API fails', async () => {
    const el = await render(html`<kd-results-map api=${api('error')} municipality="tuebingen"></kd-results-map>`);
    expect($(el, '.kd-error[role=alert]')).to.not.equal(null);
    expect(text($(el, '.kd-error button'))).to.equal('Erneut versuchen');
    await expect(el).to.be.accessible();
  });
});

describe('kd-results-map: languages and direction', () => {
  it('speaks Arabic right to left with the list on the inline start side', async () => {
    await resultsMapMessages.load('ar');
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" lang="ar"></kd-results-map>`);
    const base = $(el, '[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '.consent button'))).to.equal('تحميل الخريطة');
    expect($$(el, '.item__status').map(text).every((s) => /[\u0600-\u06ff]/.test(s))).to.equal(true);
    const side = $(el, '.side')!.getBoundingClientRect();
    const map = $(el, '.map-area')!.getBoundingClientRect();
    expect(side.left).to.be.greaterThan(map.left);
    await expect(el).to.be.accessible();
  });

  it('in Arabic, a German summary keeps its full stop after its last word', async () => {
    await resultsMapMessages.load('ar');
    const target = (await apiResults(api('default'), 'municipality=tuebingen')).find((r) => r.summary.endsWith('.'))!;
    const el = await render(html`<kd-results-map api=${api('default')} municipality="tuebingen" lang="ar"></kd-results-map>`);
    $(el, `.item__title[data-id="${target.id}"]`)!.click();
    await waitUntil(() => $(el, '.detail__summary'), 'the whole result did not arrive');
    const summary = $(el, '.detail__summary')!;
    const words = [...summary.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') as Text;
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(words, index);
      range.setEnd(words, index + 1);
      return range.getClientRects()[0]!;
    };
    const end = words.data.trimEnd().length - 1;
    expect(words.data[end]).to.equal('.');
    expect(at(end).left, 'the full stop right of the last letter').to.be.greaterThan(at(end - 1).left);
  });

  it('has every string in every language', async () => {
    for (const locale of ['en', 'ar', 'fa', 'uk', 'tr', 'de-x-ls'] as const) {
      const messages = await resultsMapMessages.load(locale);
      expect(Object.keys(messages).sort(), locale).to.deep.equal(Object.keys(resultsMapMessages.de).sort());
    }
  });
});

describe('kd-results-map: network', () => {
  it('made no request outside localhost in any test of this file', () => {
    const foreign = [...requested, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((name) => {
      const url = new URL(name);
      return !['data:', 'blob:'].includes(url.protocol) && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    });
    expect(foreign).to.deep.equal([]);
  });
});
