import { isProblem } from './checks/common.js';
import type { FieldError, Problem } from './schemas/common.js';

/**
 * Brand shared by every copy of this module: a page may load two bundles of the SDK (two
 * widgets from different releases), and `instanceof` fails across them. `Symbol.for` does not.
 */
const BRAND = Symbol.for('kommunaldialog.error');

/** What went wrong, in one word widgets can switch over (and localize). */
export type ErrorCode = 'http' | 'validation' | 'network' | 'timeout' | 'response_shape';

/** Base of every error the SDK throws (aborts excepted: they stay the platform's `AbortError`). */
export class KommunaldialogError extends Error {
  // Explicit names survive minification, unlike `constructor.name`.
  override name = 'KommunaldialogError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  get [BRAND](): true {
    return true;
  }

  /** True for errors of this SDK, also when they come from another bundled copy of it. */
  static is(error: unknown): error is KommunaldialogError {
    return isKommunaldialogError(error);
  }
}

/** Same as {@link KommunaldialogError.is}, as a plain function. */
export function isKommunaldialogError(error: unknown): error is KommunaldialogError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

interface ApiErrorInit {
  status: number | undefined;
  requestId?: string | undefined;
  problem?: Problem | undefined;
  code?: ErrorCode;
  message?: string;
}

/** The API answered with an error status. `problem` is the validated problem document, if any. */
export class ApiError extends KommunaldialogError {
  override name = 'ApiError';
  /** HTTP status; `undefined` only for a {@link ValidationError} raised before anything was sent. */
  readonly status: number | undefined;
  /** `X-Request-Id` of the failed response: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  readonly problem: Problem | undefined;

  constructor(init: ApiErrorInit) {
    const { status, problem } = init;
    // The problem document's title when the API sent one; the status says the rest.
    const title = problem?.title ?? 'Request failed';
    const detail = problem?.detail ? `: ${problem.detail}` : '';
    super(init.code ?? 'http', init.message ?? `${title} (HTTP ${String(status)})${detail}`);
    this.status = status;
    this.requestId = init.requestId ?? problem?.requestId;
    this.problem = problem;
  }
}

export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** 409: a submission with the same Idempotency-Key is still being processed. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
export class PayloadTooLargeError extends ApiError {
  override name = 'PayloadTooLargeError';
}
export class UnsupportedMediaTypeError extends ApiError {
  override name = 'UnsupportedMediaTypeError';
}
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** Input was rejected, by the API (422) or by the SDK before sending (`status` undefined). */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  readonly fieldErrors: FieldError[];

  constructor(init: ApiErrorInit & { fieldErrors?: FieldError[] }) {
    const fieldErrors = init.fieldErrors ?? init.problem?.errors ?? [];
    super({
      code: 'validation',
      message:
        init.status === undefined
          ? `Invalid input, nothing was sent: ${describeFields(fieldErrors)}`
          : undefined,
      ...init,
    });
    this.fieldErrors = fieldErrors;
  }
}

/** 429. `retryAfter` is the server's wait time in seconds, when it sent one. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/** The request never got a response (offline, DNS, connection reset, CORS refusal). */
export class NetworkError extends KommunaldialogError {
  override name = 'NetworkError';
  constructor(cause?: unknown) {
    super('network', 'The API could not be reached (network error).', { cause });
  }
}

/** No response within the client's `timeout`. */
export class TimeoutError extends KommunaldialogError {
  override name = 'TimeoutError';
  readonly timeout: number | undefined;

  constructor(timeout?: number) {
    super(
      'timeout',
      `The API did not answer within ${timeout === undefined ? 'the time limit' : `${String(timeout)} ms`}.`,
    );
    this.timeout = timeout;
  }
}

/** The API answered, but the body does not match the contract; it is never handed on. */
export class ResponseShapeError extends KommunaldialogError {
  override name = 'ResponseShapeError';
  readonly issues: FieldError[];
  readonly requestId: string | undefined;

  constructor(issues: FieldError[], requestId?: string) {
    super('response_shape', `The API response does not match the expected shape: ${describeFields(issues)}`);
    this.issues = issues;
    this.requestId = requestId;
  }
}

function describeFields(errors: readonly FieldError[]): string {
  const shown = errors.slice(0, 5).map((e) => `${e.path || '(root)'} ${e.code}`);
  if (errors.length > 5) shown.push(`and ${String(errors.length - 5)} more`);
  return shown.join(', ') || 'no details';
}

/**
 * Seconds to wait according to a `Retry-After` header (delay seconds or HTTP date);
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Builds the error for an error status from the status, the headers and the already parsed
 * body (a problem document when the API sent one).
 */
export function createApiError(status: number, headers: Headers, body: unknown): ApiError {
  const parsed = typeof body === 'string' ? tryJson(body) : body;
  const init: ApiErrorInit = {
    status,
    problem: isProblem(parsed) ? parsed : undefined,
    requestId: headers.get('x-request-id') ?? undefined,
  };
  switch (status) {
    case 400:
      return new BadRequestError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 413:
      return new PayloadTooLargeError(init);
    case 415:
      return new UnsupportedMediaTypeError(init);
    case 422:
      return new ValidationError(init);
    case 429:
      return new RateLimitError({ ...init, retryAfter: parseRetryAfter(headers.get('retry-after')) });
    default:
      return status >= 500 ? new ServerError(init) : new ApiError(init);
  }
}

/** Maps an error response to its error class, reading the problem document from its body. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  if (!response.bodyUsed) {
    try {
      body = await response.text();
    } catch {
      body = undefined;
    }
  }
  return createApiError(response.status, response.headers, body);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
