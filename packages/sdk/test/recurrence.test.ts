import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DialogEvent } from '../src/schemas/event.js';
import { expandOccurrences, parseRRule } from '../src/recurrence.js';
import { berlinDateParts } from '../src/time.js';

function event(overrides: Partial<DialogEvent>): DialogEvent {
  // Parsing keeps the fixtures honest: they must be events the API could send.
  return DialogEvent.parse({
    id: 'sprachcafe-ulm',
    municipality: 'ulm',
    title: 'Sprachcafé',
    description: 'Deutsch üben bei Tee und Kuchen.',
    format: 'sprachcafe',
    topics: ['sprache'],
    start: '2026-10-07T18:00:00+02:00',
    end: '2026-10-07T20:00:00+02:00',
    allDay: false,
    timeZone: 'Europe/Berlin',
    venue: { name: 'Haus der Begegnung', street: 'Grüner Hof 5', postalCode: '89073', city: 'Ulm', lat: 48.4, lng: 9.99 },
    accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, interpretation: ['ar'], childcare: true },
    registration: { required: false, waitlist: false },
    status: 'scheduled',
    organizer: { name: 'Stadt Ulm' },
    updatedAt: '2026-09-01T10:00:00+02:00',
    ...overrides,
  });
}

const range = (from: string, to: string): [Date, Date] => [new Date(from), new Date(to)];
const starts = (occurrences: { start: string }[]): string[] => occurrences.map((o) => o.start);

test('a weekly 18:00 café stays at 18:00 Berlin time across both clock changes', () => {
  const cafe = event({ recurrence: { rrule: 'FREQ=WEEKLY' } });
  const occurrences = expandOccurrences(cafe, ...range('2026-10-01T00:00:00Z', '2027-04-10T00:00:00Z'));
  assert.equal(occurrences.length, 27);
  for (const o of occurrences) {
    const start = berlinDateParts(new Date(o.start));
    const end = berlinDateParts(new Date(o.end));
    assert.deepEqual([start.hour, start.minute, start.weekday], [18, 0, 3], o.start);
    assert.deepEqual([end.hour, end.minute], [20, 0], o.end);
    assert.equal(Date.parse(o.end) - Date.parse(o.start), 2 * 3_600_000);
    assert.equal(o.recurrenceId, o.start);
  }
  assert.deepEqual(starts(occurrences).slice(2, 5), [
    '2026-10-21T18:00:00+02:00',
    '2026-10-28T18:00:00+01:00',
    '2026-11-04T18:00:00+01:00',
  ]);
  assert.deepEqual(starts(occurrences).slice(-3), [
    '2027-03-24T18:00:00+01:00',
    '2027-03-31T18:00:00+02:00',
    '2027-04-07T18:00:00+02:00',
  ]);
});

test('a single event is returned when it overlaps the range and not otherwise', () => {
  const single = event({ start: '2026-12-03T18:30:00+01:00', end: '2026-12-03T20:30:00+01:00' });
  assert.deepEqual(expandOccurrences(single, ...range('2026-12-01T00:00:00Z', '2026-12-31T00:00:00Z')), [
    { start: '2026-12-03T18:30:00+01:00', end: '2026-12-03T20:30:00+01:00' },
  ]);
  // Still running at the start of the range: overlaps.
  assert.equal(expandOccurrences(single, ...range('2026-12-03T18:00:00Z', '2026-12-04T00:00:00Z')).length, 1);
  // The range is half-open: an event ending exactly when it begins does not overlap, nor one starting at its end.
  assert.equal(expandOccurrences(single, ...range('2026-12-03T19:30:00Z', '2026-12-04T00:00:00Z')).length, 0);
  assert.equal(expandOccurrences(single, ...range('2026-12-01T00:00:00Z', '2026-12-03T17:30:00Z')).length, 0);
});

test('COUNT includes the first start and the occurrences removed by exdates', () => {
  const cafe = event({
    recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2026-10-14T18:00:00+02:00'] },
  });
  assert.deepEqual(starts(expandOccurrences(cafe, ...range('2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z'))), [
    '2026-10-07T18:00:00+02:00',
    '2026-10-21T18:00:00+02:00',
    '2026-10-28T18:00:00+01:00',
  ]);
});

test('exdates written in another offset still remove the occurrence at that instant', () => {
  const cafe = event({ recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-10-14T16:00:00Z'] } });
  assert.deepEqual(starts(expandOccurrences(cafe, ...range('2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z'))), [
    '2026-10-07T18:00:00+02:00',
    '2026-10-21T18:00:00+02:00',
  ]);
});

test('UNTIL is inclusive, as an instant, as a local time and as a whole day', () => {
  const all = range('2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z');
  const lastStart = (rrule: string): string | undefined =>
    starts(expandOccurrences(event({ recurrence: { rrule } }), ...all)).at(-1);
  assert.equal(lastStart('FREQ=WEEKLY;UNTIL=20261028T170000Z'), '2026-10-28T18:00:00+01:00');
  assert.equal(lastStart('FREQ=WEEKLY;UNTIL=20261028T165959Z'), '2026-10-21T18:00:00+02:00');
  assert.equal(lastStart('FREQ=WEEKLY;UNTIL=20261028T180000'), '2026-10-28T18:00:00+01:00');
  assert.equal(lastStart('FREQ=WEEKLY;UNTIL=20261028'), '2026-10-28T18:00:00+01:00');
  assert.equal(lastStart('FREQ=WEEKLY;UNTIL=20261027'), '2026-10-21T18:00:00+02:00');
});

test('an occurrence in the hour the spring switch skips moves forward by that hour (RFC 5545)', () => {
  const early = event({
    start: '2026-03-27T02:30:00+01:00',
    end: '2026-03-27T03:00:00+01:00',
    recurrence: { rrule: 'FREQ=DAILY;COUNT=4' },
  });
  assert.deepEqual(expandOccurrences(early, ...range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).slice(1), [
    { start: '2026-03-28T02:30:00+01:00', end: '2026-03-28T03:00:00+01:00', recurrenceId: '2026-03-28T02:30:00+01:00' },
    { start: '2026-03-29T03:30:00+02:00', end: '2026-03-29T04:00:00+02:00', recurrenceId: '2026-03-29T03:30:00+02:00' },
    { start: '2026-03-30T02:30:00+02:00', end: '2026-03-30T03:00:00+02:00', recurrenceId: '2026-03-30T02:30:00+02:00' },
  ]);
});

test('daily rules honour INTERVAL', () => {
  const daily = event({ recurrence: { rrule: 'FREQ=DAILY;INTERVAL=3;COUNT=4' } });
  assert.deepEqual(starts(expandOccurrences(daily, ...range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))), [
    '2026-10-07T18:00:00+02:00',
    '2026-10-10T18:00:00+02:00',
    '2026-10-13T18:00:00+02:00',
    '2026-10-16T18:00:00+02:00',
  ]);
});

test('weekly rules honour BYDAY lists and INTERVAL', () => {
  // Starts on a Wednesday; every other week on Tuesday and Thursday.
  const office = event({ recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=5' } });
  assert.deepEqual(starts(expandOccurrences(office, ...range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))), [
    '2026-10-07T18:00:00+02:00',
    '2026-10-08T18:00:00+02:00',
    '2026-10-20T18:00:00+02:00',
    '2026-10-22T18:00:00+02:00',
    '2026-11-03T18:00:00+01:00',
  ]);
});

test('monthly rules honour ordinal BYDAY like 2TH and -1FR', () => {
  const secondThursday = event({
    start: '2026-10-08T19:00:00+02:00',
    end: '2026-10-08T21:00:00+02:00',
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2TH;COUNT=4' },
  });
  assert.deepEqual(starts(expandOccurrences(secondThursday, ...range('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'))), [
    '2026-10-08T19:00:00+02:00',
    '2026-11-12T19:00:00+01:00',
    '2026-12-10T19:00:00+01:00',
    '2027-01-14T19:00:00+01:00',
  ]);
  const lastFriday = event({
    start: '2026-10-30T16:00:00+01:00',
    end: '2026-10-30T17:00:00+01:00',
    recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;UNTIL=20270601' },
  });
  assert.deepEqual(starts(expandOccurrences(lastFriday, ...range('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'))), [
    '2026-10-30T16:00:00+01:00',
    '2026-12-25T16:00:00+01:00',
    '2027-02-26T16:00:00+01:00',
    '2027-04-30T16:00:00+02:00',
  ]);
});

test('a monthly rule on the 31st skips months without one', () => {
  const closing = event({
    start: '2026-10-31T10:00:00+01:00',
    end: '2026-10-31T11:00:00+01:00',
    recurrence: { rrule: 'FREQ=MONTHLY;COUNT=4' },
  });
  assert.deepEqual(starts(expandOccurrences(closing, ...range('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'))), [
    '2026-10-31T10:00:00+01:00',
    '2026-12-31T10:00:00+01:00',
    '2027-01-31T10:00:00+01:00',
    '2027-03-31T10:00:00+02:00',
  ]);
});

test('only occurrences overlapping the range are returned, with the counting still from the start', () => {
  const cafe = event({ recurrence: { rrule: 'FREQ=WEEKLY;COUNT=10' } });
  assert.deepEqual(starts(expandOccurrences(cafe, ...range('2026-11-01T00:00:00Z', '2026-11-30T00:00:00Z'))), [
    '2026-11-04T18:00:00+01:00',
    '2026-11-11T18:00:00+01:00',
    '2026-11-18T18:00:00+01:00',
    '2026-11-25T18:00:00+01:00',
  ]);
  assert.deepEqual(expandOccurrences(cafe, ...range('2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z')), []);
  // Without COUNT, a range years later is reached directly and still lands on Wednesdays at 18:00.
  const endless = event({ recurrence: { rrule: 'FREQ=WEEKLY' } });
  assert.deepEqual(starts(expandOccurrences(endless, ...range('2036-06-01T00:00:00Z', '2036-06-12T00:00:00Z'))), [
    '2036-06-04T18:00:00+02:00',
    '2036-06-11T18:00:00+02:00',
  ]);
});

test('maxCount bounds the result of an endless rule over a long range', () => {
  const daily = event({ recurrence: { rrule: 'FREQ=DAILY' } });
  const occurrences = expandOccurrences(daily, new Date('2026-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'), 50);
  assert.equal(occurrences.length, 50);
  assert.equal(occurrences[49]?.start, '2026-11-25T18:00:00+01:00');
  assert.equal(expandOccurrences(daily, new Date('2026-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z')).length, 1000);
});

test('a rule that can never match ends without occurrences beyond the first', () => {
  const never = event({ recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1;BYDAY=2MO' } });
  assert.deepEqual(starts(expandOccurrences(never, new Date('2026-01-01T00:00:00Z'), new Date('2999-01-01T00:00:00Z'))), [
    '2026-10-07T18:00:00+02:00',
  ]);
});

test('all-day occurrences cover whole Berlin days, also on the day clocks change', () => {
  const fest = event({
    allDay: true,
    start: '2026-10-24T00:00:00+02:00',
    end: '2026-10-25T00:00:00+02:00',
    recurrence: { rrule: 'FREQ=DAILY;COUNT=3' },
  });
  assert.deepEqual(expandOccurrences(fest, ...range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')), [
    { start: '2026-10-24T00:00:00+02:00', end: '2026-10-25T00:00:00+02:00', recurrenceId: '2026-10-24T00:00:00+02:00' },
    { start: '2026-10-25T00:00:00+02:00', end: '2026-10-26T00:00:00+01:00', recurrenceId: '2026-10-25T00:00:00+02:00' },
    { start: '2026-10-26T00:00:00+01:00', end: '2026-10-27T00:00:00+01:00', recurrenceId: '2026-10-26T00:00:00+01:00' },
  ]);
});

test('RRULE parts are read into a rule', () => {
  assert.deepEqual(parseRRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH,-1FR,MO;COUNT=7;WKST=SU'), {
    freq: 'MONTHLY',
    interval: 2,
    count: 7,
    weekStart: 7,
    byDay: [{ weekday: 4, ordinal: 2 }, { weekday: 5, ordinal: -1 }, { weekday: 1 }],
  });
  assert.deepEqual(parseRRule('FREQ=WEEKLY;UNTIL=20270331T215959Z')?.until, {
    kind: 'instant',
    ms: Date.parse('2027-03-31T21:59:59Z'),
  });
  assert.equal(parseRRule('FREQ=YEARLY'), undefined);
});
