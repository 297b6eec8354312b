import { berlinDateKey, berlinWallClockToInstant, isoWeekday } from '@kommunaldialog/sdk';

/**
 * Calendar days of the Berlin calendar as `YYYY-MM-DD` strings. The month grid, keyboard
 * movement and grouping all work on these plain dates, never on the viewer's local `Date`
 * methods, so a visitor in New York sees the same days as one in Tübingen.
 */
export type DateKey = string;

const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

export interface YearMonth {
  year: number;
  /** 1 = January … 12. */
  month: number;
}

/** `{ year, month, day }` of a key. */
export function parseKey(key: DateKey): { year: number; month: number; day: number } {
  const [year = 1970, month = 1, day = 1] = key.split('-').map(Number);
  return { year, month, day };
}

export function toKey(year: number, month: number, day: number): DateKey {
  // Normalises overflow (day 0, month 13) through UTC arithmetic, which has no clock changes.
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const HOUR = 3_600_000;
const dayKeys = new Map<number, DateKey>();

/**
 * The Berlin calendar day of an instant, remembered per hour: Berlin's offsets are whole hours,
 * so its midnights fall on full UTC hours and every instant of one UTC hour lies on the same
 * Berlin day. Grouping 5 000 events then asks the time zone rules a few hundred times, not 10 000.
 */
export function dayKeyOf(ms: number): DateKey {
  const hour = Math.floor(ms / HOUR);
  let key = dayKeys.get(hour);
  if (key === undefined) {
    if (dayKeys.size > 50_000) dayKeys.clear();
    dayKeys.set(hour, (key = berlinDateKey(hour * HOUR)));
  }
  return key;
}

/** The Berlin calendar day of `now` (asked several times per render: through the per-hour memory). */
export function todayKey(now: Date = new Date()): DateKey {
  return dayKeyOf(now.getTime());
}

export function addDays(key: DateKey, days: number): DateKey {
  const { year, month, day } = parseKey(key);
  return toKey(year, month, day + days);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(key: DateKey, months: number): DateKey {
  const { year, month, day } = parseKey(key);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth() + 1;
  return toKey(y, m, Math.min(day, daysInMonth(y, m)));
}

/** ISO weekday of a key: 1 = Monday … 7 = Sunday. */
export function weekdayOfKey(key: DateKey): number {
  const { year, month, day } = parseKey(key);
  return isoWeekday(year, month, day);
}

/** First day of the week `key` lies in, for weeks starting on ISO weekday `weekStart`. */
export function startOfWeek(key: DateKey, weekStart: number): DateKey {
  return addDays(key, -((weekdayOfKey(key) - weekStart + 7) % 7));
}

export function endOfWeek(key: DateKey, weekStart: number): DateKey {
  return addDays(startOfWeek(key, weekStart), 6);
}

export function monthOf(key: DateKey): YearMonth {
  return parseKey(key);
}

export function sameMonth(a: DateKey, b: DateKey): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/**
 * The weeks of a month for a grid: each week has seven slots, `null` where the day belongs to
 * the month before or after.
 */
export function monthWeeks({ year, month }: YearMonth, weekStart: number): (DateKey | null)[][] {
  const first = toKey(year, month, 1);
  const length = daysInMonth(year, month);
  const lead = (weekdayOfKey(first) - weekStart + 7) % 7;
  const weeks: (DateKey | null)[][] = [];
  let week: (DateKey | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= length; day++) {
    week.push(toKey(year, month, day));
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** ISO weekdays in the order a week of this locale shows them. */
export function weekdayOrder(weekStart: number): number[] {
  return Array.from({ length: 7 }, (_, i) => ((weekStart - 1 + i) % 7) + 1);
}

/** The instant a Berlin calendar day begins. */
export function startOfDay(key: DateKey): Date {
  const { year, month, day } = parseKey(key);
  // Only the start: berlinDayRange() would work out the end too.
  return berlinWallClockToInstant(year, month, day);
}

/** `[from, to)` of a whole Berlin month. */
export function monthRange({ year, month }: YearMonth): { from: Date; to: Date } {
  return { from: startOfDay(toKey(year, month, 1)), to: startOfDay(toKey(year, month + 1, 1)) };
}

/**
 * Berlin days an occurrence covers, at most 62. An end exactly at midnight does not touch
 * the next day (an all-day event ends at the following midnight).
 */
export function daysCovered(startMs: number, endMs: number): DateKey[] {
  const first = dayKeyOf(startMs);
  const last = endMs > startMs ? dayKeyOf(endMs - 1) : first;
  const keys = [first];
  for (let key = first; key < last && keys.length < 62; ) keys.push((key = addDays(key, 1)));
  return keys;
}

/** Whole days between two keys (b − a). */
export function dayDiff(a: DateKey, b: DateKey): number {
  const pa = parseKey(a);
  const pb = parseKey(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY);
}
