import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSeed } from '../src/index.js';
import { concern, fieldErrors, key, NOW, solvedChallenge, start, testClock, type Harness } from './helpers.js';

const seed = createSeed({ now: NOW });
const seededThisYear = Math.max(...seed.concerns.filter((c) => c.reference.startsWith('KD-2026-')).map((c) => Number(c.reference.slice(-6))));

const submit = (h: Harness, body: unknown, headers: Record<string, string> = {}) =>
  h.post('/v1/concerns', body, { headers: { 'idempotency-key': key(), ...headers } });
const count = async (h: Harness): Promise<number> => (await h.get('/__mock/concerns')).json.count;

describe('submitting a concern', () => {
  let h: Harness;
  before(async () => {
    h = await start();
  });
  after(() => h.close());

  it('issues an ALTCHA challenge that expires in 20 minutes and is never cached', async () => {
    const r = await h.get('/v1/challenge');
    assert.equal(r.json.algorithm, 'SHA-256');
    assert.match(r.json.challenge, /^[0-9a-f]{64}$/);
    assert.equal(r.json.maxnumber, 500);
    const expires = Number(new URLSearchParams(r.json.salt.split('?')[1]).get('expires'));
    assert.equal(expires * 1000, NOW.getTime() + 20 * 60 * 1000);
    assert.match(r.headers.get('cache-control') ?? '', /no-store/);
    assert.equal(r.headers.get('etag'), null);
  });

  it('accepts a solved challenge, numbers references after the published ones, and shows only the public timeline', async () => {
    const before = await count(h);
    const body = concern({
      proofOfWork: await solvedChallenge(h),
      contact: { name: 'Jonas Weber', email: 'jonas.weber@example.org' },
      contactConsent: true,
      location: { lat: 48.52, lng: 9.05, precision: 'area', label: 'Nähe Europaplatz' },
    });
    const r = await submit(h, body);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.status, 'received');
    assert.equal(r.json.createdAt, '2026-11-27T10:00:00+01:00');
    assert.equal(r.json.reference, `KD-2026-${String(seededThisYear + 1).padStart(6, '0')}`);
    assert.equal(r.headers.get('location'), `/v1/concerns/${String(r.json.reference)}`);
    assert.equal(await count(h), before + 1);

    const next = await submit(h, concern({ proofOfWork: await solvedChallenge(h), kind: 'idea', topic: 'zusammenleben' }));
    assert.equal(next.json.reference, `KD-2026-${String(seededThisYear + 2).padStart(6, '0')}`);

    const status = await h.get(`/v1/concerns/${String(r.json.reference)}`);
    assert.equal(status.status, 200);
    assert.deepEqual(status.json, {
      reference: r.json.reference,
      municipality: 'tuebingen',
      kind: 'concern',
      topic: 'mobilitaet',
      status: 'received',
      createdAt: r.json.createdAt,
      timeline: [{ status: 'received', at: r.json.createdAt }],
    });
    for (const secret of ['Jonas', 'example.org', 'Fußweg', 'Beleuchtung', 'Europaplatz']) assert.ok(!status.text.includes(secret), `status leaks ${secret}`);
  });

  it('uses a challenge only once', async () => {
    const proofOfWork = await solvedChallenge(h);
    assert.equal((await submit(h, concern({ proofOfWork }))).status, 201);
    const again = await submit(h, concern({ proofOfWork, title: 'Noch ein Anliegen' }));
    assert.equal(again.status, 422);
    assert.deepEqual(fieldErrors(again.json), ['proofOfWork:challenge_invalid']);
  });

  it('rejects forged, tampered and unreadable proofs', async () => {
    const valid = JSON.parse(atob(await solvedChallenge(h)));
    const forged = btoa(JSON.stringify({ ...valid, number: valid.number + 1 }));
    const resigned = btoa(JSON.stringify({ ...valid, signature: 'a'.repeat(64) }));
    for (const proofOfWork of [forged, resigned, 'bm90IGpzb24=', '%%%']) {
      const r = await submit(h, concern({ proofOfWork }));
      assert.equal(r.status, 422, proofOfWork);
      assert.deepEqual(fieldErrors(r.json), ['proofOfWork:challenge_invalid']);
    }
  });

  it('answers a bot that fills the honeypot with a plausible receipt and stores nothing', async () => {
    const before = await count(h);
    const r = await submit(h, concern({ proofOfWork: await solvedChallenge(h), website: 'https://cheap-pills.example' }));
    assert.equal(r.status, 201);
    assert.match(r.json.reference, /^KD-2026-\d{6}$/);
    assert.equal(await count(h), before);
  });

  it('validates the submission with field errors', async () => {
    const proofOfWork = await solvedChallenge(h);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ contact: { email: 'a@b.de' }, contactConsent: false }, ['contactConsent:consent_required']],
      [{ contact: { name: 'Nur Name' }, contactConsent: true }, ['contact.email:email_or_phone_required']],
      [{ title: 'x'.repeat(121) }, ['title:too_long:120']],
      [{ municipality: 'stuttgart' }, ['municipality:invalid_value']],
      [{ topic: 'schwimmbad' }, ['topic:invalid_value']],
      [{ color: 'blue' }, ['color:unknown_field']],
      [{ contact: { email: 'a@b.de', fax: '123' }, contactConsent: true }, ['contact.fax:unknown_field']],
    ];
    for (const [overrides, expected] of cases) {
      const r = await submit(h, concern({ proofOfWork, ...overrides }));
      assert.equal(r.status, 422, JSON.stringify(overrides));
      assert.deepEqual(fieldErrors(r.json), expected, JSON.stringify(overrides));
    }
    // The challenge was not spent by the rejected attempts.
    assert.equal((await submit(h, concern({ proofOfWork }))).status, 201);
  });

  it('shows the public timeline of a published concern', async () => {
    const published = seed.concerns.find((c) => c.timeline.length >= 3)!;
    const r = await h.get(`/v1/concerns/${published.reference}`);
    assert.deepEqual(r.json, published);
  });

  it('answers 404 for an unknown reference and 400 for a malformed one', async () => {
    assert.equal((await h.get('/v1/concerns/KD-2026-999999')).status, 404);
    const bad = await h.get('/v1/concerns/12345');
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldErrors(bad.json), ['reference:invalid_format']);
  });

  it('replays a submission sent twice with the same key', async () => {
    const body = concern({ proofOfWork: await solvedChallenge(h) });
    const k = key();
    const first = await h.post('/v1/concerns', body, { headers: { 'idempotency-key': k } });
    const before = await count(h);
    const second = await h.post('/v1/concerns', body, { headers: { 'idempotency-key': k } });
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(second.json, first.json);
    assert.equal(await count(h), before);
  });
});

describe('challenge timing', () => {
  const clock = testClock();
  let h: Harness;
  before(async () => {
    h = await start({ now: clock.now, minFillMs: 3000 });
  });
  after(() => h.close());

  it('rejects a submission sent sooner than the minimum fill time after the challenge', async () => {
    const proofOfWork = await solvedChallenge(h);
    clock.advance(1000);
    const fast = await submit(h, concern({ proofOfWork }));
    assert.equal(fast.status, 422);
    assert.deepEqual(fieldErrors(fast.json), [':too_fast']);
    clock.advance(2500);
    assert.equal((await submit(h, concern({ proofOfWork }))).status, 201);
  });

  it('rejects an expired challenge', async () => {
    const proofOfWork = await solvedChallenge(h);
    clock.advance(20 * 60 * 1000 + 1000);
    const r = await submit(h, concern({ proofOfWork }));
    assert.equal(r.status, 422);
    assert.deepEqual(fieldErrors(r.json), ['proofOfWork:challenge_expired']);
  });
});

describe('rate limit', () => {
  const clock = testClock();
  let h: Harness;
  before(async () => {
    h = await start({ now: clock.now, rateLimit: { windowMs: 60_000, max: 3 } });
  });
  after(() => h.close());

  it('answers 429 with Retry-After once a client exceeds its limit, per client', async () => {
    const alice = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 3; i++) assert.equal((await h.get('/v1/challenge', { headers: alice })).status, 200);
    const limited = await h.get('/v1/challenge', { headers: alice });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '60');
    const post = await submit(h, concern(), alice);
    assert.equal(post.status, 429);
    assert.equal((await h.get('/v1/challenge', { headers: { 'x-forwarded-for': '198.51.100.2' } })).status, 200);
    assert.equal((await h.get('/v1/events?limit=1', { headers: alice })).status, 200, 'reading is not limited');
    clock.advance(45_000);
    assert.equal((await h.get('/v1/challenge', { headers: alice })).headers.get('retry-after'), '15');
    clock.advance(15_000);
    assert.equal((await h.get('/v1/challenge', { headers: alice })).status, 200);
  });

  it('counts clients without X-Forwarded-For by their socket address', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await h.get('/v1/challenge')).status, 200);
    assert.equal((await h.get('/v1/challenge')).status, 429);
  });
});
