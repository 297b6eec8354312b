import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConcernStatus, DialogEvent, Municipality, Result, Topic, type BBox } from '@kommunaldialog/sdk';
import {
  isConcernStatus,
  isDialogEvent,
  isMunicipality,
  isResult,
  isTopic,
} from '@kommunaldialog/sdk/checks';
import { createSeed, generateEvents, generateResults } from '../src/index.js';
import { NOW } from './helpers.js';

/** From shared/data/pilot-municipalities.md: id, AGS, district, population, lat, lng, site. */
const PILOTS: [string, string, string, number, number, number, string][] = [
  ['donaueschingen', '08326012', 'Schwarzwald-Baar-Kreis', 22150, 47.9531, 8.5033, 'donaueschingen.de'],
  ['ellwangen', '08136019', 'Ostalbkreis', 24477, 48.9611, 10.1306, 'ellwangen.de'],
  ['filderstadt', '08116077', 'Landkreis Esslingen', 46295, 48.6803, 9.2186, 'filderstadt.de'],
  ['freiburg', '08311000', 'Stadtkreis (kreisfrei)', 236140, 47.995, 7.85, 'freiburg.de'],
  ['frickenhausen', '08116020', 'Landkreis Esslingen', 9303, 48.5928, 9.3611, 'frickenhausen.de'],
  ['friedrichshafen', '08435016', 'Bodenseekreis', 62932, 47.6542, 9.4792, 'friedrichshafen.de'],
  ['hardheim', '08225032', 'Neckar-Odenwald-Kreis', 6995, 49.6167, 9.4667, 'hardheim.de'],
  ['horb', '08237040', 'Landkreis Freudenstadt', 25695, 48.4453, 8.6911, 'horb.de'],
  ['schwaebisch-gmuend', '08136065', 'Ostalbkreis', 61000, 48.8, 9.8, 'schwaebisch-gmuend.de'],
  ['tuebingen', '08416041', 'Landkreis Tübingen', 92811, 48.5214, 9.0544, 'tuebingen.de'],
];

const DAY = 86_400_000;
const data = createSeed({ now: NOW });
const inBox = ([w, s, e, n]: BBox, lng: number, lat: number): boolean =>
  lng >= w && lng <= e && lat >= s && lat <= n;
const positions = (r: Result): [number, number][] =>
  r.geometry.type === 'Point' ? [r.geometry.coordinates] : r.geometry.coordinates.flat();

describe('seed data', () => {
  it('has the ten pilot municipalities with their official keys and coordinates', () => {
    assert.equal(data.municipalities.length, 10);
    for (const [id, ags, district, population, lat, lng, site] of PILOTS) {
      const m = data.municipalities.find((x) => x.id === id);
      assert.ok(m, id);
      assert.ok(Municipality.safeParse(m).success, id);
      assert.equal(m.ags, ags, id);
      assert.equal(m.district, district, id);
      assert.equal(m.population?.count, population, id);
      assert.deepEqual(m.centre, { lat, lng }, id);
      assert.equal(m.website, `https://www.${site}/`);
      assert.equal(m.privacyUrl, `https://www.${site}/datenschutz`);
      assert.ok(m.contact.email.endsWith(`@${site}`), id);
      const [w, s, e, n] = m.bbox;
      for (const [half, expected] of [
        [(e - w) / 2, 0.05],
        [(n - s) / 2, 0.05],
      ] as const)
        assert.ok(Math.abs(half - expected) < 0.01, `${id} bbox ±0.05°`);
      assert.ok(inBox(m.bbox, lng, lat));
    }
    assert.equal(
      data.municipalities.find((m) => m.id === 'tuebingen')!.officialName,
      'Universitätsstadt Tübingen',
    );
  });

  it('has ten topics, each labelled in every locale', () => {
    assert.equal(data.topics.length, 10);
    for (const t of data.topics) assert.ok(Topic.safeParse(t).success && t.labels['de-x-ls'], t.id);
  });

  it('gives every town 12–20 valid events over the last three and the next six months, with every special case', () => {
    for (const m of data.municipalities) {
      const events = data.events.filter((e) => e.municipality === m.id);
      assert.ok(events.length >= 12 && events.length <= 20, `${m.id}: ${String(events.length)} events`);
      for (const e of events) {
        const parsed = DialogEvent.safeParse(e);
        assert.ok(parsed.success, `${e.id}: ${JSON.stringify(parsed.error?.issues)}`);
        assert.ok(
          Date.parse(e.start) >= NOW.getTime() - 92 * DAY && Date.parse(e.start) <= NOW.getTime() + 184 * DAY,
          `${e.id} starts in the window`,
        );
        if (e.venue) assert.ok(inBox(m.bbox, e.venue.lng, e.venue.lat), `${e.id}: venue inside ${m.id}`);
        assert.ok(Date.parse(e.updatedAt) <= NOW.getTime(), `${e.id} updated in the past`);
      }
      assert.ok(
        events.some((e) => Date.parse(e.start) < NOW.getTime()) &&
          events.some((e) => Date.parse(e.start) > NOW.getTime()),
        `${m.id}: past and future`,
      );
      assert.ok(
        events.some((e) => e.format === 'sprachcafe' && /FREQ=WEEKLY/.test(e.recurrence?.rrule ?? '')),
        `${m.id}: weekly Sprachcafé`,
      );
      assert.ok(
        events.some((e) => e.status === 'cancelled'),
        `${m.id}: a cancelled event`,
      );
      assert.ok(
        events.some((e) => e.venue === undefined && e.onlineUrl),
        `${m.id}: an online-only event`,
      );
      assert.ok(
        events.some(
          (e) =>
            e.registration.remaining === 0 && e.registration.waitlist && Date.parse(e.start) > NOW.getTime(),
        ),
        `${m.id}: a full event with a waiting list`,
      );
      assert.equal(new Set(events.map((e) => e.format)).size, 7, `${m.id}: every format`);
      for (const status of ['postponed', 'moved-online'] as const)
        assert.ok(
          events.some((e) => e.status === status),
          `${m.id}: ${status}`,
        );
      assert.ok(
        events.some((e) => e.accessibility.interpretation.length > 0),
        `${m.id}: interpretation`,
      );
    }
  });

  it('places 8–12 valid results per town inside the town, with housing only ever shown as an area', () => {
    for (const m of data.municipalities) {
      const results = data.results.filter((r) => r.municipality === m.id);
      assert.ok(results.length >= 8 && results.length <= 12, `${m.id}: ${String(results.length)} results`);
      for (const r of results) {
        const parsed = Result.safeParse(r);
        assert.ok(parsed.success, `${r.id}: ${JSON.stringify(parsed.error?.issues)}`);
        for (const [lng, lat] of positions(r)) assert.ok(inBox(m.bbox, lng, lat), `${r.id} inside ${m.id}`);
        if (r.precision === 'area')
          assert.equal(r.geometry.type, 'Polygon', `${r.id}: an area is never a point`);
        if (r.topics.includes('wohnen')) assert.equal(r.precision, 'area', `${r.id}: housing is never exact`);
        for (const id of r.relatedEvents)
          assert.ok(
            data.events.some((e) => e.id === id),
            `${r.id} → ${id}`,
          );
      }
      assert.ok(
        results.some((r) => r.geometry.type === 'Polygon'),
        `${m.id}: polygons`,
      );
      assert.ok(new Set(results.map((r) => r.status)).size >= 2, `${m.id}: a mix of statuses`);
    }
  });

  it('publishes a few concerns with public timelines that link to real events and results', () => {
    assert.ok(data.concerns.length >= 20);
    for (const c of data.concerns) {
      assert.ok(ConcernStatus.safeParse(c).success, c.reference);
      assert.equal(c.status, c.timeline.at(-1)!.status);
      for (const step of c.timeline) {
        if (step.eventId)
          assert.ok(data.events.some((e) => e.id === step.eventId && e.municipality === c.municipality));
        if (step.resultId)
          assert.ok(data.results.some((r) => r.id === step.resultId && r.municipality === c.municipality));
      }
    }
    const refs = data.concerns.map((c) => c.reference);
    assert.equal(new Set(refs).size, refs.length);
  });

  it('is deterministic for a seed and a day, and differs for another seed', () => {
    assert.deepEqual(createSeed({ now: NOW }), data);
    assert.deepEqual(createSeed({ now: new Date(NOW.getTime() + 3_600_000) }), data, 'same Berlin day');
    assert.notDeepEqual(createSeed({ now: NOW, seed: 2 }), data);
  });
});

describe('generators', () => {
  it('produce 100 000 valid events and results, deterministically', () => {
    const events = generateEvents(100_000, { now: NOW });
    const results = generateResults(100_000, { now: NOW });
    assert.equal(events.length, 100_000);
    assert.equal(results.length, 100_000);
    assert.equal(new Set(events.map((e) => e.id)).size, 100_000);
    // Validity does not depend on the count: every 10th record (20 000 in all) keeps the test quick.
    for (let i = 0; i < events.length; i += 10)
      assert.ok(DialogEvent.safeParse(events[i]).success, events[i]!.id);
    for (let i = 0; i < results.length; i += 10)
      assert.ok(Result.safeParse(results[i]).success, results[i]!.id);
    for (let i = 1; i < events.length; i++)
      assert.ok(Date.parse(events[i - 1]!.start) <= Date.parse(events[i]!.start));
    assert.deepEqual(generateEvents(50, { now: NOW, seed: 3 }), generateEvents(50, { now: NOW, seed: 3 }));
  });

  it("are accepted by the SDK's generated checks exactly as by zod (the widgets' fast path)", () => {
    // The browser client trusts the generated check when it says yes and asks zod when it says no:
    // a record the check refused would cost the slow path, one it let through wrongly a bad answer.
    const { events, results, municipalities, topics, concerns } = createSeed({ now: NOW });
    const records: [
      string,
      (v: unknown) => boolean,
      { safeParse(v: unknown): { success: boolean } },
      unknown[],
    ][] = [
      ['event', isDialogEvent, DialogEvent, [...events, ...generateEvents(5_000, { now: NOW })]],
      ['result', isResult, Result, [...results, ...generateResults(10_000, { now: NOW })]],
      ['municipality', isMunicipality, Municipality, municipalities],
      ['topic', isTopic, Topic, topics],
      ['concern status', isConcernStatus, ConcernStatus, concerns],
    ];
    for (const [kind, is, schema, list] of records) {
      assert.ok(list.length > 0, kind);
      for (const record of list)
        assert.equal(is(record), schema.safeParse(record).success, `${kind} ${JSON.stringify(record)}`);
      assert.ok(list.every(is), `every seeded ${kind} passes`);
    }
  });

  it('honour the municipality selection and refuse impossible counts', () => {
    const events = generateEvents(200, { now: NOW, municipalities: ['hardheim'] });
    assert.ok(events.every((e) => e.municipality === 'hardheim'));
    assert.throws(() => generateEvents(100_001), RangeError);
    assert.throws(() => generateResults(-1), RangeError);
  });
});
