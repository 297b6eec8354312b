/**
 * Expansion of an event's RRULE into concrete occurrences. Dates are stepped through in the Berlin
 * calendar and every occurrence keeps the wall-clock time of the first one, so a weekly 18:00
 * language café stays at 18:00 local time on both sides of a clock change.
 */
import type { DialogEvent } from './schemas/event.js';
import { berlinDateParts, berlinWallClockToInstant, formatBerlinIso, type WallClock } from './time.js';

/** One occurrence of an event. `recurrenceId` is the original start of a recurring one. */
export interface Occurrence {
  start: string;
  end: string;
  recurrenceId?: string;
}

/** `BYDAY` entry: ISO weekday (1 = MO … 7 = SU) with an optional ordinal (`2TH`, `-1FR`). */
export interface ByDay {
  weekday: number;
  ordinal?: number;
}

/** The parts of an RRULE this SDK understands. Other parts are ignored. */
export interface ParsedRRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  count?: number;
  /** Last possible start, inclusive. */
  until?: UntilValue;
  byDay?: ByDay[];
  byMonthDay?: number[];
  /** First day of the week, ISO weekday; matters for WEEKLY with INTERVAL > 1. */
  weekStart: number;
}

/** UNTIL as written: an instant (`…Z`), a Berlin wall-clock time, or a whole Berlin date. */
export type UntilValue =
  | { kind: 'instant'; ms: number }
  | { kind: 'local'; wall: WallClock }
  | { kind: 'date'; year: number; month: number; day: number };

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const DAY = 86_400_000;
/** Upper bound on rule periods walked in one call, whatever the rule and range. */
const MAX_PERIODS = 200_000;

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function parseUntil(value: string): UntilValue | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return { kind: 'date', year, month, day };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (m[7]) return { kind: 'instant', ms: Date.UTC(year, month - 1, day, hour, minute, second) };
  return { kind: 'local', wall: { year, month, day, hour, minute, second } };
}

/**
 * Parses an RRULE value (`FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270331T235959Z`). Returns `undefined`
 * for a rule whose FREQ this SDK does not support.
 */
export function parseRRule(rrule: string): ParsedRRule | undefined {
  const parts = new Map<string, string>();
  for (const part of rrule.replace(/^RRULE:/, '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1).toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') return undefined;
  const rule: ParsedRRule = {
    freq,
    interval: positiveInt(parts.get('INTERVAL')) ?? 1,
    weekStart: WEEKDAY_CODES.indexOf((parts.get('WKST') ?? 'MO') as 'MO') + 1 || 1,
  };
  const count = positiveInt(parts.get('COUNT'));
  if (count !== undefined) rule.count = count;
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    const parsed = parseUntil(until);
    if (parsed) rule.until = parsed;
  }
  const byDay = parts.get('BYDAY');
  if (byDay) {
    const list: ByDay[] = [];
    for (const item of byDay.split(',')) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
      if (!m) continue;
      const weekday = WEEKDAY_CODES.indexOf(m[2] as 'MO') + 1;
      const ordinal = m[1] === undefined ? 0 : Number(m[1]);
      list.push(ordinal === 0 ? { weekday } : { weekday, ordinal });
    }
    if (list.length > 0) rule.byDay = list;
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay) {
    const list = byMonthDay
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) <= 31);
    if (list.length > 0) rule.byMonthDay = list;
  }
  return rule;
}

/** Days since 1970-01-01 of a calendar date; weekday and month arithmetic stay in plain integers. */
function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY);
}

function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday (1 = Monday) of a day number; day 0 was a Thursday. */
function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of one period of the rule and its candidate dates (day numbers, ascending). */
function periodDays(
  rule: ParsedRRule,
  first: number,
  firstMonth: number,
  period: number,
): { begins: number; days: number[] } {
  switch (rule.freq) {
    case 'DAILY': {
      const n = first + period * rule.interval;
      return {
        begins: n,
        days: !rule.byDay || rule.byDay.some((b) => b.weekday === weekdayOf(n)) ? [n] : [],
      };
    }
    case 'WEEKLY': {
      const weekOf = first - ((weekdayOf(first) - rule.weekStart + 7) % 7);
      const begins = weekOf + period * rule.interval * 7;
      const weekdays = rule.byDay ? rule.byDay.map((b) => b.weekday) : [weekdayOf(first)];
      const days = [...new Set(weekdays.map((w) => begins + ((w - rule.weekStart + 7) % 7)))];
      return { begins, days: days.sort((a, b) => a - b) };
    }
    case 'MONTHLY': {
      const index = firstMonth + period * rule.interval;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const length = daysInMonth(year, month);
      const start = dayNumber(year, month, 1);
      const days = new Set<number>();
      if (rule.byMonthDay) {
        for (const d of rule.byMonthDay) {
          const day = d > 0 ? d : length + d + 1;
          if (day >= 1 && day <= length) days.add(day);
        }
      }
      if (rule.byDay) {
        const matching = new Set<number>();
        for (const b of rule.byDay) {
          const all: number[] = [];
          for (let day = 1 + ((b.weekday - weekdayOf(start) + 7) % 7); day <= length; day += 7) all.push(day);
          const picked = b.ordinal === undefined ? all : [all.at(b.ordinal > 0 ? b.ordinal - 1 : b.ordinal)];
          for (const day of picked) if (day !== undefined) matching.add(day);
        }
        // BYDAY and BYMONTHDAY together mean both must hold (RFC 5545 BYxxx intersection).
        if (rule.byMonthDay) {
          for (const day of days) if (!matching.has(day)) days.delete(day);
        } else {
          for (const day of matching) days.add(day);
        }
      }
      if (!rule.byDay && !rule.byMonthDay) {
        // The 31st of a month that has no 31st is skipped, not moved (RFC 5545).
        const day = fromDayNumber(first).day;
        if (day <= length) days.add(day);
      }
      return { begins: start, days: [...days].sort((a, b) => a - b).map((day) => start + day - 1) };
    }
  }
}

/** The last instant an occurrence may start at under this UNTIL. */
export function untilMillis(until: UntilValue): number {
  switch (until.kind) {
    case 'instant':
      return until.ms;
    case 'local': {
      const w = until.wall;
      return berlinWallClockToInstant(w.year, w.month, w.day, w.hour, w.minute, w.second).getTime();
    }
    case 'date': {
      // A date-only UNTIL includes that whole Berlin day.
      const next = fromDayNumber(dayNumber(until.year, until.month, until.day) + 1);
      return berlinWallClockToInstant(next.year, next.month, next.day).getTime() - 1;
    }
  }
}

/** Period index to start from so that periods ending long before `fromDay` are not walked. */
function firstUsefulPeriod(rule: ParsedRRule, first: number, fromDay: number): number {
  if (rule.count !== undefined || fromDay <= first) return 0;
  const days = fromDay - first;
  switch (rule.freq) {
    case 'DAILY':
      return Math.max(0, Math.floor(days / rule.interval) - 1);
    case 'WEEKLY':
      return Math.max(0, Math.floor(days / (7 * rule.interval)) - 1);
    case 'MONTHLY':
      return Math.max(0, Math.floor(days / (31 * rule.interval)) - 1);
  }
}

/**
 * Occurrences of `event` that overlap `[rangeStart, rangeEnd)`, in start order, at most `maxCount`.
 *
 * Supports FREQ=DAILY/WEEKLY/MONTHLY with INTERVAL, COUNT, UNTIL, BYDAY (weekly `MO,TH`; monthly
 * `2TH`, `-1FR`), BYMONTHDAY (monthly) and WKST; other RRULE parts are ignored. The first start
 * is always the first occurrence; COUNT includes it and also counts occurrences removed by
 * `recurrence.exdates`. Timed occurrences last exactly as long as the first; all-day ones span
 * the same number of calendar days. An event without recurrence yields itself when it overlaps.
 */
export function expandOccurrences(
  event: Pick<DialogEvent, 'start' | 'end' | 'allDay' | 'recurrence'>,
  rangeStart: Date,
  rangeEnd: Date,
  maxCount = 1000,
): Occurrence[] {
  const startMs = Date.parse(event.start);
  const endMs = Date.parse(event.end);
  const from = rangeStart.getTime();
  const to = rangeEnd.getTime();
  const out: Occurrence[] = [];
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || maxCount < 1 || !(from < to)) return out;

  const overlaps = (s: number, e: number): boolean => s < to && (e > from || (e === s && s >= from));
  const rule = event.recurrence ? parseRRule(event.recurrence.rrule) : undefined;
  if (!rule) {
    if (overlaps(startMs, endMs)) out.push({ start: formatBerlinIso(startMs), end: formatBerlinIso(endMs) });
    return out;
  }

  const wall = berlinDateParts(startMs);
  const endWall = berlinDateParts(endMs);
  const first = dayNumber(wall.year, wall.month, wall.day);
  const firstMonth = wall.year * 12 + wall.month - 1;
  const durationMs = endMs - startMs;
  const allDaySpan = dayNumber(endWall.year, endWall.month, endWall.day) - first;
  const until = rule.until ? untilMillis(rule.until) : Infinity;
  const excluded = new Set((event.recurrence?.exdates ?? []).map((d) => Date.parse(d)));
  const fromDay = first + Math.floor((from - startMs - durationMs) / DAY) - 2;
  const toDay = first + Math.ceil((to - startMs) / DAY) + 2;

  let counted = 0;
  // Returns false once no later occurrence can matter.
  const visit = (day: number): boolean => {
    const date = fromDayNumber(day);
    const start = berlinWallClockToInstant(
      date.year,
      date.month,
      date.day,
      wall.hour,
      wall.minute,
      wall.second,
    );
    const s = start.getTime();
    if (s > until || s >= to) return false;
    counted++;
    if (!excluded.has(s)) {
      let e = s + durationMs;
      if (event.allDay) {
        const endDate = fromDayNumber(day + allDaySpan);
        e = berlinWallClockToInstant(
          endDate.year,
          endDate.month,
          endDate.day,
          endWall.hour,
          endWall.minute,
          endWall.second,
        ).getTime();
      }
      if (overlaps(s, e)) {
        const iso = formatBerlinIso(s);
        out.push({ start: iso, end: formatBerlinIso(e), recurrenceId: iso });
      }
    }
    return out.length < maxCount && (rule.count === undefined || counted < rule.count);
  };

  if (!visit(first)) return out;
  for (
    let period = firstUsefulPeriod(rule, first, fromDay), walked = 0;
    walked < MAX_PERIODS;
    period++, walked++
  ) {
    const { begins, days } = periodDays(rule, first, firstMonth, period);
    // Also ends rules whose periods stay empty (`BYMONTHDAY=1;BYDAY=2MO` never matches).
    if (begins > toDay) break;
    for (const day of days) {
      if (day <= first) continue;
      // Far before the range and without COUNT, nothing about this day can change the result.
      if (day < fromDay && rule.count === undefined) continue;
      if (!visit(day)) return out;
    }
  }
  return out;
}
