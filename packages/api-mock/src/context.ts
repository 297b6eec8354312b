import type { ConcernStatus, DialogEvent, Municipality, Result, Topic } from '@kommunaldialog/sdk';
import { toFieldErrors } from '@kommunaldialog/sdk';
import type * as z from 'zod/mini';
import type { Faults } from './faults.js';
import type { Signer } from './http/crypto.js';
import type { Dataset } from './seed/index.js';
import type { Store } from './store/types.js';
import { HttpProblem } from './http/problem.js';

/** Hono environment of the mock: what adapters pass in, and what middleware leaves for handlers. */
export interface MockEnv {
  Bindings: { clientAddress?: string | undefined };
  Variables: { requestId: string };
}

/** The dataset plus the lookups every request needs. */
export interface IndexedDataset extends Dataset {
  municipalityById: Map<string, Municipality>;
  topicById: Map<string, Topic>;
  eventById: Map<string, DialogEvent>;
  resultById: Map<string, Result>;
  concernByReference: Map<string, ConcernStatus>;
  /** Highest seeded concern number per year. */
  sequenceFloor: Map<number, number>;
}

/** Everything a route needs from its mock instance. */
export interface RouteContext {
  now(): Date;
  store: Store;
  signer: Signer;
  hmacKey: string;
  data(): IndexedDataset;
  faults: Faults;
  minFillMs: number;
  powMaxNumber: number;
  /** Submissions whose idempotency key is being processed right now: key → fingerprint. */
  inFlight: Map<string, string>;
  /** Waits `ms`, or rejects when `signal` aborts or the mock is closed. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Response header by which the core asks its adapter to drop the connection instead of answering. */
export const DROP_HEADER = 'x-kommunaldialog-mock-drop';

/** A response the mock was about to send does not match the contract: a bug of the mock. */
export class ResponseShapeBug extends HttpProblem {
  constructor(issues: readonly z.core.$ZodIssue[]) {
    super({
      status: 500,
      code: 'response_invalid',
      detail: 'The mock produced a response that does not match the API contract. This is a bug of the mock.',
      errors: toFieldErrors(issues),
    });
  }
}

/** A JSON response whose body is validated against `schema` first. */
export function jsonResponse(
  schema: z.ZodMiniType,
  data: unknown,
  init: { status?: number; type?: string; headers?: Record<string, string> } = {},
): Response {
  const checked = schema.safeParse(data);
  if (!checked.success) throw new ResponseShapeBug(checked.error.issues);
  return new Response(JSON.stringify(checked.data), {
    status: init.status ?? 200,
    headers: { 'content-type': init.type ?? 'application/json; charset=utf-8', 'cache-control': 'no-cache', ...init.headers },
  });
}
