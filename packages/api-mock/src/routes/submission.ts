import type { Context } from 'hono';
import { DROP_HEADER, type MockEnv, type RouteContext } from '../context.js';
import { readJson } from '../http/body.js';
import { canonicalJson, sha256Hex } from '../http/crypto.js';
import { problem } from '../http/problem.js';

/** How long a stored first response is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** Headers of a first response that a replay repeats. */
const REPLAYED_HEADERS = ['content-type', 'location'];

export interface SubmissionResult {
  response: Response;
  /** Whether something was stored (a honeypot hit answers without storing). */
  stored: boolean;
}

/**
 * Runs a submission under its `Idempotency-Key`: the same key and body replay the first
 * successful response for 24 h, another body under the same key is a 422, and a duplicate
 * that arrives while the first is still being processed gets a 409. Failed attempts are not
 * remembered, so a corrected retry with the same key is processed normally.
 */
export async function submission(
  c: Context<MockEnv>,
  ctx: RouteContext,
  process: (body: unknown) => Promise<SubmissionResult>,
): Promise<Response> {
  const key = c.req.header('idempotency-key');
  if (key === undefined || key === '') {
    throw problem({ status: 400, code: 'idempotency_key_missing', detail: 'Send an Idempotency-Key header (a UUID) with every submission.' });
  }
  if (!KEY_PATTERN.test(key)) {
    throw problem({ status: 400, code: 'idempotency_key_invalid', detail: 'The Idempotency-Key must be 1–255 visible ASCII characters.' });
  }
  const body = await readJson(c.req.raw);
  const fingerprint = await sha256Hex(`${c.req.method} ${new URL(c.req.url).pathname}\n${canonicalJson(body)}`);

  const now = ctx.now().getTime();
  ctx.store.deleteIdempotencyBefore(now - IDEMPOTENCY_TTL_MS);
  const first = ctx.store.getIdempotency(key);
  if (first) {
    if (first.fingerprint !== fingerprint) {
      throw problem({
        status: 422,
        code: 'idempotency_key_reused',
        detail: 'This Idempotency-Key was already used for a different request. Use a new key for a new submission.',
      });
    }
    const headers = new Headers(first.headers);
    headers.set('Idempotent-Replayed', 'true');
    return new Response(first.body, { status: first.status, headers });
  }
  if (ctx.inFlight.has(key)) {
    throw problem({
      status: 409,
      code: 'idempotency_in_flight',
      detail: 'A request with this Idempotency-Key is still being processed. Retry shortly.',
      headers: { 'Retry-After': '1' },
    });
  }
  ctx.inFlight.set(key, fingerprint);
  try {
    const delay = ctx.faults.settings.processingDelayMs;
    if (delay > 0) await ctx.sleep(delay, c.req.raw.signal);
    const { response, stored } = await process(body);
    const text = await response.clone().text();
    ctx.store.putIdempotency({
      key,
      fingerprint,
      status: response.status,
      headers: REPLAYED_HEADERS.flatMap((name) => {
        const value = response.headers.get(name);
        return value === null ? [] : [[name, value] as [string, string]];
      }),
      body: text,
      createdAt: now,
    });
    if (stored && ctx.faults.take('dropAfterStore')) response.headers.set(DROP_HEADER, '1');
    return response;
  } finally {
    ctx.inFlight.delete(key);
  }
}
