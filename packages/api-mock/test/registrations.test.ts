import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DialogEvent } from '@kommunaldialog/sdk';
import { createSeed } from '../src/index.js';
import { fieldErrors, key, NOW, start, type Harness } from './helpers.js';

let h: Harness;
const seed = createSeed({ now: NOW });
before(async () => {
  h = await start();
});
after(() => h.close());

const person = (people = 1) => ({ name: 'Amira Haddad', email: 'amira@example.org', people, consent: true, language: 'ar' });
const future = (e: DialogEvent) => Date.parse(e.start) > NOW.getTime() + 2 * 86_400_000 && e.status === 'scheduled';
const register = (id: string, body: unknown, idempotencyKey: string | null = key()) =>
  h.post(`/v1/events/${id}/registrations`, body, { headers: idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey } });

describe('registrations', () => {
  it('confirms a seat and counts it down', async () => {
    const event = seed.events.find((e) => future(e) && e.registration.required && (e.registration.remaining ?? 0) >= 3)!;
    const r = await register(event.id, person(2));
    assert.equal(r.status, 201);
    assert.equal(r.json.status, 'confirmed');
    assert.equal(r.json.eventId, event.id);
    assert.equal(r.json.people, 2);
    const after = await h.get(`/v1/events/${event.id}`);
    assert.equal(after.json.registration.remaining, event.registration.remaining! - 2);
  });

  it('puts people on the waiting list once the event is full, in order', async () => {
    const event = seed.events.findLast((e) => future(e) && e.registration.waitlist && (e.registration.remaining ?? 0) > 0 && e.registration.remaining! <= 40)!;
    let left: number = (await h.get(`/v1/events/${event.id}`)).json.registration.remaining;
    assert.ok(left > 0);
    while (left > 0) {
      const people = Math.min(10, left);
      const r = await register(event.id, person(people));
      assert.equal(r.json.status, 'confirmed');
      left -= people;
    }
    assert.equal((await h.get(`/v1/events/${event.id}`)).json.registration.remaining, 0);
    const first = await register(event.id, person());
    assert.equal(first.status, 201);
    assert.equal(first.json.status, 'waitlisted');
    const second = await register(event.id, person());
    assert.equal(second.json.waitlistPosition, first.json.waitlistPosition + 1);
  });

  it('adds to the existing waiting list of an event that is already full', async () => {
    const event = seed.events.find((e) => future(e) && e.registration.remaining === 0 && e.registration.waitlist)!;
    const r = await register(event.id, person());
    assert.equal(r.json.status, 'waitlisted');
    assert.ok(r.json.waitlistPosition >= 1);
  });

  it('refuses a full event without a waiting list with 409 event_full', async () => {
    const event = seed.events.find((e) => future(e) && e.registration.remaining === 0 && !e.registration.waitlist)!;
    const r = await register(event.id, person());
    assert.equal(r.status, 409);
    assert.equal(r.json.code, 'event_full');
  });

  it('refuses cancelled and past events with 409', async () => {
    const cancelled = seed.events.find((e) => e.status === 'cancelled')!;
    const r = await register(cancelled.id, person());
    assert.equal(r.status, 409);
    assert.equal(r.json.code, 'event_cancelled');
    const past = seed.events.find((e) => e.status === 'scheduled' && !e.recurrence && Date.parse(e.end) < NOW.getTime())!;
    const p = await register(past.id, person());
    assert.equal(p.status, 409);
    assert.equal(p.json.code, 'event_past');
  });

  it('answers 404 for an unknown event', async () => {
    assert.equal((await register('tuebingen-gibt-es-nicht', person())).status, 404);
  });

  it('validates the body: consent, contact, people, unknown fields', async () => {
    const event = seed.events.find((e) => future(e))!;
    const cases: [unknown, string[]][] = [
      [{ ...person(), consent: false }, ['consent:invalid_value']],
      [{ name: 'Ivan', people: 1, consent: true }, ['email:email_or_phone_required']],
      [{ ...person(11) }, ['people:too_long:10']],
      [{ ...person(), shoeSize: 44 }, ['shoeSize:unknown_field']],
      [{ ...person(), name: '   ' }, ['name:required']],
      [[], [':invalid_type']],
      [{ ...person(), people: '2' }, ['people:invalid_type']],
    ];
    for (const [body, expected] of cases) {
      const r = await register(event.id, body);
      assert.equal(r.status, 422, JSON.stringify(body));
      assert.deepEqual(fieldErrors(r.json), expected, JSON.stringify(body));
    }
  });
});

describe('request bodies', () => {
  const event = () => seed.events.find((e) => future(e))!;

  it('rejects malformed JSON with 400', async () => {
    const r = await h.call('POST', `/v1/events/${event().id}/registrations`, { rawBody: '{"name": "Amira",', headers: { 'content-type': 'application/json', 'idempotency-key': key() } });
    assert.equal(r.status, 400);
    assert.equal(r.json.code, 'invalid_json');
  });

  it('rejects other content types with 415', async () => {
    const r = await h.call('POST', `/v1/events/${event().id}/registrations`, { rawBody: 'name=Amira', headers: { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': key() } });
    assert.equal(r.status, 415);
    const none = await h.call('POST', `/v1/events/${event().id}/registrations`, { rawBody: new Blob(['{}']), headers: { 'idempotency-key': key() } });
    assert.equal(none.status, 415);
  });

  it('rejects bodies over 64 kB with 413, by Content-Length and by what actually arrives', async () => {
    const big = JSON.stringify({ ...person(), name: 'x'.repeat(70_000) });
    const declared = await h.call('POST', `/v1/events/${event().id}/registrations`, { rawBody: big, headers: { 'content-type': 'application/json', 'idempotency-key': key() } });
    assert.equal(declared.status, 413);
    const chunks = [big.slice(0, 40_000), big.slice(40_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const response = await fetch(`${h.url}/v1/events/${event().id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key() },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
  });

  it('requires an Idempotency-Key', async () => {
    const r = await register(event().id, person(), null);
    assert.equal(r.status, 400);
    assert.equal(r.json.code, 'idempotency_key_missing');
  });
});

describe('idempotency', () => {
  const openEvent = () => seed.events.find((e) => future(e) && e.registration.capacity !== undefined && (e.registration.remaining ?? 0) >= 5 && e.id.startsWith('friedrichshafen'))!;

  it('replays the first response for the same key and body, and books only once', async () => {
    const event = openEvent();
    const before = (await h.get(`/v1/events/${event.id}`)).json.registration.remaining;
    const k = key();
    const first = await register(event.id, person(2), k);
    const again = await register(event.id, person(2), k);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
    assert.deepEqual(again.json, first.json);
    assert.equal((await h.get(`/v1/events/${event.id}`)).json.registration.remaining, before - 2);
  });

  it('rejects the same key with a different body with 422', async () => {
    const event = openEvent();
    const k = key();
    await register(event.id, person(1), k);
    const other = await register(event.id, person(3), k);
    assert.equal(other.status, 422);
    assert.equal(other.json.code, 'idempotency_key_reused');
  });

  it('lets a corrected retry through after a rejected attempt with the same key', async () => {
    const event = openEvent();
    const k = key();
    assert.equal((await register(event.id, { ...person(), consent: false }, k)).status, 422);
    assert.equal((await register(event.id, person(), k)).status, 201);
  });

  it('answers a duplicate that arrives while the first is processed with 409', async () => {
    const event = openEvent();
    await h.post('/__mock/faults', { processingDelayMs: 400 });
    try {
      const k = key();
      const first = register(event.id, person(), k);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const duplicate = await register(event.id, person(), k);
      assert.equal(duplicate.status, 409);
      assert.equal(duplicate.json.code, 'idempotency_in_flight');
      assert.equal((await first).status, 201);
      const replay = await register(event.id, person(), k);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    } finally {
      await h.post('/__mock/faults', { processingDelayMs: 0 });
    }
  });
});
