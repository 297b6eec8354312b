import { TIME_ZONE, type Locale } from '@kommunaldialog/sdk';
import { intlLocale } from './i18n/locale.js';
import { sharedMessages } from './messages/index.js';

/** An instant: a `Date` or an ISO 8601 string with offset, as the API sends them. */
export type DateInput = Date | string;
export type DateStyle = 'short' | 'medium' | 'long' | 'full';
export type NameWidth = 'long' | 'short' | 'narrow';

/**
 * Dates and times for one locale. Every instant is shown in `Europe/Berlin` (where the events
 * happen) and in the Gregorian calendar, whatever the viewer's zone or the locale's default
 * calendar (Persian for `fa`); the locale's own digits are kept.
 */
export interface Formatter {
  readonly locale: Locale;
  /** `2026-12-03T18:30+01:00` → `03.12.2026` (`de`, medium). */
  date(value: DateInput, style?: DateStyle): string;
  /** `18:30` in Berlin. */
  time(value: DateInput): string;
  dateTime(value: DateInput, style?: DateStyle): string;
  /** Weekday of an instant in Berlin, or of an ISO weekday number (1 = Monday … 7 = Sunday). */
  dayName(value: DateInput | number, width?: NameWidth): string;
  /** Month of an instant in Berlin, or of a month number (1 = January … 12). */
  monthName(value: DateInput | number, width?: NameWidth): string;
  /** `3. Dez. 2026, 18:30–20:00`: shared parts are written once. */
  range(start: DateInput, end: DateInput): string;
  /** First day of the week for this locale in Germany, ISO numbering (1 = Monday). */
  readonly weekStart: number;
  /**
   * "Zeiten in deutscher Zeit (MEZ)" when the viewer's clock differs from Berlin's at `instant`
   * (default: now); `undefined` for viewers on German time.
   */
  timeZoneNote(instant?: DateInput): string | undefined;
}

export interface FormatterOptions {
  /** The viewer's IANA zone. Default: the browser's. Tests inject one. */
  viewerTimeZone?: string;
}

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

function toDate(value: DateInput): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** First weekday in Germany for this language, from `Intl` where it knows week data. */
function weekStartFor(tag: string): number {
  try {
    const locale = new Intl.Locale(`${tag}-DE`) as Intl.Locale & WeekInfoLocale;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    // Engines without week data: fall through.
  }
  // Region DE starts weeks on Monday (DIN 1355 / ISO 8601) for every language we speak.
  return 1;
}

// Made when first asked for: viewers on Berlin's clock never need one. Not a speed-up: the 30–55 ms
// the first `Intl` object of a page costs in Chromium is its locale data, paid by whichever
// formatter, collator or week lookup comes first (measured: this one alone is under 1 ms).
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** `GMT+01:00` for the zone at that instant, or `undefined` for an unknown zone. */
function offsetAt(zone: string, instant: Date): string | undefined {
  let format = offsetFormats.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZoneName: 'longOffset', timeZone: zone });
    } catch {
      return undefined;
    }
    offsetFormats.set(zone, format);
  }
  return format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
}

/** Creates a formatter; prefer {@link formatterFor}, which caches. */
export function createFormatter(locale: Locale, options: FormatterOptions = {}): Formatter {
  const tag = intlLocale(locale);
  const viewerZone = options.viewerTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const base = { timeZone: TIME_ZONE, calendar: 'gregory' } as const;
  const cache = new Map<string, Intl.DateTimeFormat>();
  const dtf = (key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.DateTimeFormat(tag, { ...base, ...opts })));
    return format;
  };
  // Noon UTC of 2026-11-23 (a Monday) and of the 15th: safely inside that day in Berlin.
  const weekdayDate = (isoWeekday: number) => new Date(Date.UTC(2026, 10, 22 + isoWeekday, 12));
  const monthDate = (month: number) => new Date(Date.UTC(2026, month - 1, 15, 12));

  return {
    locale,
    weekStart: weekStartFor(tag),
    date: (value, style = 'medium') => dtf(`d${style}`, { dateStyle: style }).format(toDate(value)),
    time: (value) => dtf('t', { timeStyle: 'short' }).format(toDate(value)),
    dateTime: (value, style = 'medium') =>
      dtf(`dt${style}`, { dateStyle: style, timeStyle: 'short' }).format(toDate(value)),
    dayName: (value, width = 'long') =>
      dtf(`wd${width}`, { weekday: width }).format(typeof value === 'number' ? weekdayDate(value) : toDate(value)),
    monthName: (value, width = 'long') =>
      dtf(`m${width}`, { month: width }).format(typeof value === 'number' ? monthDate(value) : toDate(value)),
    range: (start, end) =>
      dtf('range', { dateStyle: 'medium', timeStyle: 'short' }).formatRange(toDate(start), toDate(end)),
    timeZoneNote(instant = new Date()) {
      // Most viewers are on Berlin's clock: no offsets to compare (two formatToParts a render).
      if (viewerZone === TIME_ZONE) return undefined;
      const at = toDate(instant);
      if (offsetAt(viewerZone, at) === offsetAt(TIME_ZONE, at)) return undefined;
      const zone = dtf('zone', { timeZoneName: 'short' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value;
      return sharedMessages.t(locale, 'timeZoneNote', { zone: zone ?? TIME_ZONE });
    },
  };
}

const formatters = new Map<Locale, Formatter>();

/** The cached formatter of a locale, for the browser's own time zone. */
export function formatterFor(locale: Locale): Formatter {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = createFormatter(locale)));
  return formatter;
}
