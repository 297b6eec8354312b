import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ConflictError,
  KommunaldialogError,
  NetworkError,
  NotFoundError,
  ResponseShapeError,
  ServerError,
  TimeoutError,
  ValidationError,
  createClient,
  type ClientOptions,
  type DialogEvent,
} from '../src/index.js';

import * as samples from './samples.js';

const BASE = 'https://api.kommunaldialog.test/v1';

interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  credentials: RequestCredentials;
}

type Route = (request: Request, attempt: number) => Response | Promise<Response>;

/**
 * A tiny fake API behind an injected `fetch`: it records each request and answers through
 * `route`. `attempt` counts requests (1-based), so a test can script a sequence of answers.
 */
function fakeApi(route: Route, options: Omit<ClientOptions, 'baseUrl' | 'fetch'> = {}) {
  const requests: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.clone().text(),
      credentials: request.credentials,
    });
    return route(request, requests.length);
  };
  const client = createClient({ baseUrl: BASE, fetch, retry: { limit: 2, delay: () => 1 }, ...options });
  return { client, requests };
}

function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-test', ...init.headers },
  });
}

function problem(status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: `Status ${String(status)}`, status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': `req-${String(status)}`, ...headers },
  });
}

/** Never answers; rejects like a real fetch once the request's signal aborts. */
function hang(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const abort = () => {
      reject(request.signal.reason as Error);
    };
    if (request.signal.aborted) abort();
    request.signal.addEventListener('abort', abort, { once: true });
  });
}

function event(id: string, day = 3): DialogEvent {
  const date = `2026-12-${String(day).padStart(2, '0')}`;
  return {
    id,
    municipality: 'tuebingen',
    title: `Sprachcafé ${id}`,
    description: 'Deutsch üben bei Kaffee und Kuchen, Kinderbetreuung vor Ort.',
    format: 'sprachcafe',
    topics: ['sprache'],
    start: `${date}T16:00:00+01:00`,
    end: `${date}T18:00:00+01:00`,
    allDay: false,
    timeZone: 'Europe/Berlin',
    venue: { name: 'Stadtteiltreff Weststadt', street: 'Schleifmühleweg 86', postalCode: '72070', city: 'Tübingen', lat: 48.52, lng: 9.03 },
    accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, interpretation: ['ar', 'uk'], childcare: true },
    registration: { required: false, waitlist: false },
    status: 'scheduled',
    organizer: { name: 'Freundeskreis Asyl Tübingen' },
    updatedAt: '2026-11-20T09:15:00+01:00',
  };
}

const registrationRequest = { name: 'Amira Haddad', email: 'amira@example.org', people: 2, consent: true as const };
const registration = { id: 'reg_1', eventId: 'sprachcafe-weststadt', status: 'confirmed', people: 2, createdAt: '2026-11-27T10:00:00+01:00' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('responses are validated', () => {
  test('a valid body is returned as parsed data', async () => {
    const { client, requests } = fakeApi(() => json(event('sprachcafe-weststadt')));
    const result = await client.events.get('sprachcafe-weststadt');
    assert.equal(result.title, 'Sprachcafé sprachcafe-weststadt');
    assert.equal(requests[0]!.url.href, `${BASE}/events/sprachcafe-weststadt`);
  });

  test('a body the schema rejects throws ResponseShapeError with the issues', async () => {
    const broken = { ...event('sprachcafe-weststadt'), start: '3. Dezember, 16 Uhr' } as Record<string, unknown>;
    delete broken.title;
    const { client } = fakeApi(() => json(broken));
    const error = await client.events.get('sprachcafe-weststadt').then(
      () => assert.fail('must reject'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ResponseShapeError);
    assert.equal(error.code, 'response_shape');
    assert.ok(KommunaldialogError.is(error));
    assert.equal(error.requestId, 'req-test');
    assert.deepEqual(error.issues.map((i) => i.path).sort(), ['start', 'title']);
  });

  test('an item that breaks the schema fails the whole page', async () => {
    const { client } = fakeApi(() => json({ items: [event('a'), { id: 'b' }], nextCursor: null }));
    await assert.rejects(client.events.list(), (e: unknown) => e instanceof ResponseShapeError && e.issues.some((i) => i.path.startsWith('items.1')));
  });

  test('a body that is not JSON throws ResponseShapeError', async () => {
    const { client } = fakeApi(() => new Response('<html>Wartungsarbeiten</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    await assert.rejects(client.topics.list(), ResponseShapeError);
  });
});

describe('list methods', () => {
  const pages: Record<string, { items: DialogEvent[]; nextCursor: string | null }> = {
    '': { items: [event('e1', 1), event('e2', 2)], nextCursor: 'c2' },
    c2: { items: [event('e3', 3), event('e4', 4)], nextCursor: 'c3' },
    c3: { items: [event('e5', 5)], nextCursor: null },
  };
  const route: Route = (request) => json(pages[new URL(request.url).searchParams.get('cursor') ?? '']);

  test('awaiting gives the first page', async () => {
    const { client, requests } = fakeApi(route);
    const page = await client.events.list({ municipality: 'tuebingen' });
    assert.deepEqual(page.items.map((e) => e.id), ['e1', 'e2']);
    assert.equal(page.nextCursor, 'c2');
    assert.equal(requests.length, 1);
  });

  test('for await iterates every item of all three pages, keeping the filters', async () => {
    const { client, requests } = fakeApi(route);
    const ids: string[] = [];
    for await (const item of client.events.list({ municipality: 'tuebingen', topic: ['sprache', 'arbeit'], format: 'sprachcafe' })) {
      ids.push(item.id);
    }
    assert.deepEqual(ids, ['e1', 'e2', 'e3', 'e4', 'e5']);
    assert.deepEqual(
      requests.map((r) => r.url.searchParams.get('cursor')),
      [null, 'c2', 'c3'],
    );
    for (const r of requests) {
      assert.equal(r.url.searchParams.get('municipality'), 'tuebingen');
      assert.equal(r.url.searchParams.get('topic'), 'sprache,arbeit');
      assert.equal(r.url.searchParams.get('format'), 'sprachcafe');
    }
  });

  test('awaiting and iterating the same list requests the first page once', async () => {
    const { client, requests } = fakeApi(route);
    const list = client.events.list();
    const first = await list;
    const ids: string[] = [];
    for await (const item of list) ids.push(item.id);
    assert.equal(first.items.length, 2);
    assert.equal(ids.length, 5);
    assert.equal(requests.length, 3);
  });

  test('the signal reaches every page: aborting mid-iteration stops it with AbortError', async () => {
    const controller = new AbortController();
    const { client, requests } = fakeApi((request, attempt) => (attempt === 1 ? route(request, attempt) : hang(request)));
    const ids: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const item of client.events.list({}, { signal: controller.signal })) {
          ids.push(item.id);
          if (ids.length === 2) setTimeout(() => controller.abort(), 5);
        }
      })(),
      (e: unknown) => e instanceof DOMException && e.name === 'AbortError',
    );
    assert.deepEqual(ids, ['e1', 'e2']);
    assert.equal(requests.length, 2);
  });

  test('results.list sends the bounding box as west,south,east,north', async () => {
    const { client, requests } = fakeApi(() => json({ items: [], nextCursor: null }));
    await client.results.list({ bbox: [8.95, 48.46, 9.14, 48.58], status: ['planned', 'done'] });
    assert.equal(requests[0]!.url.searchParams.get('bbox'), '8.95,48.46,9.14,48.58');
    assert.equal(requests[0]!.url.searchParams.get('status'), 'planned,done');
  });
});

describe('summary lists', () => {
  test('fields: summary asks for summaries and accepts them; a whole-event list would not', async () => {
    const { client, requests } = fakeApi(() => json(samples.eventSummaryPage));
    const page = await client.events.list({ municipality: 'tuebingen', fields: 'summary' });
    assert.equal(requests[0]!.url.searchParams.get('fields'), 'summary');
    assert.deepEqual(page.items[0]!.venue, { name: 'Gemeindehaus Derendingen', city: 'Tübingen' });
    // The same body as whole events lacks descriptions and organizers.
    await assert.rejects(client.events.list(), (e: unknown) => e instanceof ResponseShapeError && e.issues.some((i) => i.path === 'items.0.description'));
  });

  test('a summary that breaks its schema is still rejected', async () => {
    const broken = { ...samples.eventSummary, venue: undefined };
    const { client } = fakeApi(() => json({ items: [broken], nextCursor: null }));
    await assert.rejects(client.events.list({ fields: 'summary' }), (e: unknown) => e instanceof ResponseShapeError && e.issues.some((i) => i.message === 'venue_or_online_required'));
  });

  test('results.list with fields: summary, following every page', async () => {
    const pages: Record<string, unknown> = {
      '': { items: [samples.resultSummary], nextCursor: 'c2' },
      c2: { items: [{ ...samples.resultSummary, id: 'zweites' }], nextCursor: null },
    };
    const { client, requests } = fakeApi((request) => json(pages[new URL(request.url).searchParams.get('cursor') ?? '']));
    const ids: string[] = [];
    for await (const result of client.results.list({ fields: 'summary', status: 'done' })) ids.push(result.id);
    assert.deepEqual(ids, ['bushaltestelle-unterkunft', 'zweites']);
    assert.deepEqual(requests.map((r) => r.url.searchParams.get('fields')), ['summary', 'summary']);
  });

  test('feed URLs leave fields out', () => {
    const { client } = fakeApi(() => json({}));
    assert.equal(client.events.icsUrl({ municipality: 'tuebingen', fields: 'summary' } as never), `${BASE}/events.ics?municipality=tuebingen`);
    assert.equal(client.results.geojsonUrl({ status: 'done', fields: 'summary' } as never), `${BASE}/results.geojson?status=done`);
  });
});

describe('feed URLs', () => {
  const { client, requests } = fakeApi(() => json({}));

  test('icsUrl is the absolute feed URL with the filters and without paging', () => {
    const url = client.events.icsUrl({ municipality: 'tuebingen', topic: ['sprache', 'arbeit'], cursor: 'x', limit: 5 } as never);
    assert.equal(url, `${BASE}/events.ics?municipality=tuebingen&topic=sprache,arbeit`);
  });

  test('webcalUrl is the same feed for calendar subscriptions', () => {
    assert.equal(client.events.webcalUrl({ municipality: 'tuebingen' }), 'webcal://api.kommunaldialog.test/v1/events.ics?municipality=tuebingen');
  });

  test('eventIcsUrl and geojsonUrl', () => {
    assert.equal(client.events.eventIcsUrl('sprachcafe weststadt'), `${BASE}/events/sprachcafe%20weststadt.ics`);
    assert.equal(client.results.geojsonUrl({ bbox: [9, 48.4, 9.2, 48.6] }), `${BASE}/results.geojson?bbox=9,48.4,9.2,48.6`);
    assert.equal(requests.length, 0);
  });
});

describe('ETag', () => {
  test('a repeated GET sends If-None-Match and a 304 returns the cached data', async () => {
    const { client, requests } = fakeApi((request) =>
      request.headers.get('if-none-match') === '"v1"'
        ? new Response(null, { status: 304, headers: { etag: '"v1"' } })
        : json(event('sprachcafe-weststadt'), { headers: { etag: '"v1"' } }),
    );
    const first = await client.events.get('sprachcafe-weststadt');
    first.title = 'changed by a widget';
    first.topics.push('changed-by-a-widget');
    const second = await client.events.get('sprachcafe-weststadt');
    assert.equal(requests[0]!.headers.get('if-none-match'), null);
    assert.equal(requests[1]!.headers.get('if-none-match'), '"v1"');
    assert.deepEqual(second, event('sprachcafe-weststadt'));
  });

  test('the challenge is never answered from the cache', async () => {
    const challenge = { algorithm: 'SHA-256', challenge: 'c'.repeat(64), maxnumber: 50000, salt: 's', signature: 'x' };
    const { client, requests } = fakeApi(() => json(challenge, { headers: { etag: '"c1"' } }));
    await client.concerns.challenge();
    await client.concerns.challenge();
    assert.equal(requests[1]!.headers.get('if-none-match'), null);
  });
});

describe('submissions', () => {
  test('are retried after a network failure, a 503 with Retry-After and a 409, with the same key', { timeout: 10_000 }, async () => {
    const script: Route[] = [
      () => Promise.reject(new TypeError('fetch failed')),
      // Without the Retry-After cap this test would wait two minutes.
      () => problem(503, {}, { 'retry-after': '120' }),
      () => problem(409, { detail: 'Still processing this key' }),
      () => json(registration, { status: 201 }),
    ];
    const { client, requests } = fakeApi((request, attempt) => script[attempt - 1]!(request, attempt), {
      retry: { limit: 3, delay: () => 1, maxRetryAfter: 10 },
    });
    const result = await client.registrations.create('sprachcafe-weststadt', registrationRequest);
    assert.equal(result.status, 'confirmed');
    assert.equal(requests.length, 4);
    const keys = new Set(requests.map((r) => r.headers.get('idempotency-key')));
    assert.equal(keys.size, 1);
    assert.match([...keys][0]!, UUID);
    for (const r of requests) {
      assert.equal(r.method, 'POST');
      assert.equal(r.url.pathname, '/v1/events/sprachcafe-weststadt/registrations');
      assert.deepEqual(JSON.parse(r.body), registrationRequest);
    }
  });

  test("use the caller's Idempotency-Key", async () => {
    const receipt = { reference: 'KD-2026-000123', status: 'received', createdAt: '2026-11-27T10:00:00+01:00' };
    const { client, requests } = fakeApi((_r, attempt) => (attempt === 1 ? problem(502) : json(receipt, { status: 201 })));
    const submission = {
      municipality: 'tuebingen',
      kind: 'idea' as const,
      topic: 'sprache',
      title: 'Sprachcafé auch samstags',
      description: 'Viele arbeiten unter der Woche und können nur am Wochenende.',
      contactConsent: false,
      language: 'de',
      publishAnonymously: true,
      proofOfWork: 'eyJudW1iZXIiOjQyfQ==',
    };
    const result = await client.concerns.submit(submission, { idempotencyKey: 'form-7f3a' });
    assert.equal(result.reference, 'KD-2026-000123');
    assert.deepEqual(
      requests.map((r) => r.headers.get('idempotency-key')),
      ['form-7f3a', 'form-7f3a'],
    );
  });

  test('every submission carries a key, a new one per call', async () => {
    const { client, requests } = fakeApi(() => json(registration, { status: 201 }));
    await client.registrations.create('sprachcafe-weststadt', registrationRequest);
    await client.registrations.create('sprachcafe-weststadt', registrationRequest);
    const [a, b] = requests.map((r) => r.headers.get('idempotency-key'));
    assert.match(a!, UUID);
    assert.match(b!, UUID);
    assert.notEqual(a, b);
  });

  test('a 422 is not retried and carries the field errors', async () => {
    const errors = [{ path: 'email', code: 'invalid_format', message: 'Not a valid email.' }];
    const { client, requests } = fakeApi(() => problem(422, { errors }));
    const error = await client.registrations.create('sprachcafe-weststadt', registrationRequest).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.status, 422);
    assert.deepEqual(error.fieldErrors, errors);
    assert.equal(requests.length, 1);
  });

  test('a 409 that persists ends as ConflictError after the retries', async () => {
    const { client, requests } = fakeApi(() => problem(409));
    await assert.rejects(client.registrations.create('sprachcafe-weststadt', registrationRequest), ConflictError);
    assert.equal(requests.length, 3);
  });

  test('an invalid body throws ValidationError and sends nothing', async () => {
    const { client, requests } = fakeApi(() => json(registration, { status: 201 }));
    const { email: _email, ...withoutContact } = registrationRequest;
    const error = await client.registrations.create('sprachcafe-weststadt', withoutContact).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.status, undefined);
    assert.deepEqual(
      error.fieldErrors.map((f) => [f.path, f.code]),
      [['email', 'email_or_phone_required']],
    );
    assert.equal(requests.length, 0);
  });

  test('text is sent NFC-normalised', async () => {
    const { client, requests } = fakeApi(() => json(registration, { status: 201 }));
    await client.registrations.create('sprachcafe-weststadt', { ...registrationRequest, name: 'Rene\u0301 Brändle' });
    assert.equal((JSON.parse(requests[0]!.body) as { name: string }).name, 'René Brändle');
  });
});

describe('GET errors and retries', () => {
  test('a 500 is retried and the second answer used', async () => {
    const { client, requests } = fakeApi((_r, attempt) => (attempt === 1 ? problem(500) : json({ items: [], nextCursor: null })));
    const page = await client.municipalities.list();
    assert.deepEqual(page.items, []);
    assert.equal(requests.length, 2);
  });

  test('a 404 is not retried and becomes NotFoundError with the request id', async () => {
    const { client, requests } = fakeApi(() => problem(404, { detail: 'No event with this id' }));
    const error = await client.events.get('gibt-es-nicht').catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.requestId, 'req-404');
    assert.equal(error.problem?.detail, 'No event with this id');
    assert.equal(requests.length, 1);
  });

  test('persistent server errors end as ServerError after limit + 1 attempts', async () => {
    const { client, requests } = fakeApi(() => problem(503), { retry: { limit: 1, delay: () => 1 } });
    await assert.rejects(client.concerns.status('KD-2026-000123'), ServerError);
    assert.equal(requests.length, 2);
  });

  test('a network failure becomes NetworkError with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const { client, requests } = fakeApi(() => Promise.reject(cause), { retry: 0 });
    const error = await client.topics.list().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.code, 'network');
    assert.equal(error.cause, cause);
    assert.equal(requests.length, 1);
  });
});

describe('abort, timeout, credentials, headers', () => {
  test('aborting rejects with the standard AbortError, not wrapped', async () => {
    const controller = new AbortController();
    const { client, requests } = fakeApi(hang);
    const pending = client.municipalities.get('tuebingen', { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await pending.catch((e: unknown) => e);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(KommunaldialogError.is(error), false);
    assert.equal(requests.length, 1);
  });

  test('an already aborted signal rejects a submission with AbortError and sends nothing', async () => {
    const { client, requests } = fakeApi(() => json(registration, { status: 201 }));
    await assert.rejects(
      client.registrations.create('sprachcafe-weststadt', registrationRequest, { signal: AbortSignal.abort() }),
      (e: unknown) => e instanceof DOMException && e.name === 'AbortError',
    );
    assert.equal(requests.length, 0);
  });

  test('no answer within the timeout throws TimeoutError', async () => {
    const { client } = fakeApi(hang, { timeout: 20, retry: 0 });
    const error = await client.events.list().catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.code, 'timeout');
    assert.equal(error.timeout, 20);
  });

  test('every request omits credentials, asks for JSON and carries the extra headers', async () => {
    const { client, requests } = fakeApi(
      (request) => (request.method === 'POST' ? json(registration, { status: 201 }) : json({ items: [], nextCursor: null })),
      { headers: { 'x-widget': 'kd-calendar/1.0' } },
    );
    await client.events.list();
    await client.registrations.create('sprachcafe-weststadt', registrationRequest);
    assert.equal(requests.length, 2);
    for (const r of requests) {
      assert.equal(r.credentials, 'omit');
      assert.match(r.headers.get('accept') ?? '', /application\/json/);
      assert.equal(r.headers.get('x-widget'), 'kd-calendar/1.0');
    }
    assert.equal(requests[1]!.headers.get('content-type'), 'application/json');
  });
});
