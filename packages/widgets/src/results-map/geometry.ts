import type { BBox, Geometry, ResultSummary } from '@kommunaldialog/sdk';

/** `[lng, lat]`, the GeoJSON order. */
export type Position = readonly [number, number];

/** Area-weighted centroid of a polygon's outer ring (the mean of its corners if it is degenerate). */
function ringCentroid(ring: readonly (readonly number[])[]): Position {
  let area = 0;
  let x = 0;
  let y = 0;
  // Indexed reads, no destructuring: this runs for every polygon of a large set, often before
  // the page's code is optimised.
  for (let i = 0; i < ring.length - 1; i++) {
    const x0 = ring[i]![0] ?? 0;
    const y0 = ring[i]![1] ?? 0;
    const x1 = ring[i + 1]![0] ?? 0;
    const y1 = ring[i + 1]![1] ?? 0;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (Math.abs(area) < 1e-12) {
    const corners = ring.slice(0, -1);
    const n = Math.max(1, corners.length);
    return [corners.reduce((s, p) => s + (p[0] ?? 0), 0) / n, corners.reduce((s, p) => s + (p[1] ?? 0), 0) / n];
  }
  return [x / (3 * area), y / (3 * area)];
}

/** One position standing for a geometry: the point itself, or a polygon's centroid. */
export function representativePoint(geometry: Geometry): Position {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  return ringCentroid(geometry.coordinates[0]!);
}

/** `[west, south, east, north]` of a geometry. */
export function geometryBounds(geometry: Geometry): BBox {
  const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates.flat();
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const [lng, lat] of positions) {
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}

/** Bounds of several results, or undefined for none. Runs over 100 000 results: no allocations. */
export function resultsBounds(results: readonly ResultSummary[]): BBox | undefined {
  if (results.length === 0) return undefined;
  let w = 180;
  let s = 90;
  let e = -180;
  let n = -90;
  const add = (position: readonly number[]): void => {
    const lng = position[0]!;
    const lat = position[1]!;
    if (lng < w) w = lng;
    if (lng > e) e = lng;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  };
  for (const { geometry } of results) {
    if (geometry.type === 'Point') add(geometry.coordinates);
    else for (const ring of geometry.coordinates) for (const position of ring) add(position);
  }
  return [w, s, e, n];
}

/** Radius in metres of the circle that stands for an `area` result given only as a point. */
export const AREA_CIRCLE_RADIUS = 400;

/** A stable number in [0, 1) from a string (FNV-1a), so a circle's offset never changes. */
function unitHash(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x1_0000_0000;
}

/**
 * Centre of the approximate circle drawn for an `area` result that the API gives as a point.
 * The circle is moved by up to half its radius in a direction derived from the id, so its centre
 * does not point at the place the area is meant to hide; the point stays inside the circle.
 */
export function approximateCircleCentre(id: string, [lng, lat]: Position): Position {
  const angle = unitHash(id, 1) * 2 * Math.PI;
  const distance = (0.25 + unitHash(id, 2) * 0.25) * AREA_CIRCLE_RADIUS;
  const dLat = (distance * Math.sin(angle)) / 111_320;
  const dLng = (distance * Math.cos(angle)) / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng + dLng, lat + dLat];
}
