// Tree-shaking: zod's factories are marked free of side effects, a method call on their result
// (`.check(…)`) is not. The PURE annotation before each such chain lets a bundler drop every
// schema a widget does not use; without it, using one schema of a module keeps all of them.
import * as z from 'zod/mini';

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

/** Labels in every UI language; Leichte Sprache where one was written. */
export const LocalizedText = /* @__PURE__ */ z.object({
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
export const FieldError = /* @__PURE__ */ z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every error response of the API carries them. */
export const Problem = /* @__PURE__ */ z.looseObject({
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

/**
 * The largest page the API serves. A month of a busy calendar (5 000 events) or a state-wide results
 * map (10 000 results) arrives in a handful of requests instead of a hundred sequential ones.
 */
export const PAGE_LIMIT_MAX = 1000;
/** The page size when a request names none. */
export const PAGE_LIMIT_DEFAULT = 50;
export const Limit = /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(PAGE_LIMIT_MAX));
