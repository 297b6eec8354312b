import { base64url, fromBase64url, type Signer } from './crypto.js';
import { invalid } from './problem.js';

/** Where the next page starts: the sort key of the last item served, bound to the query. */
export interface CursorPayload {
  /** Sort key of the last item of the previous page. */
  after: [number, string];
  /** Hash of the filters the cursor was made for. */
  query: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An opaque, HMAC-signed cursor: `base64url(payload).signature`. */
export async function encodeCursor(signer: Signer, payload: CursorPayload): Promise<string> {
  const body = base64url(encoder.encode(JSON.stringify({ v: 1, a: payload.after, q: payload.query })));
  return `${body}.${await signer.sign(body)}`;
}

const badCursor = (detail: string) =>
  invalid(400, [{ path: 'cursor', code: 'invalid_cursor', message: detail }], 'The cursor is invalid. Start again without a cursor.');

/** Verifies and decodes a cursor; a tampered, foreign or mismatched cursor is a 400. */
export async function decodeCursor(signer: Signer, cursor: string, query: string): Promise<CursorPayload> {
  const [body, signature, extra] = cursor.split('.');
  if (!body || !signature || extra !== undefined || !(await signer.verify(body, signature))) {
    throw badCursor('The cursor was not issued by this API or has been altered.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(fromBase64url(body)));
  } catch {
    throw badCursor('The cursor cannot be read.');
  }
  const p = parsed as { v?: unknown; a?: unknown; q?: unknown };
  if (p.v !== 1 || !Array.isArray(p.a) || typeof p.a[0] !== 'number' || typeof p.a[1] !== 'string' || typeof p.q !== 'string') {
    throw badCursor('The cursor cannot be read.');
  }
  if (p.q !== query) throw badCursor('The cursor belongs to a different query.');
  return { after: [p.a[0], p.a[1]], query: p.q };
}

/**
 * One page of `items` (already sorted by `key`, ascending) after the cursor position.
 * Keyset pagination: a page never repeats or skips an item, even if others are inserted.
 */
export async function paginate<T>(
  items: readonly T[],
  key: (item: T) => [number, string],
  options: { limit: number; after?: [number, string]; signer: Signer; query: string },
): Promise<{ items: T[]; nextCursor: string | null }> {
  let start = 0;
  if (options.after) {
    const [n, id] = options.after;
    start = items.findIndex((item) => {
      const [kn, kid] = key(item);
      return kn > n || (kn === n && kid > id);
    });
    if (start < 0) start = items.length;
  }
  const page = items.slice(start, start + options.limit);
  const last = page.at(-1);
  const nextCursor =
    last !== undefined && start + options.limit < items.length
      ? await encodeCursor(options.signer, { after: key(last), query: options.query })
      : null;
  return { items: page, nextCursor };
}
