import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expandOccurrences, type DialogEvent } from '@kommunaldialog/sdk';
import { createSeed } from '../src/index.js';
import { collectPages, fieldErrors, NOW, start, type Harness } from './helpers.js';

let h: Harness;
const seed = createSeed({ now: NOW });
before(async () => {
  h = await start();
});
after(() => h.close());

const ids = (items: DialogEvent[]): string[] => items.map((e) => e.id);
const DAY = 86_400_000;

describe('GET /events', () => {
  it('lists every event of every municipality, sorted by start, across pages without duplicates', async () => {
    const all = await collectPages(h, '/v1/events?limit=7');
    assert.equal(all.length, seed.events.length);
    assert.equal(new Set(ids(all)).size, all.length);
    for (let i = 1; i < all.length; i++) assert.ok(Date.parse(all[i - 1].start) <= Date.parse(all[i].start), 'sorted by start');
  });

  it('defaults to 50 per page', async () => {
    const r = await h.get('/v1/events');
    assert.equal(r.json.items.length, 50);
    assert.equal(typeof r.json.nextCursor, 'string');
  });

  it('filters by municipality (omitted means all)', async () => {
    const r = await h.get('/v1/events?municipality=tuebingen&limit=100');
    assert.ok(r.json.items.length >= 12);
    assert.ok(r.json.items.every((e: DialogEvent) => e.municipality === 'tuebingen'));
    assert.equal(r.json.items.length, seed.events.filter((e) => e.municipality === 'tuebingen').length);
  });

  it('filters by topics and formats given as comma lists (any matches)', async () => {
    const r = await h.get('/v1/events?topic=wohnen,arbeit&limit=100');
    assert.ok(r.json.items.length > 0);
    assert.ok(r.json.items.every((e: DialogEvent) => e.topics.includes('wohnen') || e.topics.includes('arbeit')));
    const f = await h.get('/v1/events?format=sprachcafe,runder-tisch&limit=100');
    assert.ok(f.json.items.some((e: DialogEvent) => e.format === 'sprachcafe'));
    assert.ok(f.json.items.every((e: DialogEvent) => e.format === 'sprachcafe' || e.format === 'runder-tisch'));
  });

  it('searches title and description case-insensitively', async () => {
    const r = await h.get(`/v1/events?q=${encodeURIComponent('SPRACHCAFÉ')}&limit=100`);
    assert.equal(r.json.items.filter((e: DialogEvent) => e.format === 'sprachcafe').length, 10);
    // Only in descriptions:
    const d = await h.get('/v1/events?q=dolmetscherb%C3%B6rse&limit=100');
    assert.ok(d.json.items.length > 0);
    assert.ok(d.json.items.every((e: DialogEvent) => !e.title.toLowerCase().includes('dolmetscherbörse') && e.description.includes('Dolmetscherbörse')));
  });

  it('includes a recurring event when one of its occurrences overlaps [from, to)', async () => {
    const cafe = seed.events.find((e) => e.id === 'tuebingen-sprachcafe')!;
    assert.ok(Date.parse(cafe.start) < NOW.getTime() - 30 * DAY, 'the series began weeks ago');
    const next = expandOccurrences(cafe, NOW, new Date(NOW.getTime() + 60 * DAY), 1)[0]!;
    const day = next.start.slice(0, 10);
    const r = await h.get(`/v1/events?municipality=tuebingen&from=${day}&to=${day}T23:59:59%2B01:00`);
    assert.ok(ids(r.json.items).includes('tuebingen-sprachcafe'));
    for (const e of r.json.items as DialogEvent[]) {
      assert.ok(expandOccurrences(e, new Date(`${day}T00:00:00+01:00`), new Date(`${day}T23:59:59+01:00`)).length > 0, `${e.id} occurs that day`);
    }
  });

  it('treats the range as half-open: an event starting at `to` or ending at `from` is out', async () => {
    const event = seed.events.find((e) => e.recurrence === undefined && e.municipality === 'freiburg' && Date.parse(e.start) > NOW.getTime())!;
    const startsAt = encodeURIComponent(event.start);
    const endsAt = encodeURIComponent(event.end);
    const before = await h.get(`/v1/events?municipality=freiburg&to=${startsAt}&limit=100`);
    assert.ok(!ids(before.json.items).includes(event.id));
    const afterEnd = await h.get(`/v1/events?municipality=freiburg&from=${endsAt}&limit=100`);
    assert.ok(!ids(afterEnd.json.items).includes(event.id));
    const during = await h.get(`/v1/events?municipality=freiburg&from=${startsAt}&to=${endsAt}&limit=100`);
    assert.ok(ids(during.json.items).includes(event.id));
  });

  it('leaves out events whose every occurrence lies outside the range', async () => {
    const from = new Date(NOW.getTime() + 7 * DAY).toISOString().slice(0, 10);
    const r = await h.get(`/v1/events?from=${from}&limit=100`);
    const past = seed.events.filter((e) => e.recurrence === undefined && Date.parse(e.end) < NOW.getTime());
    assert.ok(past.length > 0);
    for (const e of past) assert.ok(!ids(r.json.items).includes(e.id), `${e.id} is over`);
  });

  it('paginates filtered results and rejects a cursor used with other filters', async () => {
    const all = await collectPages(h, '/v1/events?topic=zusammenleben&limit=4');
    assert.equal(new Set(ids(all)).size, all.length);
    assert.equal(all.length, seed.events.filter((e) => e.topics.includes('zusammenleben')).length);
    const first = await h.get('/v1/events?topic=zusammenleben&limit=4');
    const other = await h.get(`/v1/events?topic=arbeit&limit=4&cursor=${first.json.nextCursor}`);
    assert.equal(other.status, 400);
    assert.deepEqual(fieldErrors(other.json), ['cursor:invalid_cursor']);
    const results = await h.get(`/v1/results?cursor=${(await h.get('/v1/events?limit=4')).json.nextCursor}`);
    assert.equal(results.status, 400, 'an events cursor is no results cursor');
  });

  it('rejects a tampered cursor', async () => {
    const first = await h.get('/v1/events?limit=3');
    const cursor: string = first.json.nextCursor;
    const [body, signature] = cursor.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ v: 1, a: [0, ''], q: 'x' })).toString('base64url');
    // Change the signature's last characters to something they are not (the key is random).
    const otherEnd = signature!.endsWith('AA') ? 'BB' : 'AA';
    for (const bad of [`${forgedBody}.${signature!}`, `${body!}.${signature!.slice(0, -2)}${otherEnd}`, 'not-a-cursor', `${cursor}.extra`]) {
      const r = await h.get(`/v1/events?limit=3&cursor=${encodeURIComponent(bad)}`);
      assert.equal(r.status, 400, bad);
      assert.deepEqual(fieldErrors(r.json), ['cursor:invalid_cursor']);
    }
  });

  it('rejects bad query parameters with 400 and a field error each', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30', 'from:invalid_format'],
      ['from=2026-13-01', 'from:invalid_format'],
      ['to=yesterday', 'to:invalid_format'],
      ['from=2026-12-10&to=2026-12-01', 'to:end_before_start'],
      ['limit=0', 'limit:too_short:1'],
      ['limit=1001', 'limit:too_long:1000'],
      ['limit=ten', 'limit:invalid_format'],
      ['format=party', 'format.0:invalid_value'],
      ['municipality=stuttgart', 'municipality.0:invalid_value'],
      ['topic=Wohnen', 'topic.0:invalid_format'],
      ['topic=schwimmen', 'topic.0:invalid_value'],
      ['sort=title', 'sort:unknown_field'],
      ['q=', 'q:too_short:1'],
    ];
    for (const [query, expected] of cases) {
      const r = await h.get(`/v1/events?${query}`);
      assert.equal(r.status, 400, query);
      assert.deepEqual(fieldErrors(r.json), [expected], query);
    }
  });

  it('lists summaries with fields=summary: the same events and pages, only the summary fields', async () => {
    const query = 'municipality=tuebingen&limit=5';
    const whole = await collectPages(h, `/v1/events?${query}`);
    const summaries = await collectPages(h, `/v1/events?${query}&fields=summary`);
    assert.deepEqual(ids(summaries), ids(whole));
    const withVenue = summaries.findIndex((e) => e.venue !== undefined);
    assert.ok(withVenue >= 0);
    for (const [i, summary] of summaries.entries()) {
      const { description: _d, organizer: _o, timeZone: _z, updatedAt: _u, venue, accessibility, ...rest } = whole[i]!;
      const { notes: _n, ...needs } = accessibility;
      assert.deepEqual(summary, { ...rest, ...(venue ? { venue: { name: venue.name, city: venue.city } } : {}), accessibility: needs });
    }
    const bytes = async (path: string) => (await h.get(path)).text.length;
    const [full, short] = [await bytes(`/v1/events?limit=100`), await bytes(`/v1/events?limit=100&fields=summary`)];
    assert.ok(short < full * 0.6, `summaries ${String(short)} B, whole events ${String(full)} B`);
    const bad = await h.get('/v1/events?fields=all');
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldErrors(bad.json), ['fields:invalid_value']);
  });

  it('accepts dates, date-times with offset and Berlin wall-clock date-times', async () => {
    for (const from of ['2026-12-01', '2026-12-01T00:00:00Z', '2026-12-01T08:00:00+01:00', '2026-12-01T08:00:00']) {
      const r = await h.get(`/v1/events?from=${encodeURIComponent(from)}&to=2027-01-01`);
      assert.equal(r.status, 200, from);
    }
  });
});

describe('GET /events/{id}', () => {
  it('returns one event', async () => {
    const r = await h.get('/v1/events/horb-sprachcafe');
    assert.equal(r.status, 200);
    assert.equal(r.json.id, 'horb-sprachcafe');
    assert.match(r.json.recurrence.rrule, /^FREQ=WEEKLY/);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    assert.equal((await h.get('/v1/events/horb-nothing')).status, 404);
    const bad = await h.get('/v1/events/HORB!');
    assert.equal(bad.status, 400);
  });
});

/** Unfolded iCalendar lines. */
const icsLines = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('iCalendar', () => {
  it('serves a feed with the same filters as the list', async () => {
    const list = await h.get('/v1/events?municipality=ellwangen&topic=ehrenamt&limit=100');
    const feed = await h.get('/v1/events.ics?municipality=ellwangen&topic=ehrenamt');
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
    const lines = icsLines(feed.text);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    const summaries = lines.filter((l) => l.startsWith('SUMMARY')).map((l) => l.slice(l.indexOf(':') + 1).replace(/\\([,;\\])/g, '$1'));
    assert.deepEqual(summaries.sort(), list.json.items.map((e: DialogEvent) => e.title).sort());
  });

  it('rejects paging parameters on the feed', async () => {
    const r = await h.get('/v1/events.ics?limit=5');
    assert.equal(r.status, 400);
    assert.deepEqual(fieldErrors(r.json), ['limit:unknown_field']);
  });

  it('serves one event as a calendar download, cancelled ones marked', async () => {
    const cancelled = seed.events.find((e) => e.status === 'cancelled')!;
    const r = await h.get(`/v1/events/${cancelled.id}.ics`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-disposition') ?? '', /attachment/);
    const lines = icsLines(r.text);
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
    assert.ok(lines.includes('STATUS:CANCELLED'));
    assert.equal((await h.get('/v1/events/nope-nope.ics')).status, 404);
  });
});
