/**
 * The map of the location picker: Leaflet with a crosshair at its centre. Only ever loaded with
 * a dynamic `import()` once the person asked for a map, and it imports Leaflet and its CSS from
 * the same modules as the results map, so a page with both downloads that code once.
 *
 * Like the results map it writes no HTML strings and no style attributes (strict CSP, Trusted
 * Types): no Leaflet controls, and the marker is a DOM node.
 */
import * as L from '../../results-map/map/leaflet.js';
import type { LatLng } from '@kommunaldialog/sdk';
import { leafletCss } from '../../results-map/map/leaflet-css.js';
import type { TileProvider } from '../../results-map/tiles.js';
import { pickerStyles } from './picker.styles.js';

export interface PickerMapOptions {
  /** The element Leaflet takes over; it must have a size. */
  container: HTMLElement;
  /** The form's shadow root, which adopts Leaflet's CSS. */
  root: ShadowRoot;
  tiles: TileProvider | null;
  centre: LatLng;
  zoom: number;
  /** The place chosen before, shown as the marker. */
  marker: LatLng | null;
  /** Accessible name of the map and the id of its instructions. */
  label: string;
  helpId: string;
  /** A point was chosen: by click or tap, or the centre by Enter. */
  onPick(point: LatLng): void;
}

export interface PickerMap {
  /** The point under the crosshair. */
  readonly centre: LatLng;
  setMarker(point: LatLng | null): void;
  setLabel(label: string): void;
  zoomIn(): void;
  zoomOut(): void;
  destroy(): void;
}

/** About 10 cm: more would only pretend to be exact. */
const round = (value: number): number => Math.round(value * 1e6) / 1e6;
const toPoint = (latlng: L.LatLng): LatLng => {
  const wrapped = latlng.wrap();
  return { lat: round(wrapped.lat), lng: round(wrapped.lng) };
};

let leafletSheet: CSSStyleSheet | undefined;

/**
 * Puts Leaflet's CSS into the shadow root before the form's own styles (so those win), and the
 * picker's after them.
 */
function adoptStyles(root: ShadowRoot): void {
  const pickerSheet = pickerStyles.styleSheet;
  if ('adoptedStyleSheets' in root && pickerSheet && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!leafletSheet) {
      leafletSheet = new CSSStyleSheet();
      leafletSheet.replaceSync(leafletCss);
    }
    const others = root.adoptedStyleSheets.filter((sheet) => sheet !== leafletSheet && sheet !== pickerSheet);
    root.adoptedStyleSheets = [leafletSheet, ...others, pickerSheet];
    return;
  }
  if (!root.querySelector('style[data-picker]')) {
    const leaflet = document.createElement('style');
    leaflet.textContent = leafletCss;
    const picker = document.createElement('style');
    picker.dataset['picker'] = '';
    picker.textContent = pickerStyles.cssText;
    root.prepend(leaflet);
    root.append(picker);
  }
}

function markerIcon(): L.DivIcon {
  const pin = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  pin.setAttribute('viewBox', '0 0 24 32');
  pin.setAttribute('aria-hidden', 'true');
  pin.setAttribute('focusable', 'false');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M12 1C6 1 1.5 5.4 1.5 11.2 1.5 19 12 31 12 31s10.5-12 10.5-19.8C22.5 5.4 18 1 12 1zm0 14.5a4.3 4.3 0 1 1 0-8.6 4.3 4.3 0 0 1 0 8.6z');
  pin.append(path);
  return L.divIcon({ className: 'picker-marker', html: pin, iconSize: [32, 40], iconAnchor: [16, 40] });
}

export function createPickerMap(options: PickerMapOptions): PickerMap {
  const { container, tiles } = options;
  adoptStyles(options.root);
  const maxZoom = tiles?.maxZoom ?? 18;
  const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const map = L.map(container, {
    // Both controls write innerHTML, which Trusted Types forbid: the form renders its own.
    zoomControl: false,
    attributionControl: false,
    trackResize: false,
    maxZoom,
    minZoom: 5,
    zoomAnimation: !reduced,
    fadeAnimation: !reduced,
    markerZoomAnimation: !reduced,
  }).setView([options.centre.lat, options.centre.lng], options.zoom);
  if (reduced) {
    // Leaflet's keyboard handler pans with an animation whatever the zoom options say.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, panOptions) => panBy(offset, { ...panOptions, animate: false });
  }
  // Arrow keys pan, + and − zoom (Leaflet's keyboard handler); a screen reader has to pass
  // them through, which it does in an application.
  container.setAttribute('role', 'application');
  container.setAttribute('aria-label', options.label);
  container.setAttribute('aria-describedby', options.helpId);
  if (tiles) L.tileLayer(tiles.url, { maxZoom, minZoom: 5 }).addTo(map);

  let marker: L.Marker | undefined;
  const setMarker = (point: LatLng | null): void => {
    marker?.remove();
    marker = point ? L.marker([point.lat, point.lng], { icon: markerIcon(), interactive: false, keyboard: false }).addTo(map) : undefined;
    marker?.getElement()?.setAttribute('aria-hidden', 'true');
  };
  setMarker(options.marker);

  map.on('click', (event: L.LeafletMouseEvent) => {
    const point = toPoint(event.latlng);
    setMarker(point);
    options.onPick(point);
  });
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.target !== container) return;
    event.preventDefault();
    const point = toPoint(map.getCenter());
    setMarker(point);
    options.onPick(point);
  });

  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);

  return {
    get centre() {
      return toPoint(map.getCenter());
    },
    setMarker,
    setLabel(label) {
      container.setAttribute('aria-label', label);
    },
    zoomIn() {
      if (map.getZoom() < map.getMaxZoom()) map.zoomIn();
    },
    zoomOut() {
      if (map.getZoom() > map.getMinZoom()) map.zoomOut();
    },
    destroy() {
      resize.disconnect();
      map.off();
      map.remove();
    },
  };
}
