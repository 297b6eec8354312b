// Tree-shaking: zod's factories are marked free of side effects, a method call on their result
// (`.check(…)`) is not. The PURE annotation before each such chain lets a bundler drop every
// schema a widget does not use; without it, using one schema of a module keeps all of them.
import * as z from 'zod/mini';
import { graphemeLength, hasVisibleText } from '../text.js';

/** Languages the widgets speak. `de` is the source language. */
export const UI_LANGUAGES = ['de', 'en', 'ar', 'fa', 'uk', 'tr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** German "Leichte Sprache" (easy-to-read German) is a locale of its own (BCP 47 private use). */
export const EASY_GERMAN = 'de-x-ls' as const;
export const LOCALES = [...UI_LANGUAGES, EASY_GERMAN] as const;
export type Locale = (typeof LOCALES)[number];

/** Every event and time in this API lives in one zone. */
export const TIME_ZONE = 'Europe/Berlin' as const;

export const Slug = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/**
 * ISO 8601 with an explicit UTC offset (`Z` or `±hh:mm`), e.g. `2026-12-03T18:30:00+01:00`; seconds
 * required, fractions optional, and only days the calendar has (no 30 February, no 24:00).
 */
// The same pattern `z.iso.datetime({ offset: true })` builds at run time, written out: the builder
// costs more bytes in every widget than the literal (issue 7, byte budget).
export const DateTime = /* @__PURE__ */ z.stringFormat(
  'datetime',
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
);
export const LanguageTag = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/), z.maxLength(35));

/** An absolute `http:` or `https:` URL (scheme in any case) with a host and without white space. */
export const HttpsUrl = /* @__PURE__ */ z.stringFormat(
  'url',
  /^[Hh][Tt]{2}[Pp][Ss]?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/,
);
/** zod's practical e-mail pattern (what `z.email()` checks), without the class around it. */
export const Email = /* @__PURE__ */ z.stringFormat(
  'email',
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
);
/** Loose international phone number: digits, spaces, +, -, /, parentheses. */
export const Phone = /* @__PURE__ */ z.string().check(z.regex(/^\+?[0-9][0-9 ()/-]{4,24}$/));

/**
 * A user-written text: Unicode-normalised to NFC, limited in graphemes, and required to have
 * visible content. It is never trimmed, so what is stored is what the person wrote.
 */
/* @__NO_SIDE_EFFECTS__ */
export function userText(maxGraphemes: number, minGraphemes = 1) {
  return z.string().check(
    z.normalize('NFC'),
    z.refine((s) => hasVisibleText(s) || minGraphemes === 0, { message: 'required' }),
    z.refine((s) => graphemeLength(s) <= maxGraphemes, { message: `too_long:${maxGraphemes}` }),
    z.refine((s) => graphemeLength(s) >= minGraphemes, { message: `too_short:${minGraphemes}` }),
  );
}

export const LatLng = z.object({
  lat: /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  lng: /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
});
export type LatLng = z.infer<typeof LatLng>;

/** `[west, south, east, north]` in degrees, the GeoJSON order. */
export const BBox = z.tuple([
  /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
]);
export type BBox = z.infer<typeof BBox>;

/** Exact for a bus stop; `area` for anything near housing, never drawn as a point. */
export const Precision = z.enum(['exact', 'area']);
export type Precision = z.infer<typeof Precision>;

/** Labels in every UI language; Leichte Sprache where one was written. */
export const LocalizedText = z.object({
  de: z.string(),
  en: z.string(),
  ar: z.string(),
  fa: z.string(),
  uk: z.string(),
  tr: z.string(),
  'de-x-ls': z.optional(z.string()),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** One field error inside a problem document. `path` is dotted: `contact.email`. */
export const FieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every error response of the API carries them. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.number().check(z.int(), z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;

/** A cursor page. `nextCursor` is null on the last page. */
/* @__NO_SIDE_EFFECTS__ */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const Limit = /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(100));
