import { expandOccurrences, formatBerlinIso, type EventSummary, type Locale } from '@kommunaldialog/sdk';
import { addDays, daysCovered, startOfDay, type DateKey } from './calendar-dates.js';

/**
 * One occurrence of an event as the calendar shows it. The calendar lists summaries; the detail
 * view holds the same entry with the whole event (`CalendarEntry<DialogEvent>`).
 */
export interface CalendarEntry<E extends EventSummary = EventSummary> {
  event: E;
  /** Start and end of this occurrence (ISO with Berlin offset). */
  start: string;
  end: string;
  /** Unique per occurrence: event id and start. */
  key: string;
  /** A single date of a recurring event that does not take place (`recurrence.exdates`). */
  skipped: boolean;
  /** `start` and `end` in epoch ms, for sorting and grouping without parsing the text again. */
  startMs: number;
  endMs: number;
}

/** Needs a visitor can filter by. None of them is an API query parameter yet. */
export const ACCESS_NEEDS = ['interpretation', 'stepFree', 'signLanguage', 'childcare'] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

/**
 * Interpretation languages that serve a visitor reading the widget in `locale`. Dari (`prs`)
 * is the Persian of Afghanistan: interpreters booked for it serve Farsi readers too.
 */
export function interpretationLanguagesFor(locale: Locale): string[] {
  const primary = locale.split('-')[0]!;
  if (primary === 'de') return [];
  return primary === 'fa' ? ['fa', 'prs'] : [primary];
}

/**
 * Whether an event meets every selected need. Applied in the browser: the API has no query
 * parameters for accessibility, so the calendar loads the range and filters what it shows.
 */
export function meetsNeeds(event: EventSummary, needs: ReadonlySet<AccessNeed>, locale: Locale): boolean {
  const a = event.accessibility;
  for (const need of needs) {
    if (need === 'interpretation') {
      const wanted = interpretationLanguagesFor(locale);
      // Nothing to interpret into for German readers: the need is met everywhere.
      if (wanted.length > 0 && !a.interpretation.some((tag) => wanted.includes(tag.toLowerCase().split('-')[0]!))) return false;
    } else if (!a[need]) {
      return false;
    }
  }
  return true;
}

/** An occurrence from `start` to `end`; pass their epoch ms when already known. */
export function toEntry<E extends EventSummary>(
  event: E,
  start: string,
  end: string,
  skipped = false,
  startMs = Date.parse(start),
  endMs = Date.parse(end),
): CalendarEntry<E> {
  return { event, start, end, key: `${event.id}@${start}`, skipped, startMs, endMs };
}

/**
 * Every occurrence of `events` that overlaps `[from, to)`, recurring events expanded in Berlin
 * wall-clock time (so an 18:00 event stays at 18:00 across clock changes), plus the dates a
 * series skips, marked as such. Sorted by start, then title.
 */
export function expandEntries(events: readonly EventSummary[], from: Date, to: Date): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  const fromMs = from.getTime();
  const toMs = to.getTime();
  for (const event of events) {
    if (!event.recurrence) {
      // A one-off event is its own occurrence (the same overlap rule as expandOccurrences, where a
      // zero-length event at `from` counts): no rewriting of its times, which for 5 000 events costs.
      const s = Date.parse(event.start);
      const e = Date.parse(event.end);
      if (s < toMs && (e > fromMs || (e === s && s >= fromMs))) out.push(toEntry(event, event.start, event.end, false, s, e));
      continue;
    }
    for (const o of expandOccurrences(event, from, to, 400)) out.push(toEntry(event, o.start, o.end));
    const exdates = event.recurrence?.exdates;
    if (exdates) {
      const duration = Date.parse(event.end) - Date.parse(event.start);
      for (const exdate of exdates) {
        const s = Date.parse(exdate);
        if (s < toMs && s + duration > fromMs) out.push(toEntry(event, formatBerlinIso(s), formatBerlinIso(s + duration), true, s, s + duration));
      }
    }
  }
  return out.sort(compareEntries);
}

export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  return a.startMs - b.startMs || (a.event.title < b.event.title ? -1 : a.event.title > b.event.title ? 1 : 0);
}

/** Entries by Berlin day; an entry spanning several days appears on each of them. */
export function groupByDay(entries: readonly CalendarEntry[]): Map<DateKey, CalendarEntry[]> {
  const days = new Map<DateKey, CalendarEntry[]>();
  // Sorted entries mostly lie within the day of the one before: the bounds of that day answer
  // without looking up the day of each start and end.
  let dayStart = 0;
  let dayEnd = -Infinity;
  let dayList: CalendarEntry[] = [];
  for (const e of entries) {
    // An end at or before the start lies within the day too: it is below dayEnd.
    if (e.startMs >= dayStart && e.startMs < dayEnd && e.endMs <= dayEnd) {
      dayList.push(e);
      continue;
    }
    const keys = daysCovered(e.startMs, e.endMs);
    for (const key of keys) {
      let list = days.get(key);
      if (!list) days.set(key, (list = []));
      list.push(e);
    }
    if (keys.length === 1) {
      const key = keys[0]!;
      dayStart = +startOfDay(key);
      dayEnd = +startOfDay(addDays(key, 1));
      dayList = days.get(key)!;
    }
  }
  return days;
}

/** True when an entry is no longer worth showing as upcoming: it has ended. */
export function hasEnded(e: CalendarEntry, now: number): boolean {
  return e.endMs <= now;
}
