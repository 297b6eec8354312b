/**
 * Leaflet, from its source modules: only the parts the results map and the concern form's
 * location picker draw with. The full ES build carries every layer, control and handler
 * (GeoJSON, image and video overlays, tooltips, the layers and scale controls, box zoom …),
 * which made up about 7.6 kB gzip of the map page for nothing. Types stay those of `leaflet`.
 *
 * Importing a handler's module registers it on every map (Leaflet's `addInitHook`); a handler or
 * control not imported here does not exist, whatever a map's options say.
 */
import type * as Leaflet from 'leaflet';
import { createMap } from 'leaflet/src/map/Map.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import * as DomUtilModule from 'leaflet/src/dom/DomUtil.js';
import { toLatLng } from 'leaflet/src/geo/LatLng.js';
import { toLatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import { toPoint } from 'leaflet/src/geometry/Point.js';
import { tileLayer as createTileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { Marker as MarkerClass, marker as createMarker } from 'leaflet/src/layer/marker/Marker.js';
import { divIcon as createDivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { Path as PathClass } from 'leaflet/src/layer/vector/Path.js';
import { polygon as createPolygon } from 'leaflet/src/layer/vector/Polygon.js';
import { circle as createCircle } from 'leaflet/src/layer/vector/Circle.js';
// Gives maps their default renderer for vector layers (SVG).
import 'leaflet/src/layer/vector/Renderer.getRenderer.js';
import { popup as createPopup } from 'leaflet/src/layer/Popup.js';

export type {
  DivIcon,
  LatLng,
  LatLngBounds,
  Layer,
  LeafletMouseEvent,
  Polygon,
  PathOptions,
  Popup,
} from 'leaflet';

export const map = createMap as typeof Leaflet.map;
export const tileLayer = createTileLayer as typeof Leaflet.tileLayer;
export const marker = createMarker as typeof Leaflet.marker;
export const divIcon = createDivIcon as typeof Leaflet.divIcon;
export const polygon = createPolygon as typeof Leaflet.polygon;
export const circle = createCircle as typeof Leaflet.circle;
export const popup = createPopup as typeof Leaflet.popup;
export const latLng = toLatLng as typeof Leaflet.latLng;
export const latLngBounds = toLatLngBounds as typeof Leaflet.latLngBounds;
export const point = toPoint as typeof Leaflet.point;
export const DomUtil = DomUtilModule as typeof Leaflet.DomUtil;

// Classes used with `instanceof` are values and types at once.
export const Marker = MarkerClass as typeof Leaflet.Marker;
export type Marker = Leaflet.Marker;
export const Path = PathClass as typeof Leaflet.Path;
export type Path = Leaflet.Path;
