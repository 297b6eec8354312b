import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance, type RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import {
  createApiError,
  isKommunaldialogError,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
  ValidationError,
} from '../errors.js';
import { toFieldErrors } from '../field-errors.js';
import { EtagCache } from './etag-cache.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { toSearch } from './query.js';

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

export interface HttpConfig {
  /** Absolute base URL without trailing slash, e.g. `https://api.example.de/v1`. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  timeout: number;
  retry: RetrySettings;
  headers?: Record<string, string>;
  cacheSize?: number;
}

type Schema<T> = z.ZodMiniType<T>;

const WAIT_CAP_MS = 30_000;
const SERVER_FAULTS = [500, 502, 503, 504];

/** The transport every resource goes through: validation, ETags, retries and error mapping. */
export interface Http {
  readonly baseUrl: string;
  url(path: string, query?: object): string;
  get<T>(path: string, schema: Schema<T>, query: object | undefined, options?: RequestOptions & { fresh?: boolean }): Promise<T>;
  post<B, T>(path: string, bodySchema: Schema<B>, body: B, schema: Schema<T>, options?: SubmitOptions): Promise<T>;
}

export function createHttp(config: HttpConfig): Http {
  const { baseUrl, timeout } = config;
  const etags = new EtagCache(config.cacheSize);
  const api: KyInstance = ky.create({
    ...(config.fetch ? { fetch: config.fetch } : {}),
    timeout,
    // Widgets run on third-party pages: never send or accept the visitor's cookies.
    credentials: 'omit',
    headers: { accept: 'application/json, application/problem+json', ...config.headers },
    // 304 is how the ETag cache learns that its copy is current; it is not an error.
    throwHttpErrors: (status) => status !== 304,
  });
  const common: RetryOptions = {
    limit: config.retry.limit ?? 2,
    delay: config.retry.delay,
    backoffLimit: WAIT_CAP_MS,
    maxRetryAfter: config.retry.maxRetryAfter ?? WAIT_CAP_MS,
  };
  const getRetry: RetryOptions = {
    ...common,
    methods: ['get'],
    statusCodes: [408, 429, ...SERVER_FAULTS],
    afterStatusCodes: [429, 503],
  };
  // POST is retried only because every submission carries an Idempotency-Key: the API then
  // replays the first answer instead of storing the concern or registration twice.
  // 409 means "the same key is still being processed": waiting and asking again is the fix.
  const postRetry: RetryOptions = {
    ...common,
    methods: ['post'],
    statusCodes: [408, 409, 429, ...SERVER_FAULTS],
    afterStatusCodes: [409, 429, 503],
  };

  async function run<T>(signal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
    try {
      // A caller that already gave up gets its AbortError without anything being sent.
      signal?.throwIfAborted();
      return await call();
    } catch (error) {
      throw toSdkError(error, signal, timeout);
    }
  }

  const http: Http = {
    baseUrl,
    url: (path, query) => `${baseUrl}${path}${toSearch(query)}`,

    get: (path, schema, query, options = {}) => {
      const url = http.url(path, query);
      const useCache = options.fresh !== true;
      const cached = useCache ? etags.get(url) : undefined;
      return run(options.signal, async () => {
        const pending = api.get(url, {
          retry: getRetry,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(cached ? { headers: { 'if-none-match': cached.etag } } : {}),
          ...(useCache ? {} : { cache: 'no-store' as const }),
        });
        const response = await pending;
        const requestId = response.headers.get('x-request-id') ?? undefined;
        if (response.status === 304) {
          if (cached === undefined) {
            throw new ResponseShapeError(
              [{ path: '', code: 'unexpected_not_modified', message: '304 Not Modified without a cached copy.' }],
              requestId,
            );
          }
          // Copies, so that a widget mutating its data cannot change what the cache holds.
          return structuredClone(cached.value) as never;
        }
        const value = validate(schema, await pending.json(), requestId);
        const etag = response.headers.get('etag');
        if (useCache && etag !== null) etags.set(url, { etag, value: structuredClone(value) });
        else etags.delete(url);
        return value;
      });
    },

    post: async (path, bodySchema, body, schema, options = {}) => {
      const checked = bodySchema.safeParse(body);
      if (!checked.success) {
        throw new ValidationError({ status: undefined, fieldErrors: toFieldErrors(checked.error.issues, body) });
      }
      const key = options.idempotencyKey ?? newIdempotencyKey();
      return run(options.signal, async () => {
        const pending = api.post(http.url(path), {
          // The normalised (NFC) data is what gets sent, not the raw input.
          json: checked.data,
          headers: { 'idempotency-key': key },
          retry: postRetry,
          ...(options.signal ? { signal: options.signal } : {}),
        });
        const response = await pending;
        return validate(schema, await pending.json(), response.headers.get('x-request-id') ?? undefined);
      });
    },
  };
  return http;
}

function validate<T>(schema: Schema<T>, data: unknown, requestId: string | undefined): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new ResponseShapeError(toFieldErrors(result.error.issues, data), requestId);
  return result.data;
}

function toSdkError(error: unknown, signal: AbortSignal | undefined, timeout: number): unknown {
  // An abort stays the platform's AbortError, so task runners (e.g. @lit/task) recognise it.
  if (signal?.aborted === true) return signal.reason;
  if (isKommunaldialogError(error)) return error;
  if (isHTTPError(error)) return createApiError(error.response.status, error.response.headers, error.data);
  if (isTimeoutError(error)) return new TimeoutError(timeout);
  if (isNetworkError(error)) return new NetworkError(error.cause);
  if (error instanceof SyntaxError) {
    return new ResponseShapeError([{ path: '', code: 'invalid_json', message: 'The body is not valid JSON.' }]);
  }
  return error;
}
