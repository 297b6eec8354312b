import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { ChallengeCheck } from '../src/checks/concern.js';
import {
  KommunaldialogError,
  NetworkError,
  ResponseShapeError,
  ServerError,
  TimeoutError,
} from '../src/index.js';
import { createHttp, events, topics, type ClientOptions } from '../src/resources.js';

// The transport's own behaviour, through the `@kommunaldialog/sdk/resources` entry point:
// what `createClient` does on top of it is covered by client.test.ts.

const BASE = 'https://api.kommunaldialog.test/v1';
const EMPTY_PAGE = { items: [], nextCursor: null };

type Route = (request: Request, attempt: number) => Response | Promise<Response>;

function fakeApi(route: Route, options: Partial<Omit<ClientOptions, 'fetch'>> = {}) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    return route(request, requests.length);
  };
  const http = createHttp({ baseUrl: BASE, fetch, ...options });
  return { http, requests };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Never answers; rejects like a real fetch once the request's signal aborts. */
function hang(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true });
  });
}

/** Sends the headers and the start of the body, then stalls; the body fails once the request aborts, as with fetch. */
function stalledBody(request: Request): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"items":['));
      request.signal.addEventListener('abort', () => controller.error(request.signal.reason), { once: true });
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

/** Lets pending promise callbacks and I/O run (timers are mocked where this is used). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Runs `body` in a runtime without `AbortSignal.any` (Safari before 17.4, Chrome before 116). */
async function withoutAbortSignalAny(body: () => Promise<void>): Promise<void> {
  const descriptor = Object.getOwnPropertyDescriptor(AbortSignal, 'any')!;
  delete (AbortSignal as { any?: unknown }).any;
  try {
    assert.equal('any' in AbortSignal, false);
    await body();
  } finally {
    Object.defineProperty(AbortSignal, 'any', descriptor);
  }
}

describe('resources on their own transport', () => {
  test('events(createHttp(…)) lists and builds feed URLs; a trailing slash on the base is dropped', async () => {
    const { http, requests } = fakeApi(() => json(EMPTY_PAGE), { baseUrl: `${BASE}/` });
    const page = await events(http).list({ municipality: 'tuebingen' });
    assert.deepEqual(page, EMPTY_PAGE);
    assert.equal(requests[0]!.url, `${BASE}/events?municipality=tuebingen`);
    assert.equal(events(http).icsUrl({ topic: ['sprache'] }), `${BASE}/events.ics?topic=sprache`);
  });

  test('createHttp accepts a number as the retry limit', async () => {
    const { http, requests } = fakeApi(() => json({ title: 'x', type: 'about:blank', status: 500 }, 500), {
      retry: 0,
    });
    await assert.rejects(topics(http).list(), ServerError);
    assert.equal(requests.length, 1);
  });
});

describe('Retry-After', () => {
  test('a GET follows it for 503 instead of its own backoff', async () => {
    const waits: number[] = [];
    const { http, requests } = fakeApi(
      (_r, attempt) => (attempt === 1 ? json({}, 503, { 'retry-after': '0' }) : json(EMPTY_PAGE)),
      { retry: { delay: (n) => (waits.push(n), 1) } },
    );
    await topics(http).list();
    assert.equal(requests.length, 2);
    assert.deepEqual(waits, [], 'the own backoff was not asked');
  });

  test('an HTTP date in the past means "now"', async () => {
    const waits: number[] = [];
    const { http, requests } = fakeApi(
      (_r, attempt) =>
        attempt === 1 ? json({}, 429, { 'retry-after': 'Fri, 27 Nov 2020 12:00:00 GMT' }) : json(EMPTY_PAGE),
      { retry: { delay: (n) => (waits.push(n), 1) } },
    );
    await topics(http).list();
    assert.equal(requests.length, 2);
    assert.deepEqual(waits, []);
  });

  test('for 500 it is ignored: the own backoff decides, with the retry number', async () => {
    const waits: number[] = [];
    const { http, requests } = fakeApi(() => json({}, 500, { 'retry-after': '0' }), {
      retry: { limit: 2, delay: (n) => (waits.push(n), 1) },
    });
    await assert.rejects(topics(http).list(), ServerError);
    assert.equal(requests.length, 3);
    assert.deepEqual(waits, [1, 2]);
  });

  test('an unreadable value falls back to the own backoff', async () => {
    const waits: number[] = [];
    const { http } = fakeApi(
      (_r, attempt) => (attempt === 1 ? json({}, 503, { 'retry-after': 'soon' }) : json(EMPTY_PAGE)),
      { retry: { delay: (n) => (waits.push(n), 1) } },
    );
    await topics(http).list();
    assert.deepEqual(waits, [1]);
  });
});

describe('waiting between attempts', () => {
  /**
   * Starts `call` and returns a probe of its outcome. The clock is mocked in these tests, so an
   * `await` on a call that drifted could wait forever; the probe is read only after the last tick.
   */
  function started(call: () => PromiseLike<unknown>): { readonly outcome: unknown } {
    const probe = { outcome: undefined as unknown };
    call().then(
      (value) => (probe.outcome = value),
      (error: unknown) => (probe.outcome = error),
    );
    return probe;
  }

  test('the default backoff waits 300 ms, then 600 ms', async (t: TestContext) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { http, requests } = fakeApi(() => json({}, 502), { retry: 2 });
    const probe = started(() => topics(http).list());
    await settle();
    assert.equal(requests.length, 1);
    t.mock.timers.tick(299);
    await settle();
    assert.equal(requests.length, 1, 'no retry before 300 ms');
    t.mock.timers.tick(1);
    await settle();
    assert.equal(requests.length, 2);
    t.mock.timers.tick(599);
    await settle();
    assert.equal(requests.length, 2, 'no second retry before another 600 ms');
    t.mock.timers.tick(1);
    await settle();
    assert.equal(requests.length, 3);
    assert.ok(probe.outcome instanceof ServerError);
  });

  test('no wait is longer than 30 s, whatever the delay function says', async (t: TestContext) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { http, requests } = fakeApi((_r, attempt) => (attempt === 1 ? json({}, 500) : json(EMPTY_PAGE)), {
      retry: { delay: () => 120_000 },
    });
    const probe = started(() => topics(http).list());
    await settle();
    t.mock.timers.tick(29_999);
    await settle();
    assert.equal(requests.length, 1);
    t.mock.timers.tick(1);
    await settle();
    assert.equal(requests.length, 2);
    assert.deepEqual(probe.outcome, EMPTY_PAGE);
  });

  test('aborting during the wait rejects with AbortError and sends nothing more', async () => {
    const controller = new AbortController();
    const { http, requests } = fakeApi(
      () => {
        setTimeout(() => controller.abort(), 5);
        return json({}, 503);
      },
      { retry: { delay: () => 60_000 } },
    );
    await assert.rejects(
      topics(http).list({ signal: controller.signal }),
      (e: unknown) => e instanceof DOMException && e.name === 'AbortError',
    );
    assert.equal(requests.length, 1);
  });
});

describe('timeouts and aborts', () => {
  test('the timeout covers a body that stalls after the headers', { timeout: 10_000 }, async () => {
    const { http } = fakeApi(stalledBody, { timeout: 20, retry: 0 });
    const error = await topics(http)
      .list()
      .catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeout, 20);
  });

  test('a timeout is not retried', async () => {
    const { http, requests } = fakeApi(hang, { timeout: 10, retry: { limit: 2, delay: () => 1 } });
    await assert.rejects(topics(http).list(), TimeoutError);
    assert.equal(requests.length, 1);
  });

  test('a custom abort reason is what the call rejects with', async () => {
    const controller = new AbortController();
    const reason = new Error('widget removed from the page');
    const { http } = fakeApi(hang);
    const pending = topics(http).list({ signal: controller.signal });
    setTimeout(() => controller.abort(reason), 5);
    assert.equal(
      await pending.then(
        () => undefined,
        (e: unknown) => e,
      ),
      reason,
    );
  });

  test('without AbortSignal.any, aborts and timeouts still work', { timeout: 10_000 }, async () => {
    await withoutAbortSignalAny(async () => {
      const controller = new AbortController();
      // The abort has to cancel the request itself: this timeout would end the test first.
      const aborted = fakeApi(hang, { timeout: 60_000 });
      const pending = topics(aborted.http).list({ signal: controller.signal });
      setTimeout(() => controller.abort(), 5);
      await assert.rejects(pending, (e: unknown) => e instanceof DOMException && e.name === 'AbortError');

      const slow = fakeApi(hang, { timeout: 10, retry: 0 });
      await assert.rejects(topics(slow.http).list({ signal: new AbortController().signal }), TimeoutError);
    });
  });
});

describe('failures', () => {
  test('an error that is not a network failure passes through unchanged and is not retried', async () => {
    const bug = new RangeError('broken instrumentation');
    const { http, requests } = fakeApi(() => Promise.reject(bug));
    assert.equal(
      await topics(http)
        .list()
        .then(
          () => undefined,
          (e: unknown) => e,
        ),
      bug,
    );
    assert.equal(requests.length, 1);
  });

  test('network failures are retried up to the limit, then NetworkError', async () => {
    const { http, requests } = fakeApi(() => Promise.reject(new TypeError('Failed to fetch')), {
      retry: { limit: 2, delay: () => 1 },
    });
    const error = await topics(http)
      .list()
      .catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(KommunaldialogError.is(error));
    assert.equal(requests.length, 3);
  });

  test('304 without a cached copy is a ResponseShapeError, not a silent undefined', async () => {
    const { http } = fakeApi(
      () => new Response(null, { status: 304, headers: { 'x-request-id': 'req-304' } }),
    );
    const error = await topics(http)
      .list()
      .catch((e: unknown) => e);
    assert.ok(error instanceof ResponseShapeError);
    assert.deepEqual(
      error.issues.map((i) => i.code),
      ['unexpected_not_modified'],
    );
    assert.equal(error.requestId, 'req-304');
  });
});

describe('headers', () => {
  test("the caller's headers replace the defaults of the same name instead of adding to them", async () => {
    const { http, requests } = fakeApi(() => json(EMPTY_PAGE), { headers: { Accept: 'application/json' } });
    await topics(http).list();
    assert.equal(requests[0]!.headers.get('accept'), 'application/json');
  });

  test('a fresh request bypasses the HTTP cache', async () => {
    const challenge = {
      algorithm: 'SHA-256',
      challenge: 'c'.repeat(64),
      maxnumber: 1000,
      salt: 's',
      signature: 'x',
    };
    const { http, requests } = fakeApi(() => json(challenge));
    await http.get('/challenge', ChallengeCheck, undefined, { fresh: true });
    assert.equal(requests[0]!.cache, 'no-store');
  });
});
