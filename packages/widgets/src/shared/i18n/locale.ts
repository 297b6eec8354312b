import { LOCALES, UI_LANGUAGES, type Locale } from '@kommunaldialog/sdk';

const RTL_LOCALES: ReadonlySet<Locale> = new Set(['ar', 'fa']);

/**
 * Maps any BCP 47 tag to a locale the widgets speak: exact match first (`de-x-ls`), then the
 * primary subtag (`en-GB` → `en`, `de-AT-x-ls` → `de-x-ls`), else German.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  const exact = LOCALES.find((l) => l === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0];
  if (primary === 'de' && /-x-(?:.+-)?ls(?:-|$)/.test(lower)) return 'de-x-ls';
  return UI_LANGUAGES.find((l) => l === primary) ?? 'de';
}

/** The tag to hand to `Intl`: Leichte Sprache is German as far as dates and numbers go. */
export function intlLocale(locale: Locale): string {
  return locale === 'de-x-ls' ? 'de' : locale;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}
