/**
 * RFC 5545 iCalendar writer for dialog events: the mock serves its feeds with it and the widgets
 * offer "add to my calendar" downloads. Times are written in Berlin local time with a VTIMEZONE,
 * so calendar apps keep an 18:00 event at 18:00 across clock changes.
 */
import type { DialogEvent } from './schemas/event.js';
import { parseRRule, untilMillis } from './recurrence.js';
import { BERLIN_TIME_ZONE as TIME_ZONE, berlinDateParts, type WallClock } from './time.js';

/** Options of the calendar writer. */
export interface ICalendarOptions {
  /** PRODID of the calendar; defaults to the SDK's own. */
  prodId?: string;
  /** Name calendar apps show for the feed (X-WR-CALNAME, NAME). */
  calendarName?: string;
  /** Address the calendar is published at; feeds get URL, SOURCE and a refresh interval. */
  url?: string;
  /** DTSTAMP of every event; defaults to each event's `updatedAt`, which keeps output stable. */
  now?: Date;
  /** Language of the few words the writer adds itself (the online-link line). */
  lang?: string;
}

const DEFAULT_PRODID = '-//Kommunaldialog//Kommunaldialog SDK//DE';

const ONLINE_LABEL: Record<string, string> = {
  de: 'Online teilnehmen',
  'de-x-ls': 'Im Internet mitmachen',
  en: 'Join online',
  ar: 'المشاركة عبر الإنترنت',
  fa: 'شرکت آنلاین',
  uk: 'Долучитися онлайн',
  tr: 'Çevrimiçi katılın',
};

// Rules of the EU since 1996: CEST from the last Sunday of March 01:00 UTC to the last Sunday of October.
const VTIMEZONE_BERLIN = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 3.3.11); control characters other than tab are not allowed. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

/** Parameter value (RFC 5545 3.2 with RFC 6868 caret escapes), quoted when it must be. */
function paramValue(value: string): string {
  const escaped = value
    .replace(/\r\n?/g, '\n')
    .replace(/[\^\n"]/g, (c) => (c === '^' ? '^^' : c === '\n' ? '^n' : "^'"));
  return /[;:,]/.test(escaped) ? `"${escaped}"` : escaped;
}

/**
 * Folds a content line into pieces of at most 75 octets of UTF-8 (RFC 5545 3.1). Continuation
 * lines begin with one space, and a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      out += '\r\n ';
      octets = 1;
      limit = 75;
    }
    out += char;
    octets += size;
  }
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

function formatLocal(w: WallClock): string {
  return `${formatDate(w.year, w.month, w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function formatUtc(ms: number): string {
  const d = new Date(ms);
  return (
    `${formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

function berlinDate(ms: number): string {
  const p = berlinDateParts(ms);
  return formatDate(p.year, p.month, p.day);
}

/** DTSTART/EXDATE value with its parameters: Berlin local time, or a date for all-day events. */
function dateProperty(name: string, instants: number[], allDay: boolean): string {
  if (allDay) return `${name};VALUE=DATE:${instants.map(berlinDate).join(',')}`;
  return `${name};TZID=${TIME_ZONE}:${instants.map((ms) => formatLocal(berlinDateParts(ms))).join(',')}`;
}

/** Exclusive end date of an all-day event: the day after the last day it covers. */
function allDayEnd(startMs: number, endMs: number): string {
  const end = berlinDateParts(endMs);
  const atMidnight = end.hour === 0 && end.minute === 0 && end.second === 0;
  const lastDay = atMidnight && endMs > startMs ? endMs - 1 : endMs;
  const p = berlinDateParts(lastDay);
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return formatDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/**
 * RRULE as calendar apps require it: with a TZID start, UNTIL must be UTC (RFC 5545 3.3.10); with a
 * date start, UNTIL must be a date.
 */
function normalizeRRule(rrule: string, allDay: boolean): string {
  const rule = parseRRule(rrule);
  if (!rule?.until) return rrule;
  const last = untilMillis(rule.until);
  const until = allDay ? berlinDate(last) : formatUtc(Math.floor(last / 1000) * 1000);
  return rrule.replace(/UNTIL=[^;]*/, `UNTIL=${until}`);
}

function organizerAddress(organizer: DialogEvent['organizer']): string | undefined {
  if (organizer.email) return `mailto:${organizer.email}`;
  // tel URIs allow visual separators but no spaces.
  if (organizer.phone) return `tel:${organizer.phone.replace(/[\s/()]+/g, '-').replace(/^-+|-+$/g, '')}`;
  return organizer.url;
}

/** FLOAT as RFC 5545 writes it: no exponent (String(1e-7) has one); 6 decimals are ~10 cm. */
function coordinate(degrees: number): string {
  return degrees.toFixed(6).replace(/\.?0+$/, '');
}

const STATUS: Record<DialogEvent['status'], string> = {
  scheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

function eventLines(event: DialogEvent, opts: ICalendarOptions): string[] {
  const startMs = Date.parse(event.start);
  const endMs = Date.parse(event.end);
  const updatedMs = Date.parse(event.updatedAt);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.id}@kommunaldialog`,
    `DTSTAMP:${formatUtc(opts.now ? opts.now.getTime() : updatedMs)}`,
    dateProperty('DTSTART', [startMs], event.allDay),
    event.allDay ? `DTEND;VALUE=DATE:${allDayEnd(startMs, endMs)}` : dateProperty('DTEND', [endMs], false),
  ];
  if (event.recurrence) {
    lines.push(`RRULE:${normalizeRRule(event.recurrence.rrule, event.allDay)}`);
    const exdates = (event.recurrence.exdates ?? []).map((d) => Date.parse(d)).filter(Number.isFinite);
    if (exdates.length > 0) lines.push(dateProperty('EXDATE', exdates, event.allDay));
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);

  let description = event.description;
  if (event.onlineUrl) {
    const lang = opts.lang ?? 'de';
    const label = ONLINE_LABEL[lang] ?? ONLINE_LABEL[lang.split('-')[0]!] ?? 'Online teilnehmen';
    description += `${description ? '\n\n' : ''}${label}: ${event.onlineUrl}`;
  }
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);

  const onSite = event.venue && event.status !== 'moved-online' ? event.venue : undefined;
  if (onSite) {
    lines.push(
      `LOCATION:${escapeText(`${onSite.name}, ${onSite.street}, ${onSite.postalCode} ${onSite.city}`)}`,
    );
    lines.push(`GEO:${coordinate(onSite.lat)};${coordinate(onSite.lng)}`);
  } else if (event.onlineUrl) {
    lines.push(`LOCATION:${escapeText(event.onlineUrl)}`);
  }
  if (event.onlineUrl) {
    lines.push(`URL:${event.onlineUrl}`);
    lines.push(`CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO:${event.onlineUrl}`);
  }
  lines.push(`CATEGORIES:${[...event.topics, event.format].map(escapeText).join(',')}`);
  lines.push(`STATUS:${STATUS[event.status]}`);
  lines.push('CLASS:PUBLIC');
  const address = organizerAddress(event.organizer);
  if (address) lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:${address}`);
  lines.push(`LAST-MODIFIED:${formatUtc(updatedMs)}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A VCALENDAR (METHOD:PUBLISH) with all `events`, CRLF line endings and folded lines, ready to be
 * served as `text/calendar; charset=utf-8` or downloaded as `.ics`.
 */
export function eventsToICalendar(events: readonly DialogEvent[], opts: ICalendarOptions = {}): string {
  const name = opts.calendarName ?? 'Kommunaldialog';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(opts.prodId ?? DEFAULT_PRODID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `NAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
  ];
  if (opts.url) {
    lines.push(`URL:${opts.url}`, `SOURCE;VALUE=URI:${opts.url}`);
    lines.push('REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H');
  }
  lines.push(...VTIMEZONE_BERLIN);
  for (const event of events) lines.push(...eventLines(event, opts));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A calendar holding one event, named after it unless `calendarName` says otherwise. */
export function eventToICalendar(event: DialogEvent, opts: ICalendarOptions = {}): string {
  return eventsToICalendar([event], { ...opts, calendarName: opts.calendarName ?? event.title });
}
