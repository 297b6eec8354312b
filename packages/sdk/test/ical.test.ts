import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { DialogEvent } from '../src/schemas/event.js';
import { eventToICalendar, eventsToICalendar, foldLine, type ICalendarOptions } from '../src/ical.js';
import { expandOccurrences } from '../src/recurrence.js';
import { berlinDateParts } from '../src/time.js';

function event(overrides: Partial<DialogEvent>): DialogEvent {
  // Parsing keeps the fixtures honest: they must be events the API could send.
  return DialogEvent.parse({
    id: 'buergerdialog-ulm-wohnen',
    municipality: 'ulm',
    title: 'Bürgerdialog Wohnen',
    description: 'Wie gelingt gutes Zusammenleben im Quartier?',
    format: 'buergerdialog',
    topics: ['wohnen', 'zusammenleben'],
    start: '2026-12-03T18:30:00+01:00',
    end: '2026-12-03T20:30:00+01:00',
    allDay: false,
    timeZone: 'Europe/Berlin',
    venue: {
      name: 'Haus der Begegnung',
      street: 'Grüner Hof 5',
      postalCode: '89073',
      city: 'Ulm',
      lat: 48.398765,
      lng: 9.991234,
    },
    accessibility: { stepFree: true, hearingLoop: true, signLanguage: false, interpretation: ['ar', 'uk'], childcare: true },
    registration: { required: false, waitlist: false },
    status: 'scheduled',
    organizer: { name: 'Stadt Ulm, Integrationsbüro', email: 'integration@ulm.example' },
    updatedAt: '2026-11-20T09:15:00+01:00',
    ...overrides,
  });
}

function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

/** ical.js keeps X- properties raw; decode the name as the TEXT value calendar apps read it as. */
function calendarName(calendar: ICAL.Component): string {
  const raw = calendar.getFirstPropertyValue('x-wr-calname');
  assert.equal(typeof raw, 'string');
  return ICAL.design.icalendar.value.text!.fromICAL!(raw as string) as string;
}

function onlyEvent(text: string): ICAL.Component {
  const events = parseCalendar(text).getAllSubcomponents('vevent');
  assert.equal(events.length, 1);
  return events[0]!;
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  const value = component.getFirstPropertyValue(name);
  assert.ok(value instanceof ICAL.Time, `${name} is a time`);
  return value;
}

function text(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  assert.ok(value === null || typeof value === 'string', `${name} is text`);
  return value;
}

/** Checks every property of a parsed VEVENT against the event it was written from. */
function assertMatches(vevent: ICAL.Component, input: DialogEvent, opts: ICalendarOptions = {}): void {
  assert.equal(text(vevent, 'uid'), `${input.id}@kommunaldialog`);
  const stamp = time(vevent, 'dtstamp');
  assert.equal(stamp.zone?.tzid, 'UTC');
  assert.equal(stamp.toJSDate().getTime(), opts.now?.getTime() ?? Date.parse(input.updatedAt));
  const modified = time(vevent, 'last-modified');
  assert.equal(modified.zone?.tzid, 'UTC');
  assert.equal(modified.toJSDate().getTime(), Date.parse(input.updatedAt));

  const start = time(vevent, 'dtstart');
  const end = time(vevent, 'dtend');
  if (input.allDay) {
    assert.ok(start.isDate && end.isDate, 'all-day events are written as dates');
  } else {
    assert.equal(start.zone?.tzid, 'Europe/Berlin');
    assert.equal(end.zone?.tzid, 'Europe/Berlin');
    assert.equal(start.toJSDate().getTime(), Date.parse(input.start));
    assert.equal(end.toJSDate().getTime(), Date.parse(input.end));
    const wall = berlinDateParts(new Date(input.start));
    assert.deepEqual([start.year, start.month, start.day, start.hour, start.minute], [
      wall.year,
      wall.month,
      wall.day,
      wall.hour,
      wall.minute,
    ]);
  }

  assert.equal(vevent.getFirstProperty('rrule') !== null, input.recurrence !== undefined);
  const exdates = vevent
    .getAllProperties('exdate')
    .flatMap((p) => p.getValues() as ICAL.Time[])
    .map((t) => t.toJSDate().getTime());
  if (!input.allDay) assert.deepEqual(exdates, (input.recurrence?.exdates ?? []).map((d) => Date.parse(d)));

  assert.equal(text(vevent, 'summary'), input.title);
  const description = text(vevent, 'description') ?? '';
  assert.ok(description.startsWith(input.description), 'description keeps the original text');
  if (input.onlineUrl) {
    assert.ok(description.endsWith(input.onlineUrl), 'description ends with the online link');
    assert.equal(text(vevent, 'url'), input.onlineUrl);
    const conference = vevent.getFirstProperty('conference');
    assert.ok(conference, 'CONFERENCE is present');
    assert.equal(conference.type, 'uri');
    assert.equal(conference.getFirstValue(), input.onlineUrl);
  } else {
    assert.equal(description, input.description);
    assert.equal(vevent.getFirstProperty('url'), null);
    assert.equal(vevent.getFirstProperty('conference'), null);
  }

  const venue = input.status === 'moved-online' ? undefined : input.venue;
  if (venue) {
    assert.equal(text(vevent, 'location'), `${venue.name}, ${venue.street}, ${venue.postalCode} ${venue.city}`);
    assert.deepEqual(vevent.getFirstPropertyValue('geo'), [venue.lat, venue.lng]);
  } else {
    assert.equal(text(vevent, 'location'), input.onlineUrl);
    assert.equal(vevent.getFirstProperty('geo'), null);
  }

  assert.deepEqual(vevent.getFirstProperty('categories')?.getValues(), [...input.topics, input.format]);
  const status = { scheduled: 'CONFIRMED', 'moved-online': 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };
  assert.equal(text(vevent, 'status'), status[input.status]);

  const organizer = vevent.getFirstProperty('organizer');
  assert.ok(organizer, 'ORGANIZER is present');
  assert.equal(organizer.getParameter('cn'), input.organizer.name);
  if (input.organizer.email) assert.equal(organizer.getFirstValue(), `mailto:${input.organizer.email}`);
}

test('the calendar carries the properties calendar apps need to subscribe to it', () => {
  const ics = eventsToICalendar([event({})], {
    calendarName: 'Termine Ulm',
    prodId: '-//Stadt Ulm//Kommunaldialog//DE',
    url: 'https://dialog.example/v1/events.ics?municipality=ulm',
  });
  const calendar = parseCalendar(ics);
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Stadt Ulm//Kommunaldialog//DE');
  assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
  assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  assert.equal(calendarName(calendar), 'Termine Ulm');
  assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Europe/Berlin');
  assert.equal(calendar.getFirstPropertyValue('url'), 'https://dialog.example/v1/events.ics?municipality=ulm');

  const zone = calendar.getFirstSubcomponent('vtimezone');
  assert.ok(zone, 'VTIMEZONE is present');
  assert.equal(zone.getFirstPropertyValue('tzid'), 'Europe/Berlin');
  assert.equal(zone.getAllSubcomponents('standard').length, 1);
  assert.equal(zone.getAllSubcomponents('daylight').length, 1);
  // The zone alone gives the right offsets, as for a client that knows nothing about Berlin.
  const berlin = new ICAL.Timezone(zone);
  const offsetAt = (iso: string): number => berlin.utcOffset(ICAL.Time.fromDateTimeString(iso));
  assert.equal(offsetAt('2026-07-01T12:00:00'), 7200);
  assert.equal(offsetAt('2026-12-01T12:00:00'), 3600);
  assert.equal(offsetAt('2027-03-28T03:30:00'), 7200);
  assert.equal(offsetAt('2026-10-25T03:30:00'), 3600);

  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(ics, /\r(?!\n)|(?<!\r)\n/, 'every line ends in CRLF');
});

test('winter, summer and DST-crossing events keep their Berlin times', () => {
  const winter = event({ id: 'winter', start: '2026-12-03T18:30:00+01:00', end: '2026-12-03T20:30:00+01:00' });
  const summer = event({ id: 'summer', start: '2026-07-15T18:00:00+02:00', end: '2026-07-15T21:00:00+02:00' });
  // The night of the autumn switch: 22:00 CEST to 04:00 CET, seven hours.
  const night = event({ id: 'night', start: '2026-10-24T22:00:00+02:00', end: '2026-10-25T04:00:00+01:00' });
  const now = new Date('2026-11-27T08:00:00Z');
  const vevents = parseCalendar(eventsToICalendar([winter, summer, night], { now })).getAllSubcomponents('vevent');
  assert.equal(vevents.length, 3);
  assertMatches(vevents[0]!, winter, { now });
  assertMatches(vevents[1]!, summer, { now });
  assertMatches(vevents[2]!, night, { now });
  const nightEvent = new ICAL.Event(vevents[2]!);
  assert.equal(nightEvent.endDate.toJSDate().getTime() - nightEvent.startDate.toJSDate().getTime(), 7 * 3_600_000);
  assert.equal(nightEvent.endDate.hour, 4);
  assert.equal(new ICAL.Event(vevents[1]!).startDate.hour, 18);
});

test('text with commas, semicolons, backslashes, newlines, Arabic and emoji comes back unchanged', () => {
  const input = event({
    title: 'Runder Tisch: Wohnen, Arbeit; Schule \\ Kita — اجتماع 🎉',
    description: 'Erste Zeile;\nzweite, mit Komma\r\nDritte: مرحبا بكم 👩🏽‍🔧\n\nEnde \\n bleibt Text.',
    organizer: { name: 'Büro "Integration"; Ulm: Süd, 2. OG', email: 'integration@ulm.example' },
    venue: { name: 'Café; „Miteinander"', street: 'Platz 1, Hinterhaus', postalCode: '89073', city: 'Ulm', lat: 48.4, lng: 10 },
  });
  const ics = eventToICalendar(input);
  // ical.js tolerates bare commas in single-valued text, so check the escaping RFC 5545 demands as written.
  const unfolded = ics.replace(/\r\n /g, '');
  assert.ok(unfolded.includes('\r\nSUMMARY:Runder Tisch: Wohnen\\, Arbeit\\; Schule \\\\ Kita — اجتماع 🎉\r\n'));
  assert.ok(unfolded.includes('\r\nDESCRIPTION:Erste Zeile\\;\\nzweite\\, mit Komma\\nDritte:'));
  const vevent = onlyEvent(ics);
  // CRLF inside the description becomes a plain newline, as iCalendar has only one.
  assertMatches(vevent, { ...input, description: input.description.replace('\r\n', '\n') });
});

test('a 300-character description is folded at 75 octets without splitting characters', () => {
  const description = ('Begegnung für alle – لقاء للجميع 🤝 Зустріч для всіх; ').repeat(6).slice(0, 300);
  assert.equal(description.length, 300);
  const input = event({ description });
  const ics = eventToICalendar(input);
  const lines = ics.split('\r\n');
  for (const line of lines) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line of ${String(Buffer.byteLength(line))} octets: ${line}`);
    // A cut surrogate pair would not survive a UTF-8 round trip.
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
  }
  const unfolded = ics.replace(/\r\n /g, '');
  assert.ok(unfolded.includes(`DESCRIPTION:${description.replaceAll(';', '\\;')}\r\n`));
  assert.ok(lines.filter((l) => l.startsWith(' ')).length >= 5, 'the description spans several lines');
  assertMatches(onlyEvent(ics), input);
});

test('folding counts octets: a line of two-byte characters breaks after 37 of them', () => {
  const folded = foldLine(`X:${'ä'.repeat(100)}`).split('\r\n');
  assert.equal(folded[0], `X:${'ä'.repeat(36)}`);
  assert.ok(folded.slice(1).every((l) => l.startsWith(' ') && Buffer.byteLength(l) <= 75));
  assert.equal(foldLine('short'), 'short');
  assert.equal(foldLine('a'.repeat(75)), 'a'.repeat(75));
  assert.equal(foldLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
});

test('a weekly event across the autumn switch expands in ical.js at the same local time', () => {
  const input = event({
    format: 'sprachcafe',
    start: '2026-10-07T18:00:00+02:00',
    end: '2026-10-07T20:00:00+02:00',
    recurrence: { rrule: 'FREQ=WEEKLY;COUNT=6', exdates: ['2026-10-28T18:00:00+01:00'] },
  });
  const vevent = onlyEvent(eventToICalendar(input));
  assertMatches(vevent, input);
  const iterator = new ICAL.Event(vevent).iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    assert.deepEqual([next.hour, next.minute], [18, 0]);
    found.push(next.toJSDate().toISOString());
  }
  assert.deepEqual(found, [
    '2026-10-07T16:00:00.000Z',
    '2026-10-14T16:00:00.000Z',
    '2026-10-21T16:00:00.000Z',
    '2026-11-04T17:00:00.000Z',
    '2026-11-11T17:00:00.000Z',
  ]);
});

test('ical.js expands each supported rule to the same occurrences as expandOccurrences', () => {
  const rules: [start: string, rrule: string][] = [
    ['2026-10-07T18:00:00+02:00', 'FREQ=WEEKLY;UNTIL=20270415'],
    // A start on the rule: RFC 5545 leaves a start off the rule undefined, and ical.js then drops it.
    ['2026-10-06T18:00:00+02:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=12'],
    ['2026-10-08T19:00:00+02:00', 'FREQ=MONTHLY;BYDAY=2TH;UNTIL=20271231T230000Z'],
    ['2026-10-30T16:00:00+01:00', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;COUNT=6'],
    ['2026-10-31T10:00:00+01:00', 'FREQ=MONTHLY;COUNT=7'],
    // Not 02:30 on the spring switch day: ical.js moves that back to 01:30, RFC 5545 forward to 03:30.
    ['2026-03-27T01:30:00+01:00', 'FREQ=DAILY;INTERVAL=1;COUNT=4'],
    ['2026-10-20T09:00:00+02:00', 'FREQ=DAILY;INTERVAL=3;UNTIL=20261130T090000'],
  ];
  for (const [start, rrule] of rules) {
    const startMs = Date.parse(start);
    const input = event({
      start,
      end: new Date(startMs + 90 * 60_000).toISOString(),
      recurrence: { rrule, exdates: [new Date(startMs + 7 * 86_400_000).toISOString()] },
    });
    const vevent = onlyEvent(eventToICalendar(input));
    const iterator = new ICAL.Event(vevent).iterator();
    const fromIcal: number[] = [];
    for (let next = iterator.next(); next && fromIcal.length < 100; next = iterator.next()) {
      fromIcal.push(next.toJSDate().getTime());
    }
    const ours = expandOccurrences(input, new Date('2026-01-01T00:00:00Z'), new Date('2029-01-01T00:00:00Z'));
    assert.ok(ours.length > 2, rrule);
    assert.deepEqual(
      ours.map((o) => Date.parse(o.start)),
      fromIcal,
      rrule,
    );
  }
});

test('all-day events are dates with an exclusive end', () => {
  const fest = event({
    format: 'begegnungsfest',
    allDay: true,
    start: '2027-03-27T00:00:00+01:00',
    end: '2027-03-29T00:00:00+02:00',
    recurrence: { rrule: 'FREQ=MONTHLY;COUNT=3;UNTIL=20270601T000000Z', exdates: ['2027-04-27T00:00:00+02:00'] },
  });
  const vevent = onlyEvent(eventToICalendar(fest));
  assertMatches(vevent, fest);
  assert.equal(time(vevent, 'dtstart').toString(), '2027-03-27');
  assert.equal(time(vevent, 'dtend').toString(), '2027-03-29');
  const exdate = vevent.getFirstPropertyValue('exdate');
  assert.ok(exdate instanceof ICAL.Time && exdate.isDate);
  assert.equal(exdate.toString(), '2027-04-27');
  const iterator = new ICAL.Event(vevent).iterator();
  const days: string[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString());
  assert.deepEqual(days, ['2027-03-27', '2027-05-27']);

  // An end written as the last second of the day still ends the next day, exclusively.
  const oneDay = event({ allDay: true, start: '2026-12-24T00:00:00+01:00', end: '2026-12-24T23:59:59+01:00' });
  const single = onlyEvent(eventToICalendar(oneDay));
  assert.equal(time(single, 'dtstart').toString(), '2026-12-24');
  assert.equal(time(single, 'dtend').toString(), '2026-12-25');
});

test('cancelled, postponed and moved-online events carry their status', () => {
  const cancelled = event({ status: 'cancelled' });
  assertMatches(onlyEvent(eventToICalendar(cancelled)), cancelled);
  const postponed = event({ status: 'postponed' });
  assertMatches(onlyEvent(eventToICalendar(postponed)), postponed);
  // Moved online: the hall is no longer where it happens.
  const moved = event({ status: 'moved-online', onlineUrl: 'https://meet.example.org/ulm-wohnen' });
  assertMatches(onlyEvent(eventToICalendar(moved)), moved);
});

test('an online-only event has its link as location, URL, conference and in the description', () => {
  const online = event({
    venue: undefined,
    onlineUrl: 'https://meet.example.org/sprechstunde?room=a,b;c',
    format: 'sprechstunde',
    organizer: { name: 'Landratsamt Alb-Donau-Kreis', phone: '+49 731 185-0' },
  });
  const ics = eventToICalendar(online);
  const vevent = onlyEvent(ics);
  assertMatches(vevent, online);
  assert.equal(text(vevent, 'description'), `${online.description}\n\nOnline teilnehmen: ${online.onlineUrl ?? ''}`);
  assert.equal(vevent.getFirstProperty('organizer')?.getFirstValue(), 'tel:+49-731-185-0');
  assert.match(ics, /^CONFERENCE;VALUE=URI;/m);
  const english = onlyEvent(eventToICalendar(online, { lang: 'en' }));
  assert.match(text(english, 'description') ?? '', /\n\nJoin online: https:\/\/meet\.example\.org\//);
});

test('a single-event calendar is named after the event; the stamp follows `now`', () => {
  const input = event({ title: 'Infoabend; neue Unterkunft' });
  const now = new Date('2026-11-27T10:11:12Z');
  const ics = eventToICalendar(input, { now });
  assert.equal(calendarName(parseCalendar(ics)), input.title);
  assertMatches(onlyEvent(ics), input, { now });
  // Without `now` the output depends only on the event, so feeds keep stable ETags.
  assert.equal(eventToICalendar(input), eventToICalendar(input));
});
