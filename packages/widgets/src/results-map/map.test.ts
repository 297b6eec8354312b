import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import {
  a11ySnapshot,
  emulateMedia,
  findAccessibilityNode,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import { html } from 'lit';
import type { Municipality, Result } from '@kommunaldialog/sdk';
import { generateResults } from '@kommunaldialog/api-mock';
import type { KdResultsMap } from './kd-results-map.js';
import { resultsMapMessages } from './messages/index.js';
import { approximateCircleCentre, AREA_CIRCLE_RADIUS } from './geometry.js';
import { withEngine } from './map/engine.test-support.js';
import { INLINE_BUILD_LIMIT } from './map/result-index.js';
import { leafletCss } from './map/leaflet-css.js';
import { prepareLeafletCss } from './map/prepare-leaflet-css.js';
import '../define/kd-results-map.js';

// The page's own properties (and the test framework's, Lit's, `Kommunaldialog`) before any map.
const globalsAtStart = new Set(Object.keys(window));
/** Set by the test runner and the axe plug-in once tests run. */
const TEST_RUNNER_GLOBALS = new Set(['__WTR_MOCHA_RUNNER__', 'axe']);

// Every request of this file, to prove at the end that none left localhost.
performance.setResourceTimingBufferSize(100_000);
const requested: string[] = [];
new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name))).observe({
  type: 'resource',
  buffered: true,
});

const API = `${location.origin}/mock/default/v1`;
const TILES = `${location.origin}/packages/widgets/test-fixtures/tiles/tile.png?z={z}&x={x}&y={y}`;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const label = (node: Element): string => node.getAttribute('aria-label') ?? '';
const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;
const zoomOf = (el: KdResultsMap): number => (el as unknown as { engine: { zoom: number } }).engine.zoom;

async function apiJson<T>(path: string): Promise<T> {
  return (await (await fetch(`${API}${path}`)).json()) as T;
}

async function apiResults(query: string): Promise<Result[]> {
  return (await apiJson<{ items: Result[] }>(`/results?limit=100&${query}`)).items;
}

/** A map with its first markers drawn. */
/** The map of Tübingen with the local tiles, consent given by the site: the usual starting point. */
function renderTuebingen(): Promise<KdResultsMap> {
  return renderMap(html`<kd-results-map api=${API} municipality="tuebingen" tiles=${TILES} consent="granted"></kd-results-map>`);
}

async function renderMap(template: ReturnType<typeof html>): Promise<KdResultsMap> {
  const el = await fixture<KdResultsMap>(template);
  await waitUntil(
    () => $(el, '.item') && $(el, '.kd-marker, .kd-cluster, .kd-area'),
    'the map did not draw',
    { timeout: 15_000 },
  );
  await el.updateComplete;
  return el;
}

const CLUSTER = /^(\d+) Ergebnisse?, davon (\d+) umgesetzt$/;

/** How many results the map accounts for, by the names of its clusters, markers and areas. */
function shown(el: KdResultsMap): number {
  const inClusters = $$(el, '.kd-cluster').map((c) => Number(/^([\d.]+) Ergebnis/.exec(label(c))?.[1]?.replaceAll('.', '') ?? NaN));
  return inClusters.reduce((sum, n) => sum + n, 0) + $$(el, '.kd-marker, path.kd-area').length;
}

/** What the map shows: totals of every cluster, marker and area on it. */
function census(el: KdResultsMap): { total: number; done: number; markers: string[]; areas: string[] } {
  let total = 0;
  let done = 0;
  for (const cluster of $$(el, '.kd-cluster')) {
    const match = CLUSTER.exec(label(cluster));
    expect(match, label(cluster)).to.not.equal(null);
    total += Number(match![1]);
    done += Number(match![2]);
  }
  const markers = $$(el, '.kd-marker').map(label);
  const areas = $$(el, 'path.kd-area').map(label);
  total += markers.length + areas.length;
  done +=
    markers.filter((l) => l.endsWith(', Umgesetzt')).length +
    areas.filter((l) => l.endsWith(', Umgesetzt, ungefährer Bereich')).length;
  return { total, done, markers, areas };
}

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

async function axFind(role: string, name: string | RegExp): Promise<AxNode | null> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return findAccessibilityNode<AxNode>(
    tree,
    (n) => n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name)),
  );
}

before(async () => {
  await setViewport({ width: 1200, height: 900 });
  // Test pages may run in background tabs, where animation frames stop: reduced motion makes
  // every zoom and pan of the map immediate (as it is for visitors who ask for it).
  await emulateMedia({ reducedMotion: 'reduce' });
});

describe('kd-results-map: the map', () => {
  it('adopts Leaflet’s CSS into its shadow root, current with the installed Leaflet, and loads no Leaflet images', async () => {
    const source = await (await fetch('/node_modules/leaflet/dist/leaflet.css')).text();
    expect(leafletCss).to.equal(
      prepareLeafletCss(source),
      'run generate-leaflet-css.mjs after updating leaflet',
    );
    const el = await renderTuebingen();
    expect(getComputedStyle($(el, '.leaflet-pane')!).position).to.equal('absolute');
    expect(requested.some((u) => /images\/(layers|marker-icon)/.test(u))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows every result once, in clusters named with counts per status, markers and areas', async () => {
    const expected = await apiResults('municipality=tuebingen');
    const el = await renderTuebingen();
    const seen = census(el);
    expect(seen.total).to.equal(expected.length);
    expect(seen.done).to.equal(expected.filter((r) => r.status === 'done').length);
    for (const area of expected.filter((r) => r.precision === 'area')) {
      expect(
        seen.markers.some((l) => l.startsWith(`${area.title}, `)),
        area.title,
      ).to.equal(false);
    }
    // Every marker shows its status as a shape, not by colour alone.
    for (const marker of $$(el, '.kd-marker'))
      expect(marker.querySelector('svg path.kd-status-icon__shape')).to.not.equal(null);
    // Filters apply to the map as well.
    const select = $<HTMLSelectElement>(el, 'select[name=status]')!;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(
      () => census(el).total === expected.filter((r) => r.status === 'done').length,
      'the map did not follow the filter',
    );
  });

  it('never draws an area result as a point, even zoomed in', async () => {
    const expected = await apiResults('municipality=tuebingen');
    const areas = expected.filter((r) => r.precision === 'area');
    expect(areas.length).to.be.greaterThan(0);
    const el = await renderTuebingen();
    for (const area of areas) {
      el.selected = area.id;
      await el.updateComplete;
      await waitUntil(
        () => $$(el, 'path.kd-area').some((p) => label(p).startsWith(`${area.title}, `)),
        `no area for ${area.title}`,
      );
      expect($$(el, '.kd-marker').some((m) => label(m).startsWith(`${area.title}, `))).to.equal(false);
      await waitUntil(() => text($$(el, '.kd-popup').at(-1) ?? null).includes(area.title), 'no popup');
    }
  });

  it('pans and zooms to a result selected in the list, highlighted and alone', async () => {
    const expected = await apiResults('municipality=tuebingen');
    const el = await renderTuebingen();
    const hidden = expected.find(
      (r) => r.precision === 'exact' && !census(el).markers.some((l) => l.startsWith(`${r.title}, `)),
    )!;
    expect(hidden, 'a result inside a cluster').to.not.equal(undefined);
    const before = zoomOf(el);
    $(el, `.item__title[data-id="${hidden.id}"]`)!.click();
    await el.updateComplete;
    const marker = $(el, '.kd-marker[aria-current=true]')!;
    expect(label(marker).startsWith(`${hidden.title}, `)).to.equal(true);
    expect(zoomOf(el)).to.be.greaterThan(before);
    const box = $(el, '.map-canvas')!.getBoundingClientRect();
    const at = marker.getBoundingClientRect();
    expect(
      at.left >= box.left && at.right <= box.right && at.top >= box.top && at.bottom <= box.bottom,
    ).to.equal(true);
    expect(text($$(el, '.kd-popup').at(-1) ?? null)).to.contain(hidden.title);
    await expect(el).to.be.accessible();
  });

  it('opens a marker’s details with Enter, marks it in the list, and Escape returns focus to the marker', async () => {
    const el = await renderTuebingen();
    const marker = $(el, '.kd-marker')!;
    const name = label(marker);
    marker.focus();
    const selected = oneEvent(el, 'kd-result-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.source).to.equal('map');
    expect(name.startsWith(`${event.detail.result.title}, `)).to.equal(true);
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '#detail-title'));
    expect($(el, `.item__title[data-id="${event.detail.id}"]`)!.getAttribute('aria-expanded')).to.equal(
      'true',
    );
    expect($(el, '.kd-marker[aria-current=true]')).to.equal(marker);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.detail')).to.equal(null);
    await waitUntil(() => !$(el, '.kd-popup'), 'the popup stayed open');
    expect(label(focused(el)!)).to.equal(name);
    expect($(el, '.kd-marker[aria-current=true]')).to.equal(null);
  });

  it('lets the keyboard reach zoom buttons, clusters, markers and areas by name, and leave the map again', async () => {
    const el = await renderTuebingen();
    const canvas = $(el, '.map-canvas')!;
    canvas.focus();
    const visited: string[] = [];
    for (let i = 0; i < 60 && canvas.contains(focused(el)); i++) {
      await sendKeys({ press: 'Tab' });
      const now = focused(el);
      if (now && canvas.contains(now)) visited.push(label(now) || text(now));
    }
    expect(visited.slice(0, 2)).to.deep.equal(['Vergrößern', 'Verkleinern']);
    expect(visited.some((l) => CLUSTER.test(l))).to.equal(true);
    expect(visited.some((l) => / ungefährer Bereich$/.test(l))).to.equal(true);
    expect(
      visited.filter((l) => /, (Idee|Geplant|In Umsetzung|Umgesetzt|Verworfen)$/.test(l)).length,
    ).to.be.greaterThan(0);
    // No trap: focus moved on past the map, and Shift+Tab comes back into it.
    expect(canvas.contains(focused(el))).to.equal(false);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(canvas.contains(focused(el))).to.equal(true);
    expect(await axFind('button', 'Vergrößern')).to.not.equal(null);
    expect(await axFind('button', CLUSTER)).to.not.equal(null);
  });

  it('zooms with its own named buttons, which say when the map cannot zoom further', async () => {
    const el = await renderTuebingen();
    const [zoomIn, zoomOut] = $$<HTMLButtonElement>(el, '.map-zoom button');
    expect([label(zoomIn!), label(zoomOut!)]).to.deep.equal(['Vergrößern', 'Verkleinern']);
    const before = zoomOf(el);
    zoomIn!.click();
    await waitUntil(() => zoomOf(el) === before + 1, 'the map did not zoom in');
    zoomOut!.click();
    await waitUntil(() => zoomOf(el) === before, 'the map did not zoom out');
    for (let i = 0; i < 25 && zoomIn!.getAttribute('aria-disabled') !== 'true'; i++) {
      const zoom = zoomOf(el);
      zoomIn!.click();
      await waitUntil(() => zoomOf(el) > zoom, 'the map did not zoom in');
      await el.updateComplete;
    }
    expect(zoomIn!.getAttribute('aria-disabled')).to.equal('true');
    const top = zoomOf(el);
    zoomIn!.click();
    await el.updateComplete;
    expect(zoomOf(el)).to.equal(top);
    expect(zoomOut!.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('credits Leaflet and the tile provider below the map, as links', async () => {
    const el = await renderMap(
      html`<kd-results-map
        api=${API}
        municipality="tuebingen"
        tiles=${TILES}
        tile-attribution="© Stadt Tübingen"
        consent="granted"
      ></kd-results-map>`,
    );
    await waitUntil(() => $(el, '.map-attribution'), 'no attribution');
    const credits = $(el, '.map-attribution')!;
    expect(text(credits)).to.equal('Leaflet | © Stadt Tübingen');
    expect(credits.querySelector('a')!.getAttribute('href')).to.equal('https://leafletjs.com');
  });

  it('zooms into a cluster on Enter and puts focus on what it contained', async () => {
    const el = await renderTuebingen();
    const cluster = $(el, '.kd-cluster')!;
    const before = zoomOf(el);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => zoomOf(el) > before && !cluster.isConnected, 'the cluster did not open', {
      timeout: 10_000,
    });
    const now = focused(el)!;
    expect(now.matches('.kd-marker, .kd-cluster, path.kd-area')).to.equal(true);
    expect(label(now)).to.not.equal('');
  });

  it('shows the state-wide view as one named group per municipality, and opens one with Enter', async () => {
    const all = (await apiJson<{ items: Result[]; nextCursor: string | null }>('/results?limit=100')).items;
    const municipalities = (await apiJson<{ items: Municipality[] }>('/municipalities')).items;
    const el = await renderMap(
      html`<kd-results-map api=${API} tiles=${TILES} consent="granted"></kd-results-map>`,
    );
    const groups = $$(el, '.kd-cluster--group');
    const present = new Set(all.map((r) => r.municipality));
    expect(groups).to.have.length(present.size);
    const tuebingen = all.filter((r) => r.municipality === 'tuebingen');
    const name = municipalities.find((m) => m.id === 'tuebingen')!.name;
    const group = groups.find((g) => label(g).startsWith(`${name}: `))!;
    expect(label(group)).to.equal(
      `${name}: ${tuebingen.length} Ergebnisse, davon ${tuebingen.filter((r) => r.status === 'done').length} umgesetzt`,
    );
    await expect(el).to.be.accessible();
    group.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => zoomOf(el) >= 11 && $(el, '.kd-marker, .kd-cluster:not(.kd-cluster--group), path.kd-area'),
      'the group did not open',
      {
        timeout: 10_000,
      },
    );
    expect($(el, '.kd-cluster--group')).to.equal(null);
    expect($(el, '.map-canvas')!.contains(focused(el))).to.equal(true);
  });

  it('draws the first page of a large set while the rest loads, then every result once', async () => {
    // In the `many` scenario Hardheim has more results than one page holds; the test holds the
    // second page back to look at the map in between.
    const api = `${location.origin}/mock/many-pages/v1`;
    const page = async (cursor?: string): Promise<{ items: Result[]; nextCursor: string | null }> =>
      (await fetch(`${api}/results?municipality=hardheim&limit=1000${cursor ? `&cursor=${cursor}` : ''}`)).json() as Promise<{
        items: Result[];
        nextCursor: string | null;
      }>;
    const first = await page();
    expect(first.nextCursor, 'more than one page').to.not.equal(null);
    const total = first.items.length + (await page(first.nextCursor!)).items.length;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname.endsWith('/results') && url.searchParams.has('cursor')) await held;
      return realFetch(input, init);
    };
    try {
      const el = await fixture<KdResultsMap>(
        html`<kd-results-map api=${api} municipality="hardheim" tiles=${TILES} consent="granted"></kd-results-map>`,
      );
      await waitUntil(() => $(el, '.kd-cluster'), 'the first page was not drawn', { timeout: 15_000 });
      expect(shown(el)).to.equal(first.items.length);
      expect($(el, '.item'), 'the list waits for every result').to.equal(null);
      release();
      await waitUntil(() => $(el, '.item') && shown(el) === total, 'the rest did not join the map', { timeout: 15_000 });
      await expect(el).to.be.accessible();
    } finally {
      release();
      window.fetch = realFetch;
    }
  });

  it('moves to a result preset with `selected` before the results arrived, without kd-result-select', async () => {
    const expected = await apiResults('municipality=tuebingen');
    const plain = await renderTuebingen();
    const fitted = zoomOf(plain);
    const hidden = expected.find(
      (r) => r.precision === 'exact' && !census(plain).markers.some((l) => l.startsWith(`${r.title}, `)),
    )!;
    expect(hidden, 'a result inside a cluster').to.not.equal(undefined);
    const selections: Event[] = [];
    const el = await fixture<KdResultsMap>(
      html`<kd-results-map
        api=${API}
        municipality="tuebingen"
        tiles=${TILES}
        consent="granted"
        selected=${hidden.id}
        @kd-result-select=${(e: Event) => selections.push(e)}
      ></kd-results-map>`,
    );
    await waitUntil(
      () => $(el, '.kd-marker[aria-current=true]'),
      'the preset was not highlighted on the map',
      { timeout: 15_000 },
    );
    const marker = $(el, '.kd-marker[aria-current=true]')!;
    expect(label(marker).startsWith(`${hidden.title}, `)).to.equal(true);
    expect(zoomOf(el)).to.be.greaterThan(fitted);
    const box = $(el, '.map-canvas')!.getBoundingClientRect();
    const at = marker.getBoundingClientRect();
    expect(
      at.left >= box.left && at.right <= box.right && at.top >= box.top && at.bottom <= box.bottom,
      'the marker is in view',
    ).to.equal(true);
    expect(text($(el, '#detail-title'))).to.equal(hidden.title);
    expect(selections).to.have.length(0);
  });

  it('adds no global to window when the map is dragged and zoomed', async () => {
    const globalsBefore = new Set(Object.keys(window));
    const el = await renderTuebingen();
    const canvas = $(el, '.map-canvas')!;
    const pane = $(el, '.leaflet-map-pane')!;
    const before = getComputedStyle(pane).transform;
    const box = canvas.getBoundingClientRect();
    // Press beside the markers, so the map itself takes focus (and Leaflet its keyboard listener).
    const spots = [0.5, 0.3, 0.7, 0.2, 0.8].flatMap((fx) =>
      [0.5, 0.3, 0.7, 0.2, 0.8].map((fy): [number, number] => [
        Math.round(box.left + box.width * fx),
        Math.round(box.top + box.height * fy),
      ]),
    );
    const [x, y] = spots.find(
      ([sx, sy]) => !el.shadowRoot!.elementFromPoint(sx, sy)?.closest('.leaflet-interactive'),
    )!;
    // A real pointer: press, move in steps, release, as a visitor drags.
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 5; step++)
      await sendMouse({ type: 'move', position: [x - step * 30, y - step * 20] });
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'move', position: [5, 5] });
    expect(getComputedStyle(pane).transform, 'the map moved').to.not.equal(before);
    const zoom = zoomOf(el);
    $<HTMLButtonElement>(el, '.map-zoom button')!.click();
    await waitUntil(() => zoomOf(el) === zoom + 1, 'the map did not zoom in');
    expect(el.shadowRoot!.activeElement, 'the pressed map has focus').to.equal(canvas);
    // The visitor leaves the map. Leaflet lets go of window and document in a task after the
    // gesture's end and on blur, later on a busy machine: wait for it, and fail if it never happens.
    (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    type Listened = { _leaflet_events?: Record<string, unknown> };
    const held = (target: Listened) =>
      Object.entries(target._leaflet_events ?? {})
        .filter(([, handler]) => handler != null)
        .map(([id]) => id)
        .join(', ') || 'nothing';
    const added = () => Object.keys(window).filter((key) => !globalsBefore.has(key));
    const onDocument = () => Object.keys(document).filter((key) => key.startsWith('_leaflet'));
    await waitUntil(() => added().length === 0 && onDocument().length === 0, 'Leaflet left a property', {
      timeout: 3000,
    }).catch(() => undefined);
    expect(added(), `Leaflet still listens on window for: ${held(window as Listened)}`).to.deep.equal([]);
    expect(
      onDocument(),
      `Leaflet still listens on document for: ${held(document as Listened)}`,
    ).to.deep.equal([]);
    // Nor did any earlier map of this file leave one.
    expect(
      Object.keys(window).filter((key) => !globalsAtStart.has(key) && !TEST_RUNNER_GLOBALS.has(key)),
    ).to.deep.equal([]);
  });

  it('mirrors for Arabic: controls on the right, Arabic names, still accessible', async () => {
    await resultsMapMessages.load('ar');
    const el = await renderMap(
      html`<kd-results-map
        api=${API}
        municipality="tuebingen"
        tiles=${TILES}
        consent="granted"
        lang="ar"
      ></kd-results-map>`,
    );
    await waitUntil(() => $(el, '.map-zoom button'), 'no zoom buttons');
    const zoom = $(el, '.map-zoom')!.getBoundingClientRect();
    const canvas = $(el, '.map-canvas')!.getBoundingClientRect();
    expect(zoom.left - canvas.left, 'zoom buttons on the right').to.be.greaterThan(canvas.right - zoom.right);
    expect(label($(el, '.map-zoom button')!)).to.equal('تكبير');
    expect($$(el, '.kd-cluster').every((c) => /منها/.test(label(c)))).to.equal(true);
    const side = $(el, '.side')!.getBoundingClientRect();
    const map = $(el, '.map-area')!.getBoundingClientRect();
    expect(side.left).to.be.greaterThan(map.left);
    await expect(el).to.be.accessible();
  });
});

describe('map engine', () => {
  function result(id: string, precision: 'exact' | 'area', lng: number, lat: number): Result {
    return {
      id,
      municipality: 'tuebingen',
      title: id,
      summary: '',
      topics: [],
      status: 'planned',
      progress: 10,
      geometry: { type: 'Point', coordinates: [lng, lat] },
      precision,
      relatedEvents: [],
      concernCount: 0,
      office: '',
      timeline: [],
      updatedAt: '2026-11-20T10:00:00+01:00',
    };
  }

  it('clusters a large set in a worker and shows every result once, with counts per status', async () => {
    const results = generateResults(INLINE_BUILD_LIMIT + 5_000, {
      municipalities: ['tuebingen'],
      idPrefix: 'viele',
    });
    await withEngine(async (engine, root) => {
      await engine.setData({ results, municipalities: new Map(), grouped: false });
      expect(engine.clusteredIn).to.equal('worker');
      const clusters = [...root.querySelectorAll('.kd-cluster')];
      expect(clusters.length).to.be.greaterThan(0);
      const total =
        clusters.reduce((sum, c) => sum + Number(label(c).split(',')[0]), 0) +
        root.querySelectorAll('.kd-marker, path.kd-area').length;
      expect(total).to.equal(results.length);
      const done = clusters.reduce((sum, c) => sum + Number(label(c).split(',')[1]), 0);
      const doneAlone = [...root.querySelectorAll('.kd-marker, path.kd-area')].filter((m) =>
        /, done(, ungefähr)?$/.test(label(m)),
      ).length;
      expect(done + doneAlone).to.equal(results.filter((r) => r.status === 'done').length);
    });
  });

  it('fits the view to the complete set after a first page, unless the map was moved in between', async () => {
    const near = [result('rathaus', 'exact', 9.05, 48.52), result('markt', 'exact', 9.06, 48.53)];
    const all = [...near, result('bahnhof', 'exact', 8.4, 49.0)];
    const count = (root: ShadowRoot): number =>
      [...root.querySelectorAll('.kd-cluster')].reduce((sum, c) => sum + Number(label(c).split(',')[0]), 0) +
      root.querySelectorAll('.kd-marker').length;
    await withEngine(async (engine, root) => {
      await engine.setData({ results: near, municipalities: new Map(), grouped: false, partial: true });
      const first = engine.zoom;
      await engine.setData({ results: all, municipalities: new Map(), grouped: false });
      expect(engine.zoom).to.be.lessThan(first);
      expect(count(root)).to.equal(all.length);
    });
    await withEngine(async (engine) => {
      await engine.setData({ results: near, municipalities: new Map(), grouped: false, partial: true });
      engine.zoomOut();
      const moved = engine.zoom;
      await engine.setData({ results: all, municipalities: new Map(), grouped: false });
      expect(engine.zoom).to.equal(moved);
    });
  });

  it('draws an area given as a point as an approximate circle that does not centre on it', async () => {
    await withEngine(async (engine, root) => {
      await engine.setData({
        results: [result('versteckt', 'area', 9.05, 48.52), result('haltestelle', 'exact', 9.2, 48.6)],
        municipalities: new Map(),
        grouped: false,
      });
      engine.select('versteckt', { reveal: true });
      const circle = root.querySelector('path.kd-area')!;
      expect(circle.getAttribute('aria-label')).to.equal('versteckt, planned, ungefähr');
      expect([...root.querySelectorAll('.kd-marker')].map(label)).to.not.include('versteckt, planned');
      const [lng, lat] = approximateCircleCentre('versteckt', [9.05, 48.52]);
      const metres = Math.hypot(
        (lng - 9.05) * 111_320 * Math.cos((48.52 * Math.PI) / 180),
        (lat - 48.52) * 111_320,
      );
      expect(metres).to.be.within(AREA_CIRCLE_RADIUS * 0.25, AREA_CIRCLE_RADIUS * 0.5);
    });
  });
});

describe('kd-results-map: network', () => {
  it('made no request outside localhost in any test of this file', () => {
    const foreign = [...requested, ...performance.getEntriesByType('resource').map((e) => e.name)].filter(
      (name) => {
        const url = new URL(name);
        return (
          !['data:', 'blob:'].includes(url.protocol) &&
          !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
        );
      },
    );
    expect(foreign).to.deep.equal([]);
  });
});
