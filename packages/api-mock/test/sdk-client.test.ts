// The SDK client end to end against the real mock: what a developer on npm gets, including
// every error class, retries that never store twice, and ETag reuse.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createClient,
  KommunaldialogError,
  NotFoundError,
  RateLimitError,
  ResponseShapeError,
  TimeoutError,
  ValidationError,
  type ConcernSubmission,
} from '@kommunaldialog/sdk';
import { solveChallenge } from 'altcha-lib/v1';
import { createMockFetch, createScenarioApi, type MockFetch } from '../src/index.js';
import { NOW, TEST_DEFAULTS, concern } from './helpers.js';

const BASE = 'https://api.example.test/v1';
const fast = { limit: 3, delay: () => 1, maxRetryAfter: 2_000 };

/** The mock in-process, counting what reaches it. */
function harness(options = {}) {
  const mock = createMockFetch({ ...TEST_DEFAULTS, ...options, baseUrl: BASE });
  const seen: Request[] = [];
  const counting = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request.clone());
    return mock(request);
  }) as typeof fetch;
  const client = createClient({ baseUrl: BASE, fetch: counting, retry: fast, timeout: 2_000 });
  return { client, mock, seen };
}

async function solved(client: ReturnType<typeof createClient>): Promise<string> {
  const c = await client.concerns.challenge();
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  assert.ok(solution);
  return btoa(JSON.stringify({ ...c, number: solution.number }));
}

describe('SDK client against the mock', () => {
  it('iterates every page of events once, in start order', async () => {
    const { client, mock } = harness();
    const all = mock.api.control.dataset().events.filter((e) => e.municipality === 'freiburg');
    const seen: string[] = [];
    for await (const event of client.events.list({ municipality: 'freiburg', from: '2020-01-01', to: '2030-01-01', limit: 4 })) {
      seen.push(event.id);
    }
    assert.equal(new Set(seen).size, seen.length);
    assert.deepEqual([...seen].sort(), all.map((e) => e.id).sort());
  });

  it('reuses its copy when the server answers 304', async () => {
    const { client, seen } = harness();
    const first = await client.municipalities.get('horb');
    const second = await client.municipalities.get('horb');
    assert.deepEqual(second, first);
    assert.ok(seen[1]!.headers.get('if-none-match'), 'the second request is conditional');
  });

  it('stores a concern once when the connection drops after the store', async () => {
    const { client, mock, seen } = harness({ faults: { dropAfterStore: 1 } });
    const submission = concern({ proofOfWork: await solved(client) }) as ConcernSubmission;
    const receipt = await client.concerns.submit(submission);
    assert.match(receipt.reference, /^KD-2026-\d{6}$/);
    const posts = seen.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 2, 'the dropped attempt is retried once');
    assert.equal(posts[0]!.headers.get('idempotency-key'), posts[1]!.headers.get('idempotency-key'));
    assert.equal(mock.api.control.submissions(), 1);
    const status = await client.concerns.status(receipt.reference);
    assert.equal(status.status, 'received');
  });

  it('maps server answers to their error classes', async () => {
    const { client } = harness();
    const missing = await client.events.get('gibt-es-nicht').catch((e: unknown) => e);
    assert.ok(missing instanceof NotFoundError && missing.status === 404 && missing.requestId);
    assert.ok(KommunaldialogError.is(missing));

    const tampered = concern({ proofOfWork: btoa('{"algorithm":"SHA-256"}') }) as ConcernSubmission;
    const invalid = await client.concerns.submit(tampered).catch((e: unknown) => e);
    assert.ok(invalid instanceof ValidationError, String(invalid));
    assert.equal(invalid.status, 422);
    assert.deepEqual(invalid.fieldErrors.map((f) => f.path), ['proofOfWork']);
  });

  it('rejects a response that breaks the schema instead of passing it on', async () => {
    const api = createScenarioApi('invalid', { now: () => NOW });
    const client = createClient({ baseUrl: BASE, fetch: createMockFetch({ api, baseUrl: BASE }) as MockFetch, retry: 0 });
    await assert.rejects(client.events.list(), ResponseShapeError);
  });

  it('gives up with a TimeoutError when the server does not answer', async () => {
    const mock = createMockFetch({ ...TEST_DEFAULTS, faults: { timeoutNext: 1 }, baseUrl: BASE });
    const client = createClient({ baseUrl: BASE, fetch: mock as typeof fetch, retry: 0, timeout: 100 });
    await assert.rejects(client.topics.list(), TimeoutError);
    mock.api.close();
  });

  it('tells the caller how long to wait when rate limited', async () => {
    const mock = createMockFetch({ ...TEST_DEFAULTS, rateLimit: { windowMs: 60_000, max: 1 }, baseUrl: BASE });
    const client = createClient({ baseUrl: BASE, fetch: mock as typeof fetch, retry: 0 });
    await client.concerns.challenge();
    const limited = await client.concerns.challenge().catch((e: unknown) => e);
    assert.ok(limited instanceof RateLimitError, String(limited));
    assert.ok(limited.retryAfter !== undefined && limited.retryAfter > 0 && limited.retryAfter <= 60);
  });
});
