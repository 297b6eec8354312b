import { Problem, type FieldError } from '@kommunaldialog/sdk';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Base of the problem `type` URIs; the last segment is the machine-readable `code`. */
export const PROBLEM_TYPE_BASE = 'https://kommunaldialog.de/probleme/';

export interface ProblemInit {
  status: number;
  /** Machine-readable reason, e.g. `event_full`; becomes the last segment of `type`. */
  code: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/**
 * Thrown by handlers for every expected failure; the app turns it into an RFC 9457
 * problem+json response. Anything else that is thrown is a bug of the mock (500).
 */
export class HttpProblem extends Error {
  readonly init: ProblemInit;

  constructor(init: ProblemInit) {
    super(init.detail ?? init.code);
    this.init = init;
  }
}

export const problem = (init: ProblemInit): HttpProblem => new HttpProblem(init);

/** 400/422 with field errors. */
export function invalid(status: 400 | 422, errors: FieldError[], detail?: string): HttpProblem {
  return new HttpProblem({
    status,
    code: status === 400 ? 'invalid_request' : 'validation_failed',
    detail: detail ?? (status === 400 ? 'The request has invalid parameters.' : 'The submitted data is not valid.'),
    errors,
  });
}

/** The problem document for `init`, validated against the SDK's `Problem` schema. */
export function problemDocument(init: ProblemInit, requestId: string, instance?: string): Problem {
  const doc: Problem = {
    type: `${PROBLEM_TYPE_BASE}${init.code}`,
    title: TITLES[init.status] ?? 'Error',
    status: init.status,
    code: init.code,
    requestId,
  };
  if (init.detail !== undefined) doc.detail = init.detail;
  if (instance !== undefined) doc.instance = instance;
  if (init.errors !== undefined) doc.errors = init.errors;
  return Problem.parse(doc);
}
