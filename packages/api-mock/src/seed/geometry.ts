import type { Geometry } from '@kommunaldialog/sdk';

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A closed ring, as GeoJSON wants it: first position repeated at the end, counter-clockwise. */
function close(ring: [number, number][]): [number, number][] {
  return [...ring, ring[0]!];
}

export function point(lat: number, lng: number): Geometry {
  return { type: 'Point', coordinates: [round(lng), round(lat)] };
}

/**
 * An irregular polygon around a centre: `corners` points at a radius that varies by up to a
 * third, so an area reads as a neighbourhood, not as a circle drawn around one house.
 */
export function blob(lat: number, lng: number, radius: number, corners: number, jitter: () => number): Geometry {
  const ring: [number, number][] = [];
  // A degree of longitude is shorter than one of latitude this far north.
  const lngScale = 1 / Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i < corners; i++) {
    const angle = (2 * Math.PI * i) / corners;
    const r = radius * (0.8 + jitter() * 0.4);
    ring.push([round(lng + Math.cos(angle) * r * lngScale), round(lat + Math.sin(angle) * r)]);
  }
  return { type: 'Polygon', coordinates: [close(ring)] };
}

/** A rectangle, e.g. a playground or a square. */
export function rectangle(lat: number, lng: number, halfHeight: number, halfWidth: number): Geometry {
  return {
    type: 'Polygon',
    coordinates: [
      close([
        [round(lng - halfWidth), round(lat - halfHeight)],
        [round(lng + halfWidth), round(lat - halfHeight)],
        [round(lng + halfWidth), round(lat + halfHeight)],
        [round(lng - halfWidth), round(lat + halfHeight)],
      ]),
    ],
  };
}

/** A narrow strip between two points: a footpath or a stretch of road. */
export function corridor(a: { lat: number; lng: number }, b: { lat: number; lng: number }, halfWidth: number): Geometry {
  const dx = b.lng - a.lng;
  const dy = b.lat - a.lat;
  const length = Math.hypot(dx, dy) || 1;
  const nx = (-dy / length) * halfWidth;
  const ny = (dx / length) * halfWidth;
  return {
    type: 'Polygon',
    coordinates: [
      close([
        [round(a.lng + nx), round(a.lat + ny)],
        [round(a.lng - nx), round(a.lat - ny)],
        [round(b.lng - nx), round(b.lat - ny)],
        [round(b.lng + nx), round(b.lat + ny)],
      ]),
    ],
  };
}

/** `[west, south, east, north]` of a geometry. */
export function geometryBbox(g: Geometry): [number, number, number, number] {
  const positions = g.type === 'Point' ? [g.coordinates] : g.coordinates.flat();
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positions) {
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}
