import type { DialogEvent } from '@kommunaldialog/sdk';
import { eventToICalendar } from '@kommunaldialog/sdk/ical';

/** The `.ics` text of one event (a recurring one with its RRULE), lines in the visitor's language. */
export function eventIcs(event: DialogEvent, lang: string): string {
  return eventToICalendar(event, { lang });
}

/**
 * Saves the event as an `.ics` file, built in the page: no request, so it works offline and
 * the API never learns who saved what.
 */
export function downloadIcs(event: DialogEvent, lang: string): void {
  const url = URL.createObjectURL(new Blob([eventIcs(event, lang)], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${event.id}.ics`;
  link.click();
  // The download has started by the time a later task runs; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
