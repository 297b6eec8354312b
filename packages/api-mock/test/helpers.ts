import assert from 'node:assert/strict';
import { Problem } from '@kommunaldialog/sdk';
import { solveChallenge } from 'altcha-lib/v1';
import { startServer, type RunningServer, type ServerOptions } from '../src/node.js';
import { assertMatchesContract, isDocumented } from './contract.js';

/** A fixed "today" (a Friday in late November, Berlin winter time) for deterministic data. */
export const NOW = new Date('2026-11-27T10:00:00+01:00');

/** A clock tests can move. */
export function testClock(start = NOW): { now: () => Date; advance(ms: number): void; set(date: Date): void } {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (date) => {
      t = date.getTime();
    },
  };
}

/**
 * A parsed response body. Tests read bodies loosely: their shape is already checked against the
 * OpenAPI document in `call`, so a precise static type would only repeat that check.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body; undefined when there is none or it is not JSON. */
  json: Json;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is instead of `JSON.stringify(body)`. */
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Skip the contract check (fault tests that produce broken responses on purpose). */
  contract?: boolean;
}

export interface Harness {
  url: string;
  server: RunningServer;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  get(path: string, options?: CallOptions): Promise<Reply>;
  post(path: string, body: unknown, options?: CallOptions): Promise<Reply>;
  close(): Promise<void>;
}

/** Default options for tests: fixed clock, no minimum fill time, easy proof of work, no rate limit. */
export const TEST_DEFAULTS: ServerOptions = { now: () => NOW, minFillMs: 0, powMaxNumber: 500, rateLimit: false, control: true };

/**
 * Starts the mock on a free port. Every API response that goes through `call` is checked:
 * an X-Request-Id, problem documents for errors (without stack traces), and the OpenAPI contract.
 */
export async function start(options: ServerOptions = {}): Promise<Harness> {
  const server = await startServer({ ...TEST_DEFAULTS, ...options, port: 0 });
  const call = async (method: string, path: string, o: CallOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { ...o.headers };
    let body: BodyInit | undefined = o.rawBody;
    if (body === undefined && o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(server.url + path, { method, headers, ...(body === undefined ? {} : { body }), ...(o.signal ? { signal: o.signal } : {}) });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const reply: Reply = { status: response.status, headers: response.headers, text, json };
    if (o.contract !== false) checkReply(method, path, reply);
    return reply;
  };
  return {
    url: server.url,
    server,
    call,
    get: (path, o) => call('GET', path, o),
    post: (path, body, o) => call('POST', path, { ...o, body }),
    close: () => server.close(),
  };
}

function checkReply(method: string, path: string, r: Reply): void {
  assert.ok(r.headers.get('x-request-id'), `${method} ${path}: no X-Request-Id`);
  assert.notEqual(r.status, 500, `${method} ${path}: 500 ${r.text}`);
  if (r.status >= 400) {
    assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/, `${method} ${path}: error without problem+json`);
    assertProblem(r.json, r.status);
    assert.doesNotMatch(r.text, /\bat .+:\d+:\d+\)?|node_modules|\.ts:\d+/, `${method} ${path}: stack trace in the response`);
  }
  const pathname = path.split('?')[0]!;
  if (pathname.startsWith('/v1/') && isDocumented(method, pathname.slice(3))) {
    assertMatchesContract({ method, path: pathname.slice(3), status: r.status, headers: r.headers, text: r.text });
  }
}

/** A valid problem document of this status. */
export function assertProblem(body: unknown, status: number): Problem {
  const parsed = Problem.safeParse(body);
  assert.ok(parsed.success, `not a problem document: ${JSON.stringify(body)}`);
  assert.equal(parsed.data.status, status);
  return parsed.data;
}

/** The field error codes of a problem, as `path:code`. */
export function fieldErrors(body: Json): string[] {
  return ((body?.errors ?? []) as { path: string; code: string }[]).map((e) => `${e.path}:${e.code}`);
}

/** Fetches a challenge and solves it, as the widget would. */
export async function solvedChallenge(h: Harness, headers: Record<string, string> = {}): Promise<string> {
  const r = await h.get('/v1/challenge', { headers });
  assert.equal(r.status, 200);
  const c = r.json as { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number };
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  assert.ok(solution, 'the challenge has a solution');
  return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution.number, salt: c.salt, signature: c.signature }));
}

/** A valid concern submission (the proof of work still has to be filled in). */
export function concern(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    municipality: 'tuebingen',
    kind: 'concern',
    topic: 'mobilitaet',
    title: 'Fußweg zur Bushaltestelle ist abends dunkel',
    description: 'Zwischen der Haltestelle und dem Wohngebiet fehlt auf etwa 200 Metern jede Beleuchtung. Im Winter ist das gefährlich.',
    contactConsent: false,
    language: 'de',
    publishAnonymously: true,
    proofOfWork: 'to-be-replaced',
    ...overrides,
  };
}

let keyCounter = 0;
/** A fresh idempotency key. */
export function key(): string {
  keyCounter++;
  return `test-${String(process.pid)}-${String(keyCounter)}-${crypto.randomUUID()}`;
}

/** Follows `nextCursor` to the end and returns every item. */
export async function collectPages(h: Harness, firstPath: string): Promise<Json[]> {
  const items: Json[] = [];
  let path: string | undefined = firstPath;
  for (let pages = 0; path !== undefined; pages++) {
    assert.ok(pages < 1000, 'pagination does not end');
    const r = await h.get(path);
    assert.equal(r.status, 200, r.text);
    items.push(...r.json.items);
    const next: string | null = r.json.nextCursor;
    if (next === null) break;
    const url = new URL(firstPath, 'http://x');
    url.searchParams.set('cursor', next);
    path = `${url.pathname}${url.search}`;
  }
  return items;
}
