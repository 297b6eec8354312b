import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Result } from '@kommunaldialog/sdk';
import { createSeed } from '../src/index.js';
import { collectPages, fieldErrors, NOW, start, type Harness } from './helpers.js';

let h: Harness;
const seed = createSeed({ now: NOW });
before(async () => {
  h = await start();
});
after(() => h.close());

function positions(r: Result): [number, number][] {
  return r.geometry.type === 'Point' ? [r.geometry.coordinates] : r.geometry.coordinates.flat();
}

describe('GET /results', () => {
  it('lists every result across pages without duplicates, newest update first', async () => {
    const all = await collectPages(h, '/v1/results?limit=9');
    assert.equal(all.length, seed.results.length);
    assert.equal(new Set(all.map((r: Result) => r.id)).size, all.length);
    for (let i = 1; i < all.length; i++) assert.ok(Date.parse(all[i - 1].updatedAt) >= Date.parse(all[i].updatedAt));
  });

  it('lists summaries with fields=summary: the same results and pages, only the fields a map needs', async () => {
    const whole = await collectPages(h, '/v1/results?status=done&limit=7');
    const summaries = await collectPages(h, '/v1/results?status=done&limit=7&fields=summary');
    assert.deepEqual(
      summaries,
      whole.map(({ id, municipality, title, topics, status, progress, geometry, precision }: Result) => ({
        id,
        municipality,
        title,
        topics,
        status,
        progress,
        geometry,
        precision,
      })),
    );
    const bad = await h.get('/v1/results?fields=geometry');
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldErrors(bad.json), ['fields:invalid_value']);
  });

  it('filters by municipality, topic and status (comma lists)', async () => {
    const r = await h.get('/v1/results?municipality=freiburg&status=done,in-progress&topic=mobilitaet,wohnen&limit=100');
    const expected = seed.results.filter(
      (x) => x.municipality === 'freiburg' && ['done', 'in-progress'].includes(x.status) && x.topics.some((t) => ['mobilitaet', 'wohnen'].includes(t)),
    );
    assert.ok(expected.length > 0);
    assert.deepEqual(r.json.items.map((x: Result) => x.id).sort(), expected.map((x) => x.id).sort());
  });

  it('keeps only results whose geometry intersects the bbox', async () => {
    const town = seed.municipalities.find((m) => m.id === 'tuebingen')!;
    const [west, south, east, north] = town.bbox;
    const westHalf = [west, south, (west + east) / 2, north];
    const r = await h.get(`/v1/results?bbox=${westHalf.join(',')}&limit=100`);
    assert.ok(r.json.items.length > 0);
    for (const result of r.json.items as Result[]) {
      assert.ok(positions(result).some(([lng]) => lng <= westHalf[2]!), `${result.id} reaches into the west half`);
    }
    const outside = seed.results.filter((x) => x.municipality === 'tuebingen' && positions(x).every(([lng]) => lng > westHalf[2]!));
    for (const x of outside) assert.ok(!r.json.items.some((y: Result) => y.id === x.id), `${x.id} lies east of the box`);
    const berlin = await h.get('/v1/results?bbox=13.3,52.4,13.5,52.6');
    assert.deepEqual(berlin.json.items, []);
  });

  it('rejects a bbox that is out of range, inverted or malformed', async () => {
    const cases: [string, string][] = [
      ['10,48,9,49', 'bbox.2:west_after_east'],
      ['9,49,10,48', 'bbox.3:south_after_north'],
      ['9,48,10,91', 'bbox.3:too_long:90'],
      ['-181,48,10,49', 'bbox.0:too_short:-180'],
      ['9,48,10', 'bbox:too_short:4'],
      ['9,48,ten,49', 'bbox.2:invalid_type'],
    ];
    for (const [bbox, expected] of cases) {
      const r = await h.get(`/v1/results?bbox=${bbox}`);
      assert.equal(r.status, 400, bbox);
      assert.deepEqual(fieldErrors(r.json), [expected], bbox);
    }
    assert.deepEqual(fieldErrors((await h.get('/v1/results?status=finished')).json), ['status.0:invalid_value']);
  });

  it('returns one result and 404 for an unknown id', async () => {
    const first = seed.results[0]!;
    assert.deepEqual((await h.get(`/v1/results/${first.id}`)).json, first);
    assert.equal((await h.get('/v1/results/horb-unbekannt')).status, 404);
  });
});

describe('GET /results.geojson', () => {
  it('serves the same selection as a GeoJSON FeatureCollection', async () => {
    const list = await h.get('/v1/results?municipality=schwaebisch-gmuend&limit=100');
    const geo = await h.get('/v1/results.geojson?municipality=schwaebisch-gmuend');
    assert.equal(geo.status, 200);
    assert.match(geo.headers.get('content-type') ?? '', /^application\/geo\+json/);
    assert.equal(geo.json.type, 'FeatureCollection');
    assert.deepEqual(geo.json.features.map((f: { id: string }) => f.id).sort(), list.json.items.map((r: Result) => r.id).sort());
    for (const f of geo.json.features) {
      const result = list.json.items.find((r: Result) => r.id === f.id);
      assert.equal(f.type, 'Feature');
      assert.deepEqual(f.geometry, result.geometry);
      for (const field of ['id', 'title', 'status', 'progress', 'precision', 'municipality', 'topics']) assert.deepEqual(f.properties[field], result[field], field);
      assert.equal(f.properties.geometry, undefined);
    }
  });

  it('rejects paging parameters', async () => {
    assert.deepEqual(fieldErrors((await h.get('/v1/results.geojson?cursor=abc')).json), ['cursor:unknown_field']);
  });
});
