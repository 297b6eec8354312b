import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@kommunaldialog/sdk';
import { setupServer } from 'msw/node';
import { createMockApi, createMockFetch } from '../src/index.js';
import { createMswHandlers } from '../src/msw.js';
import { key, NOW, start, TEST_DEFAULTS, type Harness } from './helpers.js';

const BASE = 'https://api.kommunaldialog.test/v1';
const options = { ...TEST_DEFAULTS, hmacKey: 'same-key-for-both' };

describe('MSW handlers', () => {
  let h: Harness;
  const handlers = createMswHandlers({ ...options, baseUrl: BASE });
  const msw = setupServer(...handlers);
  before(async () => {
    h = await start(options);
    msw.listen({ onUnhandledRequest: 'bypass' });
  });
  after(async () => {
    msw.close();
    await h.close();
  });

  it('answer like the Node server', async () => {
    for (const path of ['/events?municipality=tuebingen&limit=5', '/results?status=done', '/municipalities/freiburg', '/events?from=2026-02-30', '/nope']) {
      const viaServer = await h.get(`/v1${path}`);
      const viaMsw = await fetch(`${BASE}${path}`);
      assert.equal(viaMsw.status, viaServer.status, path);
      const a = (await viaMsw.json()) as Record<string, unknown>;
      const b = viaServer.json as Record<string, unknown>;
      if ('requestId' in a) {
        delete a.requestId;
        delete b.requestId;
      }
      assert.deepEqual(a, b, path);
      assert.equal(viaMsw.headers.get('etag'), viaServer.headers.get('etag'), path);
    }
  });

  it('accept submissions and turn a dropped connection into a network error', async () => {
    const api = handlers.api;
    const event = api.control.dataset().events.find((e) => e.status === 'scheduled' && e.registration.remaining === undefined && Date.parse(e.start) > NOW.getTime() + 86_400_000)!;
    const k = key();
    const send = () =>
      fetch(`${BASE}/events/${event.id}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': k },
        body: JSON.stringify({ name: 'Mehmet Yilmaz', email: 'mehmet@example.org', people: 1, consent: true }),
      });
    api.control.setFaults({ dropAfterStore: 1 });
    await assert.rejects(send(), TypeError);
    const retry = await send();
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true', 'the first attempt was stored');
  });

  it('reach the control endpoints below the base URL', async () => {
    const r = await fetch(`${BASE}/__mock/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorRate: 1 }) });
    assert.equal(r.status, 200);
    assert.equal((await fetch(`${BASE}/topics`)).status, 503);
    await fetch(`${BASE}/__mock/reset`, { method: 'POST' });
    assert.equal((await fetch(`${BASE}/topics`)).status, 200);
  });
});

describe('createMockFetch', () => {
  it('serves the SDK client in-process', async () => {
    const mockFetch = createMockFetch({ ...options, baseUrl: BASE });
    const client = createClient({ baseUrl: BASE, fetch: mockFetch, retry: 0 });
    const page = await client.events.list({ municipality: 'ellwangen', limit: 3 });
    assert.equal(page.items.length, 3);
    assert.ok(page.items.every((e) => e.municipality === 'ellwangen'));
    const m = await client.municipalities.get('ellwangen');
    assert.equal(m.ags, '08136019');
  });

  it('rejects with TypeError("Failed to fetch") when the connection is dropped', async () => {
    const api = createMockApi(options);
    const mockFetch = createMockFetch({ api });
    api.control.setFaults({ dropAfterStore: 1 });
    const event = api.control.dataset().events.find((e) => e.status === 'scheduled' && Date.parse(e.start) > NOW.getTime() + 86_400_000)!;
    const send = () =>
      mockFetch(`http://localhost/v1/events/${event.id}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'drop-1' },
        body: JSON.stringify({ name: 'Sara', email: 'sara@example.org', people: 1, consent: true }),
      });
    await assert.rejects(send(), (error: unknown) => error instanceof TypeError && error.message === 'Failed to fetch');
    const replay = await send();
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  });

  it('rejects with the abort reason when the caller aborts a hanging request', async () => {
    const mockFetch = createMockFetch({ ...options, faults: { timeoutNext: 1 } });
    await assert.rejects(mockFetch('/v1/topics', { signal: AbortSignal.timeout(100) }), { name: 'TimeoutError' });
    assert.equal((await mockFetch('/v1/topics')).status, 200);
    mockFetch.api.close();
  });
});
