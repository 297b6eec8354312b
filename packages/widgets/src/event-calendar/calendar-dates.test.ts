import { expect } from '@open-wc/testing';
import { berlinDateKey, type DialogEvent } from '@kommunaldialog/sdk';
import { addMonths, dayKeyOf, daysCovered, monthWeeks, startOfWeek, endOfWeek, weekdayOrder } from './calendar-dates.js';
import { expandEntries, groupByDay, meetsNeeds } from './entries.js';
import { dateForKey } from './month-view.js';
import { createFormatter } from '../shared/format.js';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });

describe('calendar dates', () => {
  it('finds the Berlin day of any instant, also around both clock changes and midnight', () => {
    // Every 7 minutes across the spring and autumn switches of 2026 and a winter midnight.
    for (const [from, to] of [
      ['2026-03-28T20:00:00Z', '2026-03-30T02:00:00Z'],
      ['2026-10-24T20:00:00Z', '2026-10-26T02:00:00Z'],
      ['2026-12-31T20:00:00Z', '2027-01-01T02:00:00Z'],
    ] as const) {
      for (let ms = Date.parse(from); ms < Date.parse(to); ms += 7 * 60_000) {
        expect(dayKeyOf(ms), new Date(ms).toISOString()).to.equal(berlinDateKey(ms));
      }
    }
    expect(dayKeyOf(Date.parse('2026-12-31T22:59:59.999Z'))).to.equal('2026-12-31');
    expect(dayKeyOf(Date.parse('2026-12-31T23:00:00Z'))).to.equal('2027-01-01');
  });

  it('lays a month out in weeks that start on the locale’s first weekday', () => {
    // December 2026 begins on a Tuesday.
    const monday = monthWeeks({ year: 2026, month: 12 }, 1);
    expect(monday[0]).to.deep.equal([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(monday.at(-1)).to.deep.equal(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    const sunday = monthWeeks({ year: 2026, month: 12 }, 7);
    expect(sunday[0]!.slice(0, 3)).to.deep.equal([null, null, '2026-12-01']);
    expect(weekdayOrder(7)).to.deep.equal([7, 1, 2, 3, 4, 5, 6]);
    // February 2027 fills exactly four Monday weeks.
    expect(monthWeeks({ year: 2027, month: 2 }, 1)).to.have.length(4);
  });

  it('moves by months keeping the day where it exists, else the month’s last day', () => {
    expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-12-15', -12)).to.equal('2025-12-15');
    expect(startOfWeek('2026-12-03', 1)).to.equal('2026-11-30');
    expect(endOfWeek('2026-12-03', 1)).to.equal('2026-12-06');
  });

  it('maps grid keys to dates, mirroring left and right in RTL and keeping Home/End in the month', () => {
    expect(dateForKey('2026-12-09', key('ArrowRight'), false, 1)).to.equal('2026-12-10');
    expect(dateForKey('2026-12-09', key('ArrowRight'), true, 1)).to.equal('2026-12-08');
    expect(dateForKey('2026-12-09', key('ArrowLeft'), true, 1)).to.equal('2026-12-10');
    expect(dateForKey('2026-12-09', key('ArrowDown'), false, 1)).to.equal('2026-12-16');
    expect(dateForKey('2026-12-09', key('Home'), false, 1)).to.equal('2026-12-07');
    expect(dateForKey('2026-12-02', key('Home'), false, 1)).to.equal('2026-12-01');
    expect(dateForKey('2026-12-30', key('End'), false, 1)).to.equal('2026-12-31');
    expect(dateForKey('2026-12-09', key('End'), false, 7)).to.equal('2026-12-12');
    expect(dateForKey('2026-12-09', key('PageDown', true), false, 1)).to.equal('2027-12-09');
    expect(dateForKey('2026-12-09', key('Tab'), false, 1)).to.equal(undefined);
  });

  it('puts an event ending at midnight on its own day only', () => {
    expect(daysCovered(Date.parse('2026-12-03T00:00:00+01:00'), Date.parse('2026-12-04T00:00:00+01:00'))).to.deep.equal(['2026-12-03']);
    expect(daysCovered(Date.parse('2026-12-03T22:00:00+01:00'), Date.parse('2026-12-04T01:00:00+01:00'))).to.deep.equal(['2026-12-03', '2026-12-04']);
    // 23:30 UTC on 2 December is already 3 December in Berlin.
    expect(daysCovered(Date.parse('2026-12-02T23:30:00Z'), Date.parse('2026-12-03T00:30:00Z'))).to.deep.equal(['2026-12-03']);
  });
});

function weekly(start: string, end: string, rrule: string, exdates?: string[]): DialogEvent {
  return {
    id: 'dst-cafe',
    municipality: 'tuebingen',
    title: 'Sprachcafé',
    description: '',
    format: 'sprachcafe',
    topics: [],
    start,
    end,
    allDay: false,
    timeZone: 'Europe/Berlin',
    recurrence: exdates ? { rrule, exdates } : { rrule },
    venue: { name: 'Stadtbücherei', street: 'Nonnengasse 19', postalCode: '72070', city: 'Tübingen', lat: 48.52, lng: 9.05 },
    accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, interpretation: ['ar', 'prs'], childcare: true },
    registration: { required: false, waitlist: false },
    status: 'scheduled',
    organizer: { name: 'Freundeskreis' },
    updatedAt: '2026-09-01T10:00:00+02:00',
  };
}

describe('calendar entries', () => {
  it('keeps a weekly 18:00 event at 18:00 in Berlin across both clock changes, whatever the viewer’s zone', () => {
    const event = weekly('2026-10-04T18:00:00+02:00', '2026-10-04T20:00:00+02:00', 'FREQ=WEEKLY;UNTIL=20270425T235959Z');
    const entries = expandEntries([event], new Date('2026-10-01T00:00:00+02:00'), new Date('2027-05-01T00:00:00+02:00'));
    expect(entries).to.have.length(30);
    const fmt = createFormatter('de', { viewerTimeZone: 'America/New_York' });
    expect(new Set(entries.map((e) => fmt.time(e.start)))).to.deep.equal(new Set(['18:00']));
    const days = groupByDay(entries);
    for (const day of ['2026-10-18', '2026-10-25', '2026-11-01', '2027-03-21', '2027-03-28', '2027-04-04']) {
      expect(days.get(day), day).to.have.length(1);
    }
    expect(days.get('2026-10-25')![0]!.start).to.equal('2026-10-25T18:00:00+01:00');
    expect(days.get('2027-03-28')![0]!.start).to.equal('2027-03-28T18:00:00+02:00');
  });

  it('lists the dates a series skips, marked as skipped', () => {
    const event = weekly('2026-12-06T18:00:00+01:00', '2026-12-06T20:00:00+01:00', 'FREQ=WEEKLY;COUNT=4', ['2026-12-20T18:00:00+01:00']);
    const entries = expandEntries([event], new Date('2026-12-01T00:00:00+01:00'), new Date('2027-01-01T00:00:00+01:00'));
    expect(entries.map((e) => [e.start.slice(0, 10), e.skipped])).to.deep.equal([
      ['2026-12-06', false],
      ['2026-12-13', false],
      ['2026-12-20', true],
      ['2026-12-27', false],
    ]);
  });

  it('puts one-off events on every Berlin day they touch, sorted by start then title', () => {
    const oneOff = (id: string, title: string, start: string, end: string): DialogEvent => ({
      ...weekly(start, end, 'FREQ=WEEKLY;COUNT=1'),
      id,
      title,
      recurrence: undefined,
    });
    const events = [
      oneOff('a', 'Sprachcafé', '2026-12-03T18:00:00+01:00', '2026-12-03T20:00:00+01:00'),
      oneOff('b', 'Bürgerdialog', '2026-12-03T18:00:00+01:00', '2026-12-03T19:00:00+01:00'),
      oneOff('c', 'Nachtcafé', '2026-12-03T23:00:00+01:00', '2026-12-04T01:00:00+01:00'),
      oneOff('d', 'Fest', '2026-12-04T00:00:00+01:00', '2026-12-05T00:00:00+01:00'),
      oneOff('e', 'Frühstück', '2026-12-04T09:00:00+01:00', '2026-12-04T09:00:00+01:00'),
      // 23:30 UTC on the 4th is already the 5th in Berlin.
      oneOff('f', 'Spät', '2026-12-04T23:30:00Z', '2026-12-05T00:30:00Z'),
    ];
    const days = groupByDay(expandEntries(events, new Date('2026-12-01T00:00:00+01:00'), new Date('2027-01-01T00:00:00+01:00')));
    const titles = (day: string) => days.get(day)?.map((e) => e.event.title);
    expect(titles('2026-12-03')).to.deep.equal(['Bürgerdialog', 'Sprachcafé', 'Nachtcafé']);
    expect(titles('2026-12-04')).to.deep.equal(['Nachtcafé', 'Fest', 'Frühstück']);
    expect(titles('2026-12-05')).to.deep.equal(['Spät']);
    expect([...days.keys()]).to.deep.equal(['2026-12-03', '2026-12-04', '2026-12-05']);
  });

  it('matches access needs, interpretation by the reader’s language (Dari for Farsi readers)', () => {
    const event = weekly('2026-12-06T18:00:00+01:00', '2026-12-06T20:00:00+01:00', 'FREQ=WEEKLY;COUNT=1');
    expect(meetsNeeds(event, new Set(['interpretation']), 'ar')).to.equal(true);
    expect(meetsNeeds(event, new Set(['interpretation']), 'fa')).to.equal(true);
    expect(meetsNeeds(event, new Set(['interpretation']), 'uk')).to.equal(false);
    expect(meetsNeeds(event, new Set(['stepFree', 'childcare']), 'de')).to.equal(true);
    expect(meetsNeeds(event, new Set(['signLanguage']), 'de')).to.equal(false);
  });
});
