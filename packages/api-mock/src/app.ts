import type { ConcernStatus } from '@kommunaldialog/sdk';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { DROP_HEADER, jsonResponse, type IndexedDataset, type MockEnv, type RouteContext } from './context.js';
import { Faults } from './faults.js';
import { createSigner, randomHex, sha256, base64url } from './http/crypto.js';
import { HttpProblem, problem, problemDocument, type ProblemInit } from './http/problem.js';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './rate-limit.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { concernRoutes } from './routes/concerns.js';
import { controlRoutes } from './routes/control.js';
import { eventRoutes } from './routes/events.js';
import { resultRoutes } from './routes/results.js';
import { createSeed, seededSequences, type Dataset } from './seed/index.js';
import { MemoryStore } from './store/memory.js';
import type { MockApi, MockApiOptions, MockControl, ConnectionInfo } from './types.js';
import { Problem } from '@kommunaldialog/sdk';

/** Longest a "timeout" fault holds a request before answering 504 (clients give up long before). */
const MAX_HANG_MS = 60_000;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const EXPOSED_HEADERS = ['ETag', 'X-Request-Id', 'Retry-After', 'Idempotent-Replayed', 'Location'];

/** Paths and their methods, to tell 405 from 404. */
const ROUTES: [RegExp, string[]][] = [
  [/^\/municipalities$/, ['GET']],
  [/^\/municipalities\/[^/]+$/, ['GET']],
  [/^\/topics$/, ['GET']],
  [/^\/events$/, ['GET']],
  [/^\/events\.ics$/, ['GET']],
  [/^\/events\/[^/]+$/, ['GET']],
  [/^\/events\/[^/]+\/registrations$/, ['POST']],
  [/^\/challenge$/, ['GET']],
  [/^\/concerns$/, ['POST']],
  [/^\/concerns\/[^/]+$/, ['GET']],
  [/^\/results$/, ['GET']],
  [/^\/results\.geojson$/, ['GET']],
  [/^\/results\/[^/]+$/, ['GET']],
  [/^\/openapi\.json$/, ['GET']],
];

function index(data: Dataset): IndexedDataset {
  // Listing relies on start order; a dataset passed in by the caller may not have it.
  const events = data.events
    .map((event) => ({ event, start: Date.parse(event.start) }))
    .sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0))
    .map(({ event }) => event);
  return {
    ...data,
    events,
    municipalityById: new Map(data.municipalities.map((m) => [m.id, m])),
    topicById: new Map(data.topics.map((t) => [t.id, t])),
    eventById: new Map(events.map((e) => [e.id, e])),
    resultById: new Map(data.results.map((r) => [r.id, r])),
    concernByReference: new Map<string, ConcernStatus>(data.concerns.map((c) => [c.reference, c])),
    sequenceFloor: seededSequences(data.concerns),
  };
}

/**
 * The Kommunaldialog API as a `fetch(Request) → Response` function: the same core answers in
 * Node (behind `startServer`), in the browser (behind MSW or `createMockFetch`) and in tests.
 * Every request and every response is validated with the SDK schemas.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const now = options.now ?? (() => new Date());
  const seed = options.seed ?? 1;
  const basePath = (options.basePath ?? '/v1').replace(/\/+$/, '');
  const store = options.store ?? new MemoryStore();
  const hmacKey = options.hmacKey ?? randomHex(32);
  const faults = new Faults(options.faults, seed);
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, now);
  const closing = new AbortController();

  const buildDataset = (): IndexedDataset => {
    const seeded = createSeed({ seed, now: now() });
    const custom = options.dataset;
    return index(typeof custom === 'function' ? custom(seeded) : { ...seeded, ...custom });
  };
  let data = buildDataset();

  const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      const signals = [closing.signal, ...(signal ? [signal] : [])];
      const aborted = signals.find((s) => s.aborted);
      if (aborted) return reject(aborted.reason as Error);
      // Like a real pending request, this keeps a Node process alive; `close()` ends it.
      const timer = setTimeout(done, ms);
      function done(): void {
        for (const s of signals) s.removeEventListener('abort', onAbort);
        resolve();
      }
      function onAbort(this: AbortSignal): void {
        clearTimeout(timer);
        for (const s of signals) s.removeEventListener('abort', onAbort);
        reject(this.reason as Error);
      }
      for (const s of signals) s.addEventListener('abort', onAbort);
    });

  const ctx: RouteContext = {
    now,
    store,
    signer: createSigner(hmacKey),
    hmacKey,
    data: () => data,
    faults,
    minFillMs: options.minFillMs ?? 3000,
    powMaxNumber: options.powMaxNumber ?? 50_000,
    inFlight: new Map(),
    sleep,
  };

  const control: MockControl = {
    faults: () => faults.settings,
    setFaults: (patch) => faults.update(patch),
    reset: () => {
      store.clear();
      faults.reset();
      limiter.reset();
      ctx.inFlight.clear();
      data = buildDataset();
    },
    submissions: () => store.countConcerns(),
    dataset: () => data,
  };

  const app = new Hono<MockEnv>();

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(error.init, c.get('requestId'), c.req.path);
    if (c.req.raw.signal.aborted || closing.signal.aborted) {
      // The client gave up (or the mock is closing); nobody reads this answer.
      return problemResponse({ status: 503, code: 'aborted', detail: 'The request was aborted.' }, c.get('requestId'), c.req.path);
    }
    // A bug of the mock: say so, but never leak a stack trace.
    console.error('[api-mock] unexpected error', error);
    return problemResponse({ status: 500, code: 'internal_error', detail: 'Unexpected error in the mock.' }, c.get('requestId'), c.req.path);
  });
  app.notFound((c) => {
    const path = c.req.path.startsWith(basePath) ? c.req.path.slice(basePath.length) : undefined;
    const allowed = path === undefined ? undefined : ROUTES.find(([pattern]) => pattern.test(path))?.[1];
    if (allowed && !allowed.includes(c.req.method)) {
      return problemResponse(
        { status: 405, code: 'method_not_allowed', detail: `Use ${allowed.join(', ')}.`, headers: { Allow: [...allowed, 'OPTIONS'].join(', ') } },
        c.get('requestId'),
        c.req.path,
      );
    }
    return problemResponse({ status: 404, code: 'not_found', detail: `No route ${c.req.method} ${c.req.path}.` }, c.get('requestId'), c.req.path);
  });

  // Request id: the client's when it sent a sensible one, else a fresh one; on every response.
  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomHex(16);
    c.set('requestId', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  });

  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match', 'X-Request-Id', 'Accept', 'Accept-Language'],
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 600,
      credentials: false,
    }),
  );

  // Strong ETags on successful GETs; a matching If-None-Match gets a 304 without body.
  app.use('*', async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.res.status !== 200) return;
    if (c.res.headers.get('cache-control')?.includes('no-store')) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    const etag = `"${base64url(await sha256(body)).slice(0, 32)}"`;
    const candidates = (c.req.header('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (candidates.includes(etag) || candidates.includes('*')) {
      const headers = new Headers(c.res.headers);
      headers.delete('content-type');
      headers.delete('content-length');
      headers.set('ETag', etag);
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    c.res.headers.set('ETag', etag);
  });

  // Faults and rate limits apply to the API only, never to the control endpoints or preflights.
  app.use(`${basePath}/*`, async (c, next) => {
    const { latencyMs } = faults.settings;
    if (latencyMs > 0) await sleep(latencyMs, c.req.raw.signal);
    if (faults.take('timeoutNext')) {
      await sleep(MAX_HANG_MS, c.req.raw.signal);
      throw problem({ status: 504, code: 'timeout', detail: 'The request timed out (injected fault).' });
    }
    if (faults.drawError()) {
      throw problem({ status: 503, code: 'unavailable', detail: 'The service is unavailable (injected fault).', headers: { 'Retry-After': '1' } });
    }
    const limited = c.req.method === 'POST' || (c.req.method === 'GET' && c.req.path === `${basePath}/challenge`);
    if (limited) {
      const client = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || c.env?.clientAddress || 'anonymous';
      const wait = limiter.hit(client);
      if (wait !== undefined) {
        throw problem({
          status: 429,
          code: 'rate_limited',
          detail: `Too many requests. Try again in ${String(wait)} seconds.`,
          headers: { 'Retry-After': String(wait) },
        });
      }
    }
    await next();
  });

  const api = new Hono<MockEnv>();
  catalogueRoutes(api, ctx);
  eventRoutes(api, ctx);
  concernRoutes(api, ctx);
  resultRoutes(api, ctx);
  app.route(basePath, api);

  if (options.control) {
    const controlApp = new Hono<MockEnv>();
    controlRoutes(controlApp, control);
    app.route('/__mock', controlApp);
  }

  return {
    async fetch(request: Request, info: ConnectionInfo = {}): Promise<Response> {
      const response = await app.fetch(request, { clientAddress: info.clientAddress });
      const type = response.headers.get('content-type') ?? '';
      const path = new URL(request.url).pathname;
      if (path.startsWith(`${basePath}/`) && /json/.test(type) && response.body !== null && faults.take('truncateJson')) {
        const text = await response.text();
        const headers = new Headers(response.headers);
        headers.delete('content-length');
        return new Response(text.slice(0, Math.floor(text.length / 2)), { status: response.status, headers });
      }
      return response;
    },
    store,
    control,
    close: () => closing.abort(new DOMException('The mock was closed.', 'AbortError')),
  };
}

function problemResponse(init: ProblemInit, requestId: string, instance: string): Response {
  const doc = problemDocument(init, requestId, instance);
  return jsonResponse(Problem, doc, { status: init.status, type: 'application/problem+json', headers: { 'cache-control': 'no-store', ...init.headers } });
}

export { DROP_HEADER };
