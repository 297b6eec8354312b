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

export const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/** ISO 8601 with an explicit UTC offset, e.g. `2026-12-03T18:30:00+01:00`. */
export const DateTime = z.iso.datetime({ offset: true });
export const LanguageTag = z
  .string()
  .check(z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/), z.maxLength(35));

export const HttpsUrl = z.url({ protocol: /^https?$/ });
export const Email = z.email();
/** Loose international phone number: digits, spaces, +, -, /, parentheses. */
export const Phone = z.string().check(z.regex(/^\+?[0-9][0-9 ()/-]{4,24}$/));

/**
 * A user-written text: Unicode-normalised to NFC, limited in graphemes, and required to have
 * visible content. It is never trimmed, so what is stored is what the person wrote.
 */
export function userText(maxGraphemes: number, minGraphemes = 1) {
  return z.string().check(
    z.normalize('NFC'),
    z.refine((s) => hasVisibleText(s) || minGraphemes === 0, { message: 'required' }),
    z.refine((s) => graphemeLength(s) <= maxGraphemes, { message: `too_long:${maxGraphemes}` }),
    z.refine((s) => graphemeLength(s) >= minGraphemes, { message: `too_short:${minGraphemes}` }),
  );
}

export const LatLng = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
export type LatLng = z.infer<typeof LatLng>;

/** `[west, south, east, north]` in degrees, the GeoJSON order. */
export const BBox = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
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
  status: z.number().check(z.int(), z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;

/** A cursor page. `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const Limit = z.number().check(z.int(), z.gte(1), z.lte(100));
