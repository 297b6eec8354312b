import type * as z from 'zod/mini';
import type { FieldError } from '../schemas/common.js';
import type { ResponseCheck } from './response-check.js';
import {
  errorFromResponse,
  NetworkError,
  parseRetryAfter,
  ResponseShapeError,
  TimeoutError,
} from '../errors.js';
import { EtagCache } from './etag-cache.js';
import { toSearch } from './query.js';

/** Options of {@link createHttp} and `createClient`. */
export interface ClientOptions {
  /**
   * Base URL of the API including the version, e.g. `https://api.kommunaldialog.de/v1`.
   * A relative URL is resolved against the page (browsers only).
   */
  baseUrl: string;
  /** `fetch` to use instead of the global one (tests, instrumentation, SSR). */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, in ms. @default 15000 */
  timeout?: number;
  /** Retries (network errors, 408, 429, 5xx; for submissions also 409). A number is the limit. @default 2 */
  retry?: number | RetrySettings;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborting rejects the call with the signal's reason (by default a DOMException `AbortError`). */
  signal?: AbortSignal;
}

/** Per-call options of a submission (a POST). */
export interface SubmitOptions extends RequestOptions {
  /**
   * Makes a repeated submission safe: the API answers a replay instead of storing it twice.
   * Pass the same key when the person retries the same form; a new UUID is made otherwise.
   */
  idempotencyKey?: string;
}

/** Retry policy. A number is the `limit`. */
export interface RetrySettings {
  /** Retries after the first attempt. @default 2 */
  limit?: number;
  /** Wait in ms before retry number `attempt` (1-based) when the server sets no `Retry-After`. */
  delay?: (attempt: number) => number;
  /** Longest wait in ms the client accepts from a `Retry-After` header. @default 30000 */
  maxRetryAfter?: number;
}

/** The transport every resource goes through: validation, ETags, retries and error mapping. */
export interface Http {
  /** The absolute base URL without trailing slash. */
  readonly baseUrl: string;
  /** Absolute URL of `path` with `query` (see `toSearch`). */
  url(path: string, query?: object): string;
  /**
   * A checked GET; `fresh` bypasses the ETag cache and the browser's HTTP cache. The value is the
   * body as sent (fields the schema does not name included), never shared with another call.
   */
  get<T>(
    path: string,
    check: ResponseCheck<T>,
    query: object | undefined,
    options?: RequestOptions & { fresh?: boolean },
  ): Promise<T>;
  /**
   * Sends `body` — already checked with `checkedBody`, which is what sends nothing when the
   * input is invalid — with `options.idempotencyKey`, and checks the answer. Submitting code
   * brings the checks and the key maker along; code that only reads does not ship them.
   */
  post<T>(
    path: string,
    body: unknown,
    check: ResponseCheck<T>,
    options: SubmitOptions & { idempotencyKey: string },
  ): Promise<T>;
}

const WAIT_CAP_MS = 30_000;
// setTimeout fires at once for anything longer (a 32-bit overflow).
const LONGEST_TIMER = 2 ** 31 - 1;
const GET_RETRY = [408, 429, 500, 502, 503, 504];
// POST is retried only because every submission carries an Idempotency-Key: the API then
// replays the first answer instead of storing the concern or registration twice.
// 409 means "the same key is still being processed": waiting and asking again is the fix.
const POST_RETRY = [409, ...GET_RETRY];
/** Statuses whose `Retry-After` is followed instead of the client's own backoff. */
const SERVER_TIMED = [409, 429, 503];

/**
 * The transport the resources of `@kommunaldialog/sdk/resources` run on: `fetch` without cookies,
 * a timeout per attempt, retries, an ETag cache and the SDK's error classes. Each one keeps its own
 * small in-memory ETag cache.
 *
 * @example
 * const http = createHttp({ baseUrl: 'https://api.kommunaldialog.de/v1' });
 * const page = await events(http).list({ municipality: 'tuebingen' });
 */
export function createHttp(options: ClientOptions): Http {
  const baseUrl = new URL(options.baseUrl, globalThis.location?.href).href.replace(/\/+$/, '');
  const timeout = options.timeout ?? 15_000;
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const limit = retry.limit ?? 2;
  const backoff = retry.delay ?? ((attempt: number) => 300 * 2 ** (attempt - 1));
  const etags = new EtagCache();

  /**
   * Sends one request, retrying it as the policy allows, and returns the response with its
   * JSON body as text (undefined for 304). Every failure leaves as an SDK error, a caller's
   * abort as the signal's own reason.
   */
  async function send(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    retryOn: readonly number[],
  ): Promise<[Response, string | undefined]> {
    for (let attempt = 1; ; attempt++) {
      // A caller that already gave up gets its AbortError without anything being sent.
      signal?.throwIfAborted();
      const timer = new AbortController();
      const clock = setTimeout(() => {
        timer.abort();
      }, timeout);
      let wait: number;
      try {
        const response = await (options.fetch ?? fetch)(url, {
          ...init,
          // Widgets run on third-party pages: never send or accept the visitor's cookies.
          credentials: 'omit',
          signal: signal ? anySignal([signal, timer.signal]) : timer.signal,
        });
        const { status } = response;
        // 304 is how the ETag cache learns that its copy is current; it is not an error.
        // The body is read inside the attempt, so the timeout covers a stalled body too.
        if (response.ok || status === 304)
          return [response, status === 304 ? undefined : await response.text()];
        if (attempt > limit || !retryOn.includes(status)) throw await errorFromResponse(response);
        const after = SERVER_TIMED.includes(status)
          ? parseRetryAfter(response.headers.get('retry-after'))
          : undefined;
        wait =
          after === undefined
            ? Math.min(backoff(attempt), WAIT_CAP_MS)
            : Math.min(after * 1000, retry.maxRetryAfter ?? WAIT_CAP_MS);
        // Frees the connection instead of leaving an unread body to the garbage collector.
        await response.body?.cancel();
      } catch (error) {
        // An abort stays the platform's AbortError, so task runners (e.g. @lit/task) recognise it.
        if (signal?.aborted) throw signal.reason;
        if (timer.signal.aborted) throw new TimeoutError(timeout);
        // fetch rejects with a TypeError when no response arrives (offline, DNS, reset, CORS).
        if (!(error instanceof TypeError)) throw error;
        if (attempt > limit) throw new NetworkError(error);
        wait = Math.min(backoff(attempt), WAIT_CAP_MS);
      } finally {
        clearTimeout(clock);
      }
      await sleep(wait, signal);
    }
  }

  const http: Http = {
    baseUrl,
    url: (path, query) => `${baseUrl}${path}${toSearch(query)}`,

    get: async (path, check, query, request = {}) => {
      const url = http.url(path, query);
      const useCache = request.fresh !== true;
      const cached = useCache ? etags.get(url) : undefined;
      const [response, text] = await send(
        url,
        {
          headers: headersOf(options.headers, cached && { 'if-none-match': cached.etag }),
          ...(useCache ? {} : { cache: 'no-store' as const }),
        },
        request.signal,
        GET_RETRY,
      );
      const requestId = response.headers.get('x-request-id') ?? undefined;
      if (response.status === 304) {
        if (cached === undefined) {
          throw new ResponseShapeError(
            [
              {
                path: '',
                code: 'unexpected_not_modified',
                message: '304 Not Modified without a cached copy.',
              },
            ],
            requestId,
          );
        }
        // Parsed again, so what a widget does with its data cannot reach the cache: cheaper than a
        // copy of thousands of events (measured: 75 ms plus garbage collection per month).
        return checked(check, cached.body, requestId);
      }
      const value = await checked(check, text, requestId);
      const etag = response.headers.get('etag');
      if (useCache && etag !== null && text !== undefined) etags.set(url, { etag, body: text });
      else etags.delete(url);
      return value;
    },

    post: async (path, body, check, request) => {
      const [response, text] = await send(
        http.url(path),
        {
          method: 'POST',
          headers: headersOf(options.headers, {
            'content-type': 'application/json',
            'idempotency-key': request.idempotencyKey,
          }),
          body: JSON.stringify(body),
        },
        request.signal,
        POST_RETRY,
      );
      return checked(check, text, response.headers.get('x-request-id') ?? undefined);
    },
  };
  return http;
}

/** `accept` for JSON and problem documents, then each set in turn; later names win. */
function headersOf(...sets: (Record<string, string> | undefined)[]): Headers {
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  for (const set of sets) for (const name in set) headers.set(name, set[name]!);
  return headers;
}

/** Aborts when any of `signals` aborts, with its reason; `AbortSignal.any` where the browser has it. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if ('any' in AbortSignal) return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    signal.addEventListener('abort', () => {
      controller.abort(signal.reason);
    });
  }
  return controller.signal;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const clock = setTimeout(resolve, Math.min(ms, LONGEST_TIMER));
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(clock);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/**
 * The parsed body when the generated check accepts it. Otherwise zod, loaded now, decides and names
 * what broke: a check stricter than zod costs time, never a wrong answer (one more lenient than zod
 * is what test/checks.test.ts rules out).
 */
async function checked<T>(
  check: ResponseCheck<T>,
  text: string | undefined,
  requestId: string | undefined,
): Promise<T> {
  let data: unknown;
  try {
    data = JSON.parse(text ?? '');
  } catch {
    throw new ResponseShapeError(
      [{ path: '', code: 'invalid_json', message: 'The body is not valid JSON.' }],
      requestId,
    );
  }
  if (check.is(data)) return data;
  const result = (await check.schema()).safeParse(data);
  if (!result.success) throw new ResponseShapeError(contractBreaches(result.error.issues), requestId);
  return result.data;
}

/**
 * A response that breaks the contract, in zod's own words (`invalid_type` at `items.3.start`):
 * this is for the developer reading the error, not for a form, so it skips the mapping onto the
 * API's field-error codes (`toFieldErrors`) and its bytes in every widget.
 */
function contractBreaches(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}
