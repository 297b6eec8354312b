import type { EventFormat, EventSummary, Locale, Topic } from '@kommunaldialog/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../shared/format.js';
import { intlLocale } from '../shared/i18n/locale.js';
import type { ParamArgs } from '../shared/i18n/types.js';
import { parseKey, type DateKey } from './calendar-dates.js';
import type { CalendarEntry } from './entries.js';
import type { CalendarMessages } from './messages/index.js';

/** A string of the catalog typed `M` in the widget's locale. */
export type TranslateOf<M> = <K extends keyof M & string>(key: K, ...params: ParamArgs<M[K]>) => string;

/** A calendar string in the widget's locale. */
export type Translate = TranslateOf<CalendarMessages>;

/** What the render functions of the calendar's parts need from the element. */
export interface ViewContext {
  t: Translate;
  fmt: Formatter;
  locale: Locale;
  /** Level of the calendar's own heading (the month); day headings are one below. */
  headingLevel: number;
  /** Topic labels by id, once loaded. */
  topics: ReadonlyMap<string, Topic>;
  /** Opens the detail view of an entry; `day` when it was chosen from a day's list. */
  openEntry(entry: CalendarEntry, day?: DateKey): void;
}

const FORMAT_KEYS = {
  buergerdialog: 'formatBuergerdialog',
  infoabend: 'formatInfoabend',
  workshop: 'formatWorkshop',
  'runder-tisch': 'formatRunderTisch',
  sprachcafe: 'formatSprachcafe',
  begegnungsfest: 'formatBegegnungsfest',
  sprechstunde: 'formatSprechstunde',
} as const satisfies Record<EventFormat, keyof CalendarMessages>;

export function formatLabel(ctx: ViewContext, format: EventFormat): string {
  return ctx.t(FORMAT_KEYS[format]);
}

export function topicLabel(ctx: ViewContext, id: string): string {
  const labels = ctx.topics.get(id)?.labels;
  return labels?.[ctx.locale] ?? labels?.de ?? id;
}

/** A noon inside a Berlin day: any formatter puts it on that day, whatever the offset. */
export function dayInstant(key: DateKey): Date {
  const { year, month, day } = parseKey(key);
  return new Date(Date.UTC(year, month - 1, day, 11));
}

const monthTitles = new Map<string, Intl.DateTimeFormat>();

/** "Dezember 2026" in the locale, Gregorian, for the month a key lies in. */
export function monthTitle(locale: Locale, key: DateKey): string {
  let format = monthTitles.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Berlin',
      calendar: 'gregory',
    });
    monthTitles.set(locale, format);
  }
  return format.format(dayInstant(key));
}

export type StatusKind = 'cancelled' | 'postponed' | 'moved-online' | 'skipped';

/** The status worth flagging for an entry, if any. */
export function statusOf(entry: CalendarEntry): StatusKind | undefined {
  if (entry.skipped) return 'skipped';
  const s = entry.event.status;
  return s === 'scheduled' ? undefined : s;
}

/** Short labels of each status; the detail view adds a sentence. */
export const STATUS_LABELS = {
  cancelled: 'statusCancelled',
  postponed: 'statusPostponed',
  'moved-online': 'statusMovedOnline',
  skipped: 'statusSkipped',
} as const;

/**
 * A short visible label ("Abgesagt") before an entry's title; the text is its own, not colour
 * only. Put the title after it as `${' ' + title}`: a space standing alone between two template
 * parts is dropped from the accessible name.
 */
export function statusBadge(ctx: ViewContext, entry: CalendarEntry): TemplateResult | typeof nothing {
  const status = statusOf(entry);
  if (!status) return nothing;
  return html`<span class="badge" data-status=${status}>${ctx.t(STATUS_LABELS[status])}</span>`;
}

/** Start time, or "ganztägig". */
export function startText(ctx: ViewContext, entry: CalendarEntry): string {
  return entry.event.allDay ? ctx.t('allDay') : ctx.fmt.time(entry.start);
}

/** "18:00–20:00" (or "ganztägig") for a line in a list. */
export function timeSpanText(ctx: ViewContext, entry: CalendarEntry): string {
  if (entry.event.allDay) return ctx.t('allDay');
  return `${ctx.fmt.time(entry.start)}–${ctx.fmt.time(entry.end)}`;
}

/** "Donnerstag, 3. Dezember 2026, 18:30–20:30" (or the date and "ganztägig") for the detail view. */
export function whenText(ctx: ViewContext, entry: CalendarEntry): string {
  if (entry.event.allDay) return `${ctx.fmt.date(entry.start, 'full')}, ${ctx.t('allDay')}`;
  return ctx.fmt.range(entry.start, entry.end);
}

/** The place in one line: venue name and city, or "Online". */
export function placeText(ctx: ViewContext, event: EventSummary): string {
  if (event.status === 'moved-online' || !event.venue) return ctx.t('online');
  return `${event.venue.name}, ${event.venue.city}`;
}

/** A heading element at a level the embedding page can set (`heading-level`). */
export function heading(level: number, content: unknown, options: { id?: string; focusable?: boolean } = {}): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${Math.min(6, Math.max(1, level))}
    class="heading"
    id=${options.id ?? nothing}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    ${content}
  </div>`;
}
