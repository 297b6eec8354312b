import { berlinDateParts, berlinWallClockToInstant, formatBerlinIso } from '@kommunaldialog/sdk';

/**
 * Moves an event onto day `(index mod days in month) + 1` of `now`'s Berlin month, keeping its
 * Berlin time of day and its duration.
 */
export function moveIntoMonth(start: string, end: string, now: Date, index: number): { start: string; end: string } {
  const today = berlinDateParts(now);
  const daysInMonth = new Date(Date.UTC(today.year, today.month, 0)).getUTCDate();
  const from = berlinDateParts(new Date(start));
  const day = (index % daysInMonth) + 1;
  const moved = berlinWallClockToInstant(today.year, today.month, day, from.hour, from.minute);
  const duration = Date.parse(end) - Date.parse(start);
  return { start: formatBerlinIso(moved), end: formatBerlinIso(new Date(moved.getTime() + duration)) };
}
