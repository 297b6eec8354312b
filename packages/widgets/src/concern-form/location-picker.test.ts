import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import {
  a11ySnapshot,
  emulateMedia,
  findAccessibilityNode,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import { html } from 'lit';
import type { LatLng } from '@kommunaldialog/sdk';
import type { KdConcernForm } from './kd-concern-form.js';
import { draftKey, type DraftRecord } from './draft-store.js';
import { $, fillValid, type } from './form.test-support.js';
import '../define/kd-concern-form.js';

// Every request of this file, to prove that no tile and no map code loads before it is asked
// for, and that none left localhost.
performance.setResourceTimingBufferSize(100_000);
const requested: string[] = [];
new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name))).observe({
  type: 'resource',
  buffered: true,
});

const TILES = `${location.origin}/packages/widgets/test-fixtures/tiles/tile.png?z={z}&x={x}&y={y}`;

let serial = 0;
function freshApi(): string {
  serial++;
  return `${location.origin}/mock/default-cpick-${String(Date.now())}-${String(serial)}/v1`;
}

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonNamed = (el: Element, name: string): HTMLButtonElement | undefined =>
  [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? text(b)) === name,
  );

function render(
  api: string,
  extra: { lang?: string; tiles?: string; credit?: string } = {},
): Promise<KdConcernForm> {
  return fixture<KdConcernForm>(
    html`<kd-concern-form
      api=${api}
      municipality="tuebingen"
      lang=${extra.lang ?? 'de'}
      tiles=${extra.tiles ?? TILES}
      tile-attribution=${extra.credit ?? ''}
      min-fill-time="300"
      submit-timeout="3000"
    ></kd-concern-form>`,
  );
}

async function ready(el: KdConcernForm): Promise<void> {
  await waitUntil(() => $(el, '#topic'), 'the form did not load', { timeout: 10_000 });
}

/** Opens the map with the keyboard and waits until Leaflet drew it. */
async function openByKeyboard(el: KdConcernForm): Promise<HTMLElement> {
  $(el, '#map-open')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(
    () => $(el, '.picker__map.leaflet-container .leaflet-tile-loaded'),
    'the map did not draw',
    { timeout: 15_000 },
  );
  return $(el, '.picker__map')!;
}

function draftPoint(): LatLng | null | undefined {
  const stored = sessionStorage.getItem(draftKey('tuebingen'));
  return stored ? (JSON.parse(stored) as DraftRecord).values.point : undefined;
}

async function centreOfTuebingen(api: string): Promise<LatLng> {
  return ((await (await fetch(`${api}/municipalities/tuebingen`)).json()) as { centre: LatLng }).centre;
}

interface AxNode {
  role: string;
  name: string;
  description?: string;
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
  await setViewport({ width: 1000, height: 900 });
});

afterEach(async () => {
  sessionStorage.clear();
  // A pointer left hovering would restyle whatever the next test renders under it.
  await resetMouse();
});

describe('kd-concern-form: the location picker', () => {
  it('names the tile provider and loads neither map code nor tiles until the person asks', async () => {
    const el = await render(freshApi(), { tiles: 'basemap.de' });
    await ready(el);
    expect(text($(el, '#map-notice'))).to.include('basemap.de (Bundesamt für Kartographie und Geodäsie)');
    const open = await axFind('button', 'Ort auf der Karte wählen');
    expect(open, 'map button').to.not.equal(null);
    expect(open!.description).to.include('basemap.de');
    expect($(el, '.picker__map')).to.equal(null);
    await el.updateComplete;
    expect(requested.filter((u) => /leaflet|picker-map|geodatenzentrum|openstreetmap/.test(u))).to.deep.equal(
      [],
    );
    await expect(el).to.be.accessible();
  });

  it('by keyboard: arrow keys move the map under the crosshair, Enter takes the centre; shown as text, kept, sent exactly', async () => {
    const api = freshApi();
    const centre = await centreOfTuebingen(api);
    const el = await render(api, { credit: '© Testkacheln' });
    await ready(el);
    await fillValid(el);
    type(el, '#place', 'Haltestelle Europaplatz');
    await el.updateComplete;

    // No pan animation, as for visitors who ask for reduced motion: each key moves at once.
    await emulateMedia({ reducedMotion: 'reduce' });
    const map = await openByKeyboard(el).finally(() => emulateMedia({ reducedMotion: 'no-preference' }));
    expect(el.shadowRoot!.activeElement).to.equal(map);
    const node = await axFind('application', 'Karte: Ort wählen');
    expect(node, 'the map in the accessibility tree').to.not.equal(null);
    expect(node!.description).to.include('Pfeiltasten').and.include('Eingabetaste');
    expect(buttonNamed(el, 'Diesen Ort übernehmen')).to.not.equal(undefined);
    expect(text($(el, '.picker__credits'))).to.equal('Leaflet | © Testkacheln');
    await expect(el).to.be.accessible();

    // It starts on the municipality (to the pixel: Leaflet rounds the map's position).
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const first = draftPoint()!;
    expect(first.lat).to.be.closeTo(centre.lat, 1e-4);
    expect(first.lng).to.be.closeTo(centre.lng, 1e-4);
    expect(text($(el, '.location__chosen'))).to.equal(
      `Auf der Karte gewählt: Breite ${first.lat.toLocaleString('de', { minimumFractionDigits: 5, maximumFractionDigits: 5 })}, Länge ${first.lng.toLocaleString('de', { minimumFractionDigits: 5, maximumFractionDigits: 5 })}`,
    );
    expect($(el, '.location__chosen')!.getAttribute('role')).to.equal('status');

    // East, then take the centre with the button.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    buttonNamed(el, 'Diesen Ort übernehmen')!.click();
    await el.updateComplete;
    const second = draftPoint()!;
    expect(second.lng).to.be.greaterThan(first.lng + 0.001);
    expect(second.lat).to.be.closeTo(first.lat, 1e-4);
    expect($(el, '.picker-marker')).to.not.equal(null);

    // What is sent: the point, exact, labelled with the words typed.
    const bodies: unknown[] = [];
    const originalFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (init?.method === 'POST' && url.endsWith('/concerns') && typeof init.body === 'string')
        bodies.push(JSON.parse(init.body));
      return originalFetch(input, init);
    };
    try {
      ($(el, 'button[part=submit]') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '[part=reference]'), 'no receipt', { timeout: 15_000 });
    } finally {
      globalThis.fetch = originalFetch;
    }
    expect(bodies.length).to.be.greaterThan(0);
    expect((bodies[0] as { location: unknown }).location).to.deep.equal({
      lat: second.lat,
      lng: second.lng,
      label: 'Haltestelle Europaplatz',
      precision: 'exact',
    });
    // The map went with the form.
    expect($(el, '.leaflet-container')).to.equal(null);
  });

  it('by pointer: a click on the map places the marker there', async () => {
    const api = freshApi();
    const centre = await centreOfTuebingen(api);
    const el = await render(api);
    await ready(el);
    $(el, '#map-open')!.click();
    await waitUntil(
      () => $(el, '.picker__map.leaflet-container .leaflet-tile-loaded'),
      'the map did not draw',
      { timeout: 15_000 },
    );
    const map = $(el, '.picker__map')!;
    map.scrollIntoView({ block: 'center' });
    const box = map.getBoundingClientRect();
    // Right of and above the centre: east and north of it.
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2 + 60), Math.round(box.top + box.height / 2 - 40)],
    });
    await waitUntil(() => draftPoint(), 'no point after the click');
    const point = draftPoint()!;
    expect(point.lng).to.be.greaterThan(centre.lng);
    expect(point.lat).to.be.greaterThan(centre.lat);
    expect($(el, '.picker-marker')).to.not.equal(null);
    expect(text($(el, '.location__chosen'))).to.match(
      /^Auf der Karte gewählt: Breite 48,\d{5}, Länge 9,\d{5}$/,
    );
  });

  it('closes to the text, is restored with the draft, and “Ort entfernen” forgets the point', async () => {
    const api = freshApi();
    let el = await render(api);
    await ready(el);
    await openByKeyboard(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const point = draftPoint()!;
    buttonNamed(el, 'Karte schließen')!.click();
    await el.updateComplete;
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('map-open');
    expect(text($(el, '#map-open'))).to.equal('Ort auf der Karte ändern');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    fixtureCleanup();

    el = await render(api);
    await ready(el);
    expect(text($(el, '[part=draft-notice]'))).to.include('Entwurf');
    expect(text($(el, '.location__chosen'))).to.include('Auf der Karte gewählt');
    expect(draftPoint()).to.deep.equal(point);
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Ort entfernen')!.click();
    await el.updateComplete;
    expect(text($(el, '.location__chosen'))).to.equal('');
    expect(draftPoint() ?? null).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('map-open');
    expect(text($(el, '#map-open'))).to.equal('Ort auf der Karte wählen');
  });

  it('speaks Arabic right to left, with the map named and explained', async () => {
    const el = await render(freshApi(), { lang: 'ar', tiles: 'osm' });
    await ready(el);
    await waitUntil(() => text($(el, '#map-open')) === 'اختر المكان على الخريطة', 'Arabic did not load');
    expect(text($(el, '#map-notice'))).to.include('OpenStreetMap');
    expect(getComputedStyle($(el, '[part=base]')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    // The page is offline-only here: open with the local tiles.
    el.tiles = TILES;
    await el.updateComplete;
    await openByKeyboard(el);
    const node = await axFind('application', 'الخريطة: اختيار المكان');
    expect(node, 'the map in the accessibility tree').to.not.equal(null);
    expect(node!.description).to.include('مفاتيح الأسهم');
    await expect(el).to.be.accessible();
  });

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
