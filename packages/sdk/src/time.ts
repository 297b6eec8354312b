/**
 * Europe/Berlin wall-clock helpers for browsers and Node, built on `Intl` only. Every event of the
 * API lives in this zone; widgets use these functions to put an event on the right day and to print
 * times the way a resident in Baden-Württemberg reads them, whatever zone the viewer's device uses.
 */
// Not imported from the schemas: that module would pull zod into bundles that only need dates.
/** The zone of all domain data (same value as the schemas' `TIME_ZONE`). */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

/** A calendar date and time of day as a clock on a wall in Berlin shows it. Months are 1-based. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Berlin wall clock of an instant, plus its ISO weekday (1 = Monday … 7 = Sunday). */
export interface BerlinDateParts extends WallClock {
  weekday: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

// Creating a DateTimeFormat costs far more than using one, and using one still costs microseconds:
// a month view with hundreds of recurring events asks thousands of times. So Intl is asked only for
// the offset changes of each year, and everything else is arithmetic.
let formatter: Intl.DateTimeFormat | undefined;

function berlinFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: BERLIN_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return formatter;
}

function toMillis(instant: Date | number): number {
  return typeof instant === 'number' ? instant : instant.getTime();
}

/** The wall clock read as if it were UTC: a number that can be compared and subtracted. */
function wallClockAsUtc(w: WallClock): number {
  const ms = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Date.UTC maps years 0–99 to 1900–1999.
  return w.year >= 0 && w.year < 100 ? new Date(ms).setUTCFullYear(w.year) : ms;
}

/** Offset in minutes at a whole minute, straight from Intl. */
function intlOffset(ms: number): number {
  const w: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of berlinFormatter().formatToParts(ms)) {
    if (part.type in w) w[part.type as keyof WallClock] = Number(part.value);
  }
  // Some engines print midnight as 24 even with h23.
  if (w.hour === 24) w.hour = 0;
  return Math.round((wallClockAsUtc(w) - ms) / MINUTE);
}

interface YearOffsets {
  initial: number;
  /** Instants (ms) from which a new offset holds, ascending. */
  changes: [at: number, offset: number][];
}

const years = new Map<number, YearOffsets>();

/**
 * Offset changes of one UTC year, found by bisection to the minute. Assumes at most one change per
 * half year, which holds for Berlin since 1950.
 */
function yearOffsets(year: number): YearOffsets {
  let cached = years.get(year);
  if (cached) return cached;
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 literally.
  const bounds = [
    [year, 0],
    [year, 6],
    [year + 1, 0],
  ].map(([y, m]) => new Date(0).setUTCFullYear(y!, m!, 1));
  const offsets = bounds.map(intlOffset);
  cached = { initial: offsets[0]!, changes: [] };
  for (let i = 0; i < 2; i++) {
    const after = offsets[i + 1]!;
    if (offsets[i] === after) continue;
    let lo = bounds[i]! / MINUTE;
    let hi = bounds[i + 1]! / MINUTE;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (intlOffset(mid * MINUTE) === after) hi = mid;
      else lo = mid;
    }
    cached.changes.push([hi * MINUTE, after]);
  }
  if (years.size > 500) years.clear();
  years.set(year, cached);
  return cached;
}

/** Wall clock at `instant` in Berlin (seconds precision). */
function wallClockAt(ms: number): WallClock {
  const local = new Date(Math.floor(ms / 1000) * 1000 + berlinOffsetMinutes(ms) * MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** Offset of Berlin from UTC at `instant`, in minutes: 60 in winter (CET), 120 in summer (CEST). */
export function berlinOffsetMinutes(instant: Date | number): number {
  const ms = toMillis(instant);
  const { initial, changes } = yearOffsets(new Date(ms).getUTCFullYear());
  let offset = initial;
  for (const [at, next] of changes) if (ms >= at) offset = next;
  return offset;
}

/**
 * The instant at which Berlin clocks show the given wall-clock time. A time that does not exist
 * (02:30 on the last Sunday of March) is moved forward by the length of the gap (03:30 CEST); a time
 * that exists twice (02:30 on the last Sunday of October) resolves to the first one (CEST). These
 * are the rules of `Temporal`'s "compatible" disambiguation and of RFC 5545.
 */
export function berlinWallClockToInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const asUtc = wallClockAsUtc({ year, month, day, hour, minute, second });
  // Offsets a day apart bracket any transition near this wall time (Berlin changes at most twice a year).
  const before = berlinOffsetMinutes(asUtc - DAY);
  const after = berlinOffsetMinutes(asUtc + DAY);
  const earlier = asUtc - Math.max(before, after) * MINUTE;
  if (berlinOffsetMinutes(earlier) === Math.max(before, after)) return new Date(earlier);
  const later = asUtc - Math.min(before, after) * MINUTE;
  if (berlinOffsetMinutes(later) === Math.min(before, after)) return new Date(later);
  // In the gap: read the wall time with the offset that was valid before the clocks jumped.
  return new Date(asUtc - before * MINUTE);
}

/** Berlin wall clock and ISO weekday of an instant. */
export function berlinDateParts(instant: Date | number): BerlinDateParts {
  const w = wallClockAt(toMillis(instant));
  return { ...w, weekday: isoWeekday(w.year, w.month, w.day) };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(year: number, month: number, day: number): number {
  const sunday0 = new Date(wallClockAsUtc({ year, month, day, hour: 0, minute: 0, second: 0 })).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** `YYYY-MM-DD` of the Berlin calendar day an instant falls on; handy as a key to group events by day. */
export function berlinDateKey(instant: Date | number): string {
  const p = berlinDateParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** ISO 8601 with the Berlin offset and whole seconds: `2026-12-03T18:30:00+01:00`. */
export function formatBerlinIso(instant: Date | number): string {
  const ms = toMillis(instant);
  const w = wallClockAt(ms);
  const offset = berlinOffsetMinutes(ms);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/**
 * The instants at which a Berlin calendar day begins and ends, `[start, end)`. Most days last
 * 24 hours; the days of the clock changes last 23 and 25.
 */
export function berlinDayRange(year: number, month: number, day: number): { start: Date; end: Date } {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    start: berlinWallClockToInstant(year, month, day),
    end: berlinWallClockToInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
  };
}
