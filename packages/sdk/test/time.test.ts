import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  berlinDateKey,
  berlinDateParts,
  berlinDayRange,
  berlinOffsetMinutes,
  berlinWallClockToInstant,
  formatBerlinIso,
  isoWeekday,
} from '../src/time.js';

const HOUR = 3_600_000;

test('Berlin is one hour ahead of UTC in winter and two in summer, switching at 01:00 UTC', () => {
  assert.equal(berlinOffsetMinutes(new Date('2026-12-03T17:30:00Z')), 60);
  assert.equal(berlinOffsetMinutes(new Date('2026-07-15T12:00:00Z')), 120);
  assert.equal(berlinOffsetMinutes(new Date('2026-03-29T00:59:59Z')), 60);
  assert.equal(berlinOffsetMinutes(new Date('2026-03-29T01:00:00Z')), 120);
  assert.equal(berlinOffsetMinutes(new Date('2026-10-25T00:59:59Z')), 120);
  assert.equal(berlinOffsetMinutes(Date.parse('2026-10-25T01:00:00Z')), 60);
});

test('a Berlin wall-clock time becomes the instant Berlin clocks show it', () => {
  assert.equal(berlinWallClockToInstant(2026, 12, 3, 18, 30).toISOString(), '2026-12-03T17:30:00.000Z');
  assert.equal(berlinWallClockToInstant(2026, 7, 15, 18, 0).toISOString(), '2026-07-15T16:00:00.000Z');
  assert.equal(berlinWallClockToInstant(2027, 1, 1).toISOString(), '2026-12-31T23:00:00.000Z');
  // Hours next to both switches are unambiguous.
  assert.equal(berlinWallClockToInstant(2027, 3, 28, 1, 59).toISOString(), '2027-03-28T00:59:00.000Z');
  assert.equal(berlinWallClockToInstant(2027, 3, 28, 3, 0).toISOString(), '2027-03-28T01:00:00.000Z');
  assert.equal(berlinWallClockToInstant(2026, 10, 25, 3, 0).toISOString(), '2026-10-25T02:00:00.000Z');
});

test('02:30 on the spring switch does not exist and moves forward to 03:30 summer time', () => {
  const instant = berlinWallClockToInstant(2027, 3, 28, 2, 30);
  assert.equal(instant.toISOString(), '2027-03-28T01:30:00.000Z');
  assert.equal(formatBerlinIso(instant), '2027-03-28T03:30:00+02:00');
});

test('02:30 on the autumn switch exists twice and resolves to the first (summer time)', () => {
  const instant = berlinWallClockToInstant(2026, 10, 25, 2, 30);
  assert.equal(instant.toISOString(), '2026-10-25T00:30:00.000Z');
  assert.equal(formatBerlinIso(instant), '2026-10-25T02:30:00+02:00');
  // One hour later the clocks show 02:30 again, now in winter time.
  assert.equal(formatBerlinIso(instant.getTime() + HOUR), '2026-10-25T02:30:00+01:00');
});

test('every hour of 2026 and 2027 survives Berlin parts → wall clock → instant', () => {
  let repeated = 0;
  for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2028-01-01T00:00:00Z'); ms += HOUR) {
    const p = berlinDateParts(ms);
    const back = berlinWallClockToInstant(p.year, p.month, p.day, p.hour, p.minute, p.second).getTime();
    if (back !== ms) {
      // Only the second pass through the repeated autumn hour maps to its first pass.
      assert.equal(back, ms - HOUR, new Date(ms).toISOString());
      assert.equal(berlinOffsetMinutes(ms), 60);
      repeated++;
    }
    assert.equal(Date.parse(formatBerlinIso(ms)), ms);
  }
  assert.equal(repeated, 2);
});

test('Berlin wall clocks agree with what Intl prints for Berlin, from 1980 to 2100', () => {
  const reference = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const pad = (n: number): string => String(n).padStart(2, '0');
  // Steps of 37 min 13 s hit every hour of the day and odd seconds; plus the instants around each switch.
  const instants: number[] = [];
  for (let ms = Date.parse('2025-01-01T00:00:00Z'); ms < Date.parse('2028-01-01T00:00:00Z'); ms += 2_233_000) instants.push(ms);
  for (const year of [1980, 1996, 2026, 2027, 2061, 2100]) {
    for (const month of ['03', '10']) {
      for (let day = 24; day <= 31; day++) {
        const at = Date.parse(`${String(year)}-${month}-${String(day)}T01:00:00Z`);
        instants.push(at - 1000, at, at + 1000);
      }
    }
  }
  // 1980 switched on other dates (6 April, 28 September).
  for (const at of [Date.parse('1980-04-06T01:00:00Z'), Date.parse('1980-09-28T01:00:00Z')]) instants.push(at - 1000, at);
  for (const ms of instants) {
    const p = berlinDateParts(ms);
    const mine = `${String(p.year)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
    assert.equal(mine, reference.format(ms), new Date(ms).toISOString());
  }
});

test('ISO strings carry the Berlin offset of their own date', () => {
  assert.equal(formatBerlinIso(new Date('2026-12-03T17:30:00Z')), '2026-12-03T18:30:00+01:00');
  assert.equal(formatBerlinIso(new Date('2026-07-15T16:00:45.900Z')), '2026-07-15T18:00:45+02:00');
  assert.equal(formatBerlinIso(new Date('2026-12-31T23:00:00Z')), '2027-01-01T00:00:00+01:00');
});

test('date parts and day keys follow the Berlin calendar, not UTC', () => {
  // 23:30 UTC on New Year's Eve is already 00:30 on New Year's Day in Berlin.
  const parts = berlinDateParts(new Date('2026-12-31T23:30:00Z'));
  assert.deepEqual(parts, { year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0, weekday: 5 });
  assert.equal(berlinDateKey(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
  assert.equal(berlinDateKey(new Date('2026-12-31T22:59:59Z')), '2026-12-31');
  assert.equal(isoWeekday(2026, 11, 27), 5);
  assert.equal(isoWeekday(2026, 11, 29), 7);
  assert.equal(isoWeekday(2026, 11, 30), 1);
});

test('the days of the clock changes last 23 and 25 hours', () => {
  const spring = berlinDayRange(2027, 3, 28);
  const autumn = berlinDayRange(2026, 10, 25);
  const plain = berlinDayRange(2026, 12, 31);
  assert.equal(spring.end.getTime() - spring.start.getTime(), 23 * HOUR);
  assert.equal(autumn.end.getTime() - autumn.start.getTime(), 25 * HOUR);
  assert.equal(plain.end.getTime() - plain.start.getTime(), 24 * HOUR);
  assert.equal(plain.end.toISOString(), '2026-12-31T23:00:00.000Z');
});

test('results do not depend on the time zone of the device', () => {
  const timeModule = fileURLToPath(new URL('../src/time.ts', import.meta.url));
  const script = `
    const t = await import(${JSON.stringify(timeModule)});
    console.log(JSON.stringify([
      t.formatBerlinIso(new Date('2026-10-25T00:30:00Z')),
      t.berlinWallClockToInstant(2027, 3, 28, 2, 30).toISOString(),
      t.berlinDateKey(new Date('2026-12-31T23:30:00Z')),
    ]));`;
  const expected = JSON.stringify([
    formatBerlinIso(new Date('2026-10-25T00:30:00Z')),
    berlinWallClockToInstant(2027, 3, 28, 2, 30).toISOString(),
    berlinDateKey(new Date('2026-12-31T23:30:00Z')),
  ]);
  for (const zone of ['Pacific/Auckland', 'America/New_York', 'UTC']) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    assert.equal(out.trim(), expected, zone);
  }
});
