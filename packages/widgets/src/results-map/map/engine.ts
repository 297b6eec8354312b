/**
 * The map of `<kd-results-map>`: Leaflet, supercluster and Leaflet's CSS. This module is only
 * ever loaded with a dynamic `import()` once the visitor has agreed to see a map, so the list
 * works (and is small) without it.
 *
 * Host pages may enforce a strict Content Security Policy with Trusted Types, so nothing here
 * (nor in the parts of Leaflet it uses) assigns HTML strings or writes style attributes:
 * Leaflet's zoom and attribution controls do, so the widget renders its own (see `zoomIn()`,
 * `onZoom`), icons are DOM nodes, and popups get elements.
 */
import * as L from './leaflet.js';
import type { BBox, Municipality, ResultStatus, ResultSummary } from '@kommunaldialog/sdk';
import { leafletCss } from './leaflet-css.js';
import { ClusterBuilder, type BuiltIn } from './cluster-builder.js';
import { ResultIndex, emptyCounts, type MapItem, type StatusCounts } from './result-index.js';
import { STATUS_DASH, statusColour, statusIconElement } from '../status.js';
import { AREA_CIRCLE_RADIUS, approximateCircleCentre, geometryBounds } from '../geometry.js';
import type { TileProvider } from '../tiles.js';

export type { StatusCounts } from './result-index.js';

/** Everything the map says, in the widget's locale. */
export interface MapLabels {
  map: string;
  status(status: ResultStatus): string;
  marker(result: ResultSummary): string;
  area(result: ResultSummary): string;
  cluster(counts: StatusCounts, total: number): string;
  /** A cluster's count as shown inside it, formatted as in its name. */
  count(total: number): string;
  group(name: string, counts: StatusCounts, total: number): string;
}

export interface MapEngineOptions {
  /** The element Leaflet takes over; it must have a size. */
  container: HTMLElement;
  /** The widget's shadow root, which adopts Leaflet's CSS. */
  root: ShadowRoot;
  tiles: TileProvider | null;
  dir: 'ltr' | 'rtl';
  labels: MapLabels;
  /** Id of the element that explains the keyboard use (aria-describedby of the map). */
  helpId: string;
  /** A result's marker or area was activated (click, Enter, Space). */
  onSelect(id: string): void;
  /** The zoom changed: whether the widget's zoom buttons can zoom further. */
  onZoom?(state: ZoomState): void;
  /**
   * The results may number in the thousands: start the clustering worker with the map, so that
   * it is ready when they arrive, rather than with the first large set.
   */
  largeSets?: boolean;
}

/** What the zoom buttons need to know. */
export interface ZoomState {
  canZoomIn: boolean;
  canZoomOut: boolean;
}

export interface MapData {
  results: readonly ResultSummary[];
  municipalities: ReadonlyMap<string, Municipality>;
  /** Show one group per municipality at low zoom (the state-wide view). */
  grouped: boolean;
  /** Where to look when there is nothing to show. */
  fallbackBounds?: BBox | undefined;
  /**
   * More results are on their way (the first page of a large set): the map shows these now and
   * fits the view again to the complete set, unless the visitor has moved the map meanwhile.
   */
  partial?: boolean;
}

export interface MapEngine {
  /**
   * Shows `data`. Large sets are clustered off the main thread: the promise resolves once they
   * are drawn (or a later `setData` replaced them).
   */
  setData(data: MapData): Promise<void>;
  setLabels(labels: MapLabels): void;
  /**
   * Highlights a result and shows its popup; `reveal` pans and zooms until it stands alone. A
   * result that is not indexed yet is revealed once `setData` has indexed it.
   */
  select(id: string | undefined, options?: { reveal?: boolean }): void;
  /** Moves keyboard focus to a result's marker or area; false when it is not drawn. */
  focusResult(id: string): boolean;
  /** One zoom level in or out (the widget's zoom buttons); nothing beyond the limits. */
  zoomIn(): void;
  zoomOut(): void;
  /** Current zoom level, for tests and the widget's own bookkeeping. */
  readonly zoom: number;
  /**
   * Where the current results were clustered: `worker`, `main` (in slices, where the page forbids
   * workers), or undefined (on the main thread in one go: a small set, or a medium one without a worker).
   */
  readonly clusteredIn: BuiltIn | undefined;
  destroy(): void;
}

/** Below this zoom the state-wide view shows one group per municipality. */
export const GROUP_ZOOM = 11;
const MARKER_SIZE = 32;
/** Baden-Württemberg, for a map with nothing on it. */
const STATE_BOUNDS: BBox = [7.5, 47.5, 10.5, 49.8];

let sharedSheet: CSSStyleSheet | undefined;

/** Puts Leaflet's CSS into the shadow root, before the widget's own styles so those win. */
function adoptLeafletCss(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(leafletCss);
    }
    if (!root.adoptedStyleSheets.includes(sharedSheet)) root.adoptedStyleSheets = [sharedSheet, ...root.adoptedStyleSheets];
    return;
  }
  if (!root.querySelector('style[data-leaflet]')) {
    const style = document.createElement('style');
    style.dataset['leaflet'] = '';
    style.textContent = leafletCss;
    root.prepend(style);
  }
}

const toLatLngBounds = ([w, s, e, n]: BBox): L.LatLngBounds => L.latLngBounds([s, w], [n, e]);

/** Where Leaflet keeps the listeners it added to an object. */
interface LeafletListeners {
  _leaflet_events?: Record<string, unknown>;
}

/**
 * Leaflet keeps its listeners on the object they listen on, under `_leaflet_events`: a press or
 * drag puts some on `window` (against text selection, image dragging and the pressed element's
 * outline) and on `document`, as does the keyboard handler while the map has focus; removing the
 * listeners leaves the property behind. That would be a global we promise not to add, so once no
 * Leaflet listener is left on them the property goes. One still in use (a second map in its
 * gesture) keeps it.
 */
function forgetLeafletListeners(): void {
  for (const target of [window, document] as LeafletListeners[]) {
    const listeners = target._leaflet_events;
    if (listeners && Object.values(listeners).every((handler) => handler == null)) delete target._leaflet_events;
  }
}

/** Ends of gestures after which Leaflet has let go of window and document. */
const GESTURE_ENDS = ['pointerup', 'mouseup', 'touchend', 'touchcancel', 'keyup'] as const;

function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

interface Drawn {
  item: MapItem;
  layer: L.Layer;
  /** The focusable element (marker icon or SVG path). */
  element: HTMLElement | SVGElement;
  /** Where focus should aim at when this item disappears. */
  latlng: L.LatLng;
}

function isActivation(event: KeyboardEvent): boolean {
  return event.key === 'Enter' || event.key === ' ';
}

export function createMapEngine(options: MapEngineOptions): MapEngine {
  const { container, root, tiles } = options;
  let labels = options.labels;
  const rtl = options.dir === 'rtl';
  adoptLeafletCss(root);

  const animate = !reducedMotion();
  const maxZoom = tiles?.maxZoom ?? 18;
  const map = L.map(container, {
    // Both controls write innerHTML, which Trusted Types forbid: the widget renders its own.
    zoomControl: false,
    attributionControl: false,
    // Leaflet would listen on window (and leave a `_leaflet_events` global there): the
    // ResizeObserver below follows the container itself, which is what matters.
    trackResize: false,
    // Shift-drag zoom needs Leaflet's box styles, which the adopted sheet leaves out; the buttons,
    // the wheel, double-click and the keyboard zoom.
    boxZoom: false,
    maxZoom,
    minZoom: 5,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
  });
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', labels.map);
  container.setAttribute('aria-describedby', options.helpId);
  if (tiles) L.tileLayer(tiles.url, { maxZoom, minZoom: 5, crossOrigin: false }).addTo(map);

  const builder = new ClusterBuilder();
  if (options.largeSets) builder.prepare();
  const index = new ResultIndex(maxZoom - 1, builder);
  const drawn = new Map<string, Drawn>();
  let data: MapData | undefined;
  let selectedId: string | undefined;
  let popup: L.Popup | undefined;
  /** After a cluster or group opened: focus the item nearest to this point once drawn. */
  let focusNear: L.LatLng | undefined;
  let fitted = false;
  /** The view fitted to a first page: while the map still shows it, the complete set is fitted anew. */
  let fittedToPartial: { center: L.LatLng; zoom: number } | undefined;
  /** A reveal asked for before its result was indexed. */
  let revealPending = false;
  let destroyed = false;
  let clusteredIn: BuiltIn | undefined;

  // Leaflet removes its window and document listeners in its own handler of the gesture's end:
  // look after it has run.
  const afterGesture = (): void =>
    void setTimeout(() => {
      // A press on the map hides the pressed element's outline until the next key press, with
      // a listener on window meanwhile. Our focus styles ask for `:focus-visible`, which a
      // press does not match: give the outline back now, and the listener goes with it.
      L.DomUtil.restoreOutline();
      forgetLeafletListeners();
    }, 0);
  for (const type of GESTURE_ENDS) document.addEventListener(type, afterGesture, true);
  // While the map has focus, Leaflet's keyboard handler listens on document; it stops on blur
  // (a handler registered before this one), and the emptied property goes with it.
  map.on('blur', forgetLeafletListeners);

  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);

  function activate(item: MapItem, latlng: L.LatLng): void {
    if (item.kind === 'result' || item.kind === 'area') {
      options.onSelect(item.result.id);
      return;
    }
    focusNear = latlng;
    if (item.kind === 'cluster') {
      map.setView(latlng, Math.min(index.expansionZoom(item.clusterId), maxZoom));
    } else {
      map.fitBounds(toLatLngBounds(item.bounds), { maxZoom: Math.max(GROUP_ZOOM, map.getBoundsZoom(toLatLngBounds(item.bounds))) });
      if (map.getZoom() < GROUP_ZOOM) map.setZoom(GROUP_ZOOM);
    }
  }

  function wire(entry: Drawn): void {
    const { element, item } = entry;
    element.addEventListener('keydown', (event) => {
      const key = event as KeyboardEvent;
      if (!isActivation(key)) return;
      key.preventDefault();
      key.stopPropagation();
      activate(item, entry.latlng);
    });
    entry.layer.on('click', () => activate(item, entry.latlng));
  }

  /** Marks (or unmarks) a drawn result as selected, in place, so keyboard focus stays on it. */
  function highlight(id: string, on: boolean): void {
    const entry = drawn.get(`r:${id}`) ?? drawn.get(`a:${id}`);
    if (!entry) return;
    entry.element.classList.toggle(entry.item.kind === 'area' ? 'kd-area--selected' : 'kd-marker--selected', on);
    if (on) entry.element.setAttribute('aria-current', 'true');
    else entry.element.removeAttribute('aria-current');
    if (entry.layer instanceof L.Path) entry.layer.setStyle({ weight: on ? 4 : 2 });
  }

  function markerIcon(item: MapItem): L.DivIcon {
    if (item.kind === 'result') {
      const selected = item.result.id === selectedId ? ' kd-marker--selected' : '';
      return L.divIcon({
        className: `kd-marker kd-marker--${item.result.status}${selected}`,
        html: statusIconElement(item.result.status),
        iconSize: [MARKER_SIZE, MARKER_SIZE],
        iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
        popupAnchor: [0, -MARKER_SIZE / 2],
      });
    }
    const { counts, total } = item.kind === 'area' ? { counts: emptyCounts(), total: 0 } : item;
    const size = Math.round(36 + Math.min(24, Math.log10(Math.max(total, 1)) * 8));
    const badge = document.createElement('span');
    badge.className = 'kd-cluster__badge';
    badge.style.background = clusterRing(counts, total);
    // Visible text in the order of the name ("Tübingen 12" within "Tübingen: 12 Ergebnisse, …").
    if (item.kind === 'group') {
      const name = document.createElement('span');
      name.className = 'kd-cluster__name';
      name.textContent = `${item.name} `;
      badge.append(name);
    }
    const count = document.createElement('span');
    count.className = 'kd-cluster__count';
    count.textContent = labels.count(total);
    badge.append(count);
    return L.divIcon({
      className: `kd-cluster${item.kind === 'group' ? ' kd-cluster--group' : ''}`,
      html: badge,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
  }

  function labelOf(item: MapItem): string {
    switch (item.kind) {
      case 'result':
        return labels.marker(item.result);
      case 'area':
        return labels.area(item.result);
      case 'cluster':
        return labels.cluster(item.counts, item.total);
      case 'group':
        return labels.group(item.name, item.counts, item.total);
    }
  }

  function areaLayer(result: ResultSummary): L.Path {
    const style: L.PathOptions = {
      className: `kd-area kd-area--${result.status}${result.id === selectedId ? ' kd-area--selected' : ''}`,
      color: 'currentColor',
      weight: result.id === selectedId ? 4 : 2,
      fillOpacity: 0.18,
      dashArray: STATUS_DASH[result.status] ?? '',
      interactive: true,
    };
    const g = result.geometry;
    if (g.type === 'Polygon') return L.polygon(g.coordinates.map((ring) => ring.map(([lng, lat]) => L.latLng(lat, lng))), style);
    const [lng, lat] = approximateCircleCentre(result.id, g.coordinates);
    return L.circle([lat, lng], { ...style, radius: AREA_CIRCLE_RADIUS });
  }

  function outlineLayer(result: ResultSummary): L.Polygon | undefined {
    if (result.geometry.type !== 'Polygon') return undefined;
    return L.polygon(
      result.geometry.coordinates.map((ring) => ring.map(([lng, lat]) => L.latLng(lat, lng))),
      { className: `kd-outline kd-area--${result.status}`, color: 'currentColor', weight: 2, fillOpacity: 0.08, interactive: false },
    );
  }

  function create(item: MapItem, latlng: L.LatLng): Drawn | undefined {
    if (item.kind === 'area') {
      const path = areaLayer(item.result).addTo(map);
      const element = path.getElement() as SVGElement | undefined;
      if (!element) return undefined;
      // Its colour comes from the stylesheet, by the `kd-area--<status>` class.
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', labelOf(item));
      if (item.result.id === selectedId) element.setAttribute('aria-current', 'true');
      return { item, layer: path, element, latlng };
    }
    const marker = L.marker(latlng, { icon: markerIcon(item), keyboard: true, riseOnHover: true }).addTo(map);
    const element = marker.getElement();
    if (!element) return undefined;
    element.setAttribute('aria-label', labelOf(item));
    element.title = labelOf(item);
    if (item.kind === 'result' && item.result.id === selectedId) element.setAttribute('aria-current', 'true');
    if (item.kind === 'result') {
      const outline = outlineLayer(item.result);
      if (outline) {
        outline.addTo(map);
        marker.on('remove', () => outline.remove());
      }
    }
    return { item, layer: marker, element, latlng };
  }

  /** Markers at the same spot (two results in one town hall) fan out around it. */
  function spread(items: { item: MapItem; latlng: L.LatLng }[]): void {
    const byPlace = new Map<string, { item: MapItem; latlng: L.LatLng }[]>();
    for (const entry of items) {
      if (entry.item.kind !== 'result') continue;
      const key = `${entry.latlng.lat.toFixed(6)},${entry.latlng.lng.toFixed(6)}`;
      const list = byPlace.get(key);
      if (list) list.push(entry);
      else byPlace.set(key, [entry]);
    }
    for (const group of byPlace.values()) {
      if (group.length < 2) continue;
      const centre = map.latLngToLayerPoint(group[0]!.latlng);
      const radius = MARKER_SIZE * 0.75 * Math.max(1, group.length / 4);
      group.forEach((entry, i) => {
        const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
        entry.latlng = map.layerPointToLatLng(centre.add(L.point(Math.cos(angle) * radius, Math.sin(angle) * radius)));
      });
    }
  }

  /** Draws what the viewport needs; keeps existing markers (and focus) where they stay. */
  function draw(): void {
    if (!data) return;
    const zoom = map.getZoom();
    const b = map.getBounds().pad(0.25);
    const bbox: BBox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const items = (data.grouped && zoom < GROUP_ZOOM ? index.groups() : index.items(bbox, zoom)).map((item) => ({
      item,
      latlng: L.latLng(item.position[1], item.position[0]),
    }));
    // The selected result is always on the map, even inside a cluster.
    if (selectedId && index.ready && !items.some((e) => (e.item.kind === 'result' || e.item.kind === 'area') && e.item.result.id === selectedId)) {
      const extra = index.single(selectedId);
      if (extra) items.push({ item: extra, latlng: L.latLng(extra.position[1], extra.position[0]) });
    }
    spread(items);
    // Reading order for Tab: north to south, then in the writing direction.
    items.sort((a, c) => c.latlng.lat - a.latlng.lat || (rtl ? c.latlng.lng - a.latlng.lng : a.latlng.lng - c.latlng.lng));

    const active = root.activeElement;
    let lostFocusAt: L.LatLng | undefined;
    const wanted = new Set(items.map((e) => e.item.key));
    for (const [key, entry] of drawn) {
      if (wanted.has(key)) continue;
      if (active && entry.element === active) lostFocusAt = entry.latlng;
      entry.layer.remove();
      drawn.delete(key);
    }
    for (const { item, latlng } of items) {
      const existing = drawn.get(item.key);
      if (existing) {
        if (existing.layer instanceof L.Marker && !existing.latlng.equals(latlng)) existing.layer.setLatLng(latlng);
        existing.latlng = latlng;
        continue;
      }
      const entry = create(item, latlng);
      if (!entry) continue;
      wire(entry);
      drawn.set(item.key, entry);
    }
    const target = focusNear ?? lostFocusAt;
    focusNear = undefined;
    if (target) focusNearest(target);
  }

  function focusNearest(latlng: L.LatLng): void {
    const point = map.latLngToContainerPoint(latlng);
    let best: Drawn | undefined;
    let bestDistance = Infinity;
    for (const entry of drawn.values()) {
      const distance = map.latLngToContainerPoint(entry.latlng).distanceTo(point);
      if (distance < bestDistance) [best, bestDistance] = [entry, distance];
    }
    (best?.element ?? container).focus({ preventScroll: true });
  }

  /** Takes every marker, cluster and area off the map. */
  function clearDrawn(): void {
    for (const entry of drawn.values()) entry.layer.remove();
    drawn.clear();
  }

  function redrawAll(): void {
    clearDrawn();
    draw();
  }

  function fitToData(): void {
    const bounds = data && data.results.length > 0 ? index.bounds() : (data?.fallbackBounds ?? STATE_BOUNDS);
    map.fitBounds(toLatLngBounds(bounds ?? STATE_BOUNDS), { animate: false, padding: [24, 24], maxZoom: 15 });
  }

  function openPopup(result: ResultSummary): void {
    const entry = drawn.get(`r:${result.id}`) ?? drawn.get(`a:${result.id}`);
    const at = entry?.latlng ?? L.latLng(index.position(result.id)?.[1] ?? 0, index.position(result.id)?.[0] ?? 0);
    const content = document.createElement('div');
    content.dir = options.dir;
    const title = document.createElement('strong');
    title.textContent = result.title;
    const status = document.createElement('span');
    status.textContent = labels.status(result.status);
    content.append(title, document.createElement('br'), status);
    popup = L.popup({ closeButton: false, autoPan: false, closeOnEscapeKey: false, closeOnClick: false, className: 'kd-popup', offset: [0, entry?.item.kind === 'result' ? -MARKER_SIZE / 2 : 0] })
      .setLatLng(at)
      .setContent(content)
      .openOn(map);
    // The detail panel says the same; screen readers should not hear it twice.
    popup.getElement()?.setAttribute('aria-hidden', 'true');
  }

  map.on('moveend', draw);

  /** Pans and zooms until `result` stands alone on the map. */
  function reveal(result: ResultSummary): void {
    const position = index.position(result.id)!;
    const latlng = L.latLng(position[1], position[0]);
    let zoom = Math.max(map.getZoom(), index.unclusteredZoom(result.id, map.getZoom()), data?.grouped ? GROUP_ZOOM : 0);
    if (result.geometry.type === 'Polygon') zoom = Math.min(zoom, Math.max(GROUP_ZOOM, map.getBoundsZoom(toLatLngBounds(geometryBounds(result.geometry)))));
    map.setView(latlng, Math.min(zoom, maxZoom), { animate: false });
  }

  function reportZoom(): void {
    const zoom = map.getZoom();
    // Before the first view is set Leaflet has no zoom yet.
    if (!Number.isFinite(zoom)) return;
    options.onZoom?.({ canZoomIn: zoom < map.getMaxZoom(), canZoomOut: zoom > map.getMinZoom() });
  }
  map.on('zoomend zoomlevelschange', reportZoom);

  return {
    get zoom() {
      return map.getZoom();
    },

    get clusteredIn() {
      return clusteredIn;
    },

    async setData(next) {
      const current = await index.load(next.results, next.municipalities);
      if (!current || destroyed) return;
      data = next;
      clusteredIn = index.builtIn;
      // What the old data drew goes now: fitting the view below draws the new data (Leaflet's
      // moveend), which a redraw afterwards would build a second time and throw the first away.
      clearDrawn();
      const refit =
        !fitted ||
        (fittedToPartial !== undefined && map.getZoom() === fittedToPartial.zoom && map.getCenter().equals(fittedToPartial.center));
      if (refit) {
        fitted = true;
        fitToData();
      }
      fittedToPartial = next.partial && refit ? { center: map.getCenter(), zoom: map.getZoom() } : undefined;
      const result = selectedId ? index.result(selectedId) : undefined;
      if (result && revealPending) reveal(result);
      // A result missing from a first page may come with the rest.
      if (result || !next.partial) revealPending = false;
      // Adds only what a moveend above has not drawn yet (nothing, when the view moved).
      draw();
      if (result) openPopup(result);
    },

    setLabels(next) {
      labels = next;
      container.setAttribute('aria-label', labels.map);
      redrawAll();
    },

    select(id, options = {}) {
      const previous = selectedId;
      selectedId = id;
      map.closePopup();
      popup = undefined;
      if (previous !== id) {
        for (const x of [previous, id]) if (x) highlight(x, x === id);
      }
      const result = id ? index.result(id) : undefined;
      // Not indexed yet (the results are still being clustered): setData reveals it.
      revealPending = Boolean(id && options.reveal && !result);
      if (result && options.reveal && !revealPending) reveal(result);
      draw();
      if (result) openPopup(result);
    },

    focusResult(id) {
      const entry = drawn.get(`r:${id}`) ?? drawn.get(`a:${id}`);
      if (!entry) return false;
      entry.element.focus({ preventScroll: true });
      return true;
    },

    zoomIn() {
      if (map.getZoom() < map.getMaxZoom()) map.zoomIn();
    },

    zoomOut() {
      if (map.getZoom() > map.getMinZoom()) map.zoomOut();
    },

    destroy() {
      destroyed = true;
      builder.dispose();
      resize.disconnect();
      map.off();
      map.remove();
      drawn.clear();
      for (const type of GESTURE_ENDS) document.removeEventListener(type, afterGesture, true);
      forgetLeafletListeners();
    },
  };
}

/** The ring around a cluster's count: one arc per status, in the status order. */
function clusterRing(counts: StatusCounts, total: number): string {
  if (total === 0) return statusColour('planned');
  let start = 0;
  const stops: string[] = [];
  for (const [status, count] of Object.entries(counts) as [ResultStatus, number][]) {
    if (count === 0) continue;
    const end = start + (count / total) * 360;
    stops.push(`${statusColour(status)} ${start.toFixed(1)}deg ${end.toFixed(1)}deg`);
    start = end;
  }
  return `conic-gradient(${stops.join(', ')})`;
}
