import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  KommunaldialogError,
  NetworkError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ResponseShapeError,
  ServerError,
  TimeoutError,
  UnsupportedMediaTypeError,
  ValidationError,
  errorFromResponse,
  isKommunaldialogError,
  parseRetryAfter,
} from '../src/index.js';

function problemResponse(status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const problem = {
    type: `https://kommunaldialog.de/probleme/${String(status)}`,
    title: `Problem ${String(status)}`,
    status,
    detail: `Details zu ${String(status)}`,
    ...extra,
  };
  const response = new Response(JSON.stringify(problem), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': `req-${String(status)}`, ...headers },
  });
  return { problem, response };
}

describe('errorFromResponse maps each status to its class', () => {
  const cases: [number, new (...args: never[]) => ApiError, string][] = [
    [400, BadRequestError, 'BadRequestError'],
    [404, NotFoundError, 'NotFoundError'],
    [409, ConflictError, 'ConflictError'],
    [413, PayloadTooLargeError, 'PayloadTooLargeError'],
    [415, UnsupportedMediaTypeError, 'UnsupportedMediaTypeError'],
    [422, ValidationError, 'ValidationError'],
    [429, RateLimitError, 'RateLimitError'],
    [500, ServerError, 'ServerError'],
    [502, ServerError, 'ServerError'],
    [503, ServerError, 'ServerError'],
    [504, ServerError, 'ServerError'],
  ];
  for (const [status, ErrorClass, name] of cases) {
    test(`${String(status)} → ${name}`, async () => {
      const { problem, response } = problemResponse(status);
      const error = await errorFromResponse(response);
      assert.ok(error instanceof ErrorClass);
      assert.ok(error instanceof ApiError);
      assert.equal(error.name, name);
      assert.equal(error.status, status);
      assert.equal(error.requestId, `req-${String(status)}`);
      assert.deepEqual(error.problem, problem);
      assert.equal(error.code, status === 422 ? 'validation' : 'http');
      assert.ok(KommunaldialogError.is(error));
      assert.match(error.message, new RegExp(`HTTP ${String(status)}.*Details zu ${String(status)}`));
    });
  }

  test('another error status stays a plain ApiError', async () => {
    const error = await errorFromResponse(problemResponse(403).response);
    assert.equal(error.constructor, ApiError);
    assert.equal(error.status, 403);
    assert.equal(error.code, 'http');
  });

  test('422 carries the field errors of the problem document', async () => {
    const errors = [
      { path: 'email', code: 'invalid_format', message: 'Not a valid email.' },
      { path: 'title', code: 'too_long:120', message: 'At most 120 characters.' },
    ];
    const error = await errorFromResponse(problemResponse(422, { errors }).response);
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.fieldErrors, errors);
  });

  test('429 parses Retry-After in seconds', async () => {
    const error = await errorFromResponse(problemResponse(429, {}, { 'retry-after': '7' }).response);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 7);
  });

  test('429 without Retry-After has no retryAfter', async () => {
    const error = await errorFromResponse(problemResponse(429).response);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, undefined);
  });

  test('the request id comes from the problem when the header is missing', async () => {
    const response = new Response(
      JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, requestId: 'req-from-body' }),
      { status: 404, headers: { 'content-type': 'application/problem+json' } },
    );
    const error = await errorFromResponse(response);
    assert.equal(error.requestId, 'req-from-body');
  });

  test('a body that is not a problem document leaves problem undefined', async () => {
    const response = new Response('<html><body>Bad Gateway</body></html>', {
      status: 502,
      headers: { 'content-type': 'text/html', 'x-request-id': 'req-proxy' },
    });
    const error = await errorFromResponse(response);
    assert.ok(error instanceof ServerError);
    assert.equal(error.problem, undefined);
    assert.equal(error.requestId, 'req-proxy');
    // Without a problem document the status is all the message can say; it must say that.
    assert.match(error.message, /^Request failed \(HTTP 502\)$/);
  });

  test('a problem document that breaks the schema is not trusted', async () => {
    const response = new Response(JSON.stringify({ title: 'x', status: 'nope' }), {
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
    });
    const error = await errorFromResponse(response);
    assert.ok(error instanceof BadRequestError);
    assert.equal(error.problem, undefined);
  });
});

describe('errors raised by the client itself', () => {
  test('each has its code and is recognised by KommunaldialogError.is', () => {
    const cause = new TypeError('fetch failed');
    const cases: [KommunaldialogError, string, string][] = [
      [new NetworkError(cause), 'network', 'NetworkError'],
      [new TimeoutError(15000), 'timeout', 'TimeoutError'],
      [new ResponseShapeError([{ path: 'title', code: 'required', message: 'This field is required.' }]), 'response_shape', 'ResponseShapeError'],
      [new ValidationError({ status: undefined, fieldErrors: [] }), 'validation', 'ValidationError'],
    ];
    for (const [error, code, name] of cases) {
      assert.equal(error.code, code);
      assert.equal(error.name, name);
      assert.ok(KommunaldialogError.is(error), name);
      assert.ok(isKommunaldialogError(error), name);
    }
    assert.equal((cases[0]![0] as NetworkError).cause, cause);
  });

  test('a client-side ValidationError has no status and lists the fields', () => {
    const error = new ValidationError({
      status: undefined,
      fieldErrors: [{ path: 'email', code: 'email_or_phone_required', message: 'An e-mail address or a phone number is needed.' }],
    });
    assert.equal(error.status, undefined);
    assert.match(error.message, /nothing was sent.*email email_or_phone_required/);
  });

  test('a ResponseShapeError names the offending paths', () => {
    const error = new ResponseShapeError([{ path: 'items.0.start', code: 'invalid_format', message: 'Not a valid datetime.' }]);
    assert.deepEqual(error.issues.map((i) => i.path), ['items.0.start']);
    assert.match(error.message, /items\.0\.start invalid_format/);
  });
});

describe('KommunaldialogError.is', () => {
  test('recognises errors from another copy of the SDK by their brand', () => {
    // What a second bundle's error looks like: another class, the same registered symbol.
    class OtherCopyError extends Error {
      get [Symbol.for('kommunaldialog.error')]() {
        return true;
      }
    }
    const foreign = new OtherCopyError('from another bundle');
    assert.equal(foreign instanceof KommunaldialogError, false);
    assert.equal(KommunaldialogError.is(foreign), true);
  });

  test('rejects everything else, aborts included', () => {
    for (const value of [new Error('x'), new DOMException('stop', 'AbortError'), null, undefined, 'error', { code: 'http' }]) {
      assert.equal(KommunaldialogError.is(value), false);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  test('reads delay seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 12:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 11:00:00 GMT', now), 0);
  });
  test('ignores what it cannot read', () => {
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
  });
});
