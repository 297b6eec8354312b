import { berlinDateParts, berlinWallClockToInstant, formatBerlinIso } from '@kommunaldialog/sdk';

/** A Berlin calendar day, counted as whole days since 1970-01-01 (plain integer arithmetic). */
export type DayNumber = number;

const DAY = 86_400_000;

/** The Berlin calendar day `now` falls on. */
export function berlinDay(now: Date): DayNumber {
  const p = berlinDateParts(now);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function weekdayOf(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The first day on or after `day` whose weekday is in `weekdays`. */
export function nextWeekday(day: DayNumber, weekdays: readonly number[]): DayNumber {
  for (let d = day; d < day + 7; d++) if (weekdays.includes(weekdayOf(d))) return d;
  return day;
}

/** Berlin wall-clock time on a day, as an ISO string with its offset. */
export function berlinIso(day: DayNumber, hour: number, minute = 0): string {
  const key = (day * 24 + hour) * 60 + minute;
  let iso = isoCache.get(key);
  if (iso === undefined) {
    const d = new Date(day * DAY);
    iso = formatBerlinIso(berlinWallClockToInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute));
    // The generators ask for the same few thousand times over and over.
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(key, iso);
  }
  return iso;
}
const isoCache = new Map<number, string>();


export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
