import * as z from 'zod/mini';

export const LatLng = /* @__PURE__ */ z.object({
  lat: /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  lng: /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
});
export type LatLng = z.infer<typeof LatLng>;

/** `[west, south, east, north]` in degrees, the GeoJSON order. */
export const BBox = /* @__PURE__ */ z.tuple([
  /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
]);
export type BBox = z.infer<typeof BBox>;

/** Exact for a bus stop; `area` for anything near housing, never drawn as a point. */
export const Precision = /* @__PURE__ */ z.enum(['exact', 'area']);
export type Precision = z.infer<typeof Precision>;
