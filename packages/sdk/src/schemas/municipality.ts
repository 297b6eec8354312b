import * as z from 'zod/mini';
import { Slug, pageOf } from './common.js';
import { Email, HttpsUrl, Phone } from './contact.js';
import { BBox, LatLng } from './geo.js';

export const Municipality = /* @__PURE__ */ z.object({
  id: Slug,
  name: z.string(),
  officialName: z.optional(z.string()),
  /** Amtlicher Gemeindeschlüssel, 8 digits. */
  ags: /* @__PURE__ */ z.string().check(z.regex(/^\d{8}$/)),
  district: z.string(),
  state: z.string(),
  population: z.optional(
    z.object({
      count: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
      year: /* @__PURE__ */ z.number().check(z.int()),
    }),
  ),
  centre: LatLng,
  bbox: BBox,
  website: HttpsUrl,
  privacyUrl: HttpsUrl,
  contact: z.object({
    office: z.string(),
    email: Email,
    phone: z.optional(Phone),
    address: z.optional(z.string()),
  }),
});
export type Municipality = z.infer<typeof Municipality>;
/** One page of `GET /municipalities`. */
export const MunicipalityPage = /* @__PURE__ */ pageOf(Municipality);
