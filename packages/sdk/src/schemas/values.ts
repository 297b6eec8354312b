// Plain values the schemas are built from, in a module without zod: widgets read these on their
// first screen (filter choices, languages), and a bundler keeps a module whole, so constants that
// sat beside the schemas would bring the schemas, and zod, into every page.

/** Languages the widgets speak. `de` is the source language. */
export const UI_LANGUAGES = ['de', 'en', 'ar', 'fa', 'uk', 'tr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** German "Leichte Sprache" (easy-to-read German) is a locale of its own (BCP 47 private use). */
export const EASY_GERMAN = 'de-x-ls' as const;
export const LOCALES = [...UI_LANGUAGES, EASY_GERMAN] as const;
export type Locale = (typeof LOCALES)[number];

/** Every event and time in this API lives in one zone. */
export const TIME_ZONE = 'Europe/Berlin' as const;

/**
 * The largest page the API serves. A month of a busy calendar (5 000 events) or a state-wide results
 * map (10 000 results) arrives in a handful of requests instead of a hundred sequential ones.
 */
export const PAGE_LIMIT_MAX = 1000;
/** The page size when a request names none. */
export const PAGE_LIMIT_DEFAULT = 50;

export const EVENT_FORMATS = [
  'buergerdialog',
  'infoabend',
  'workshop',
  'runder-tisch',
  'sprachcafe',
  'begegnungsfest',
  'sprechstunde',
] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;

export const RESULT_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'discarded'] as const;

export const CONCERN_KINDS = ['concern', 'question', 'idea', 'offer'] as const;
export const CONCERN_STATUSES = ['received', 'in-review', 'answered', 'discussed', 'addressed'] as const;
export const CONCERN_TITLE_MAX = 120;
export const CONCERN_DESCRIPTION_MAX = 4000;
