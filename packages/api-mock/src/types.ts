import type { FaultPatch, FaultSettings } from './faults.js';
import type { RateLimitOptions } from './rate-limit.js';
import type { Dataset } from './seed/index.js';
import type { Store } from './store/types.js';

export interface MockApiOptions {
  /** The mock's clock; seed dates, expiry and rate limits follow it. Default: the real clock. */
  now?: () => Date;
  /** Seed of the data set (and of the random error rate). Default 1. */
  seed?: number;
  /** Where submissions are kept. Default: in memory. Node: `SqliteStore` from `./node`. */
  store?: Store;
  /** Key for challenge and cursor signatures. Default: random per instance. */
  hmacKey?: string;
  /** Faults active from the start. */
  faults?: FaultPatch;
  /** Per-client limit of submissions and challenges; `false` turns it off. Default 120 per minute. */
  rateLimit?: RateLimitOptions | false;
  /** Minimum time between issuing a challenge and a submission using it, in ms. Default 3000. */
  minFillMs?: number;
  /** Difficulty of the proof of work (ALTCHA `maxnumber`). Default 50 000. */
  powMaxNumber?: number;
  /** Mount the `/__mock` control endpoints. Default false. */
  control?: boolean;
  /** Path the API lives under. Default `/v1`. */
  basePath?: string;
  /**
   * Replaces parts of the seed (e.g. `{ events: generateEvents(5000) }` for a benchmark, or
   * `{ events: [], results: [] }` for empty states), or maps the seed to a new data set.
   */
  dataset?: Partial<Dataset> | ((seed: Dataset) => Dataset);
}

/** What the adapter knows about the connection. */
export interface ConnectionInfo {
  /** Address of the client (the Node socket's); `X-Forwarded-For` takes precedence. */
  clientAddress?: string;
}

/** Programmatic twin of the `/__mock` endpoints. */
export interface MockControl {
  faults(): FaultSettings;
  setFaults(patch: FaultPatch): FaultSettings;
  /** Reseeds the data (at the clock's current time) and forgets every submission and fault. */
  reset(): void;
  /** Number of stored concern submissions. */
  submissions(): number;
  /** The data set currently served. */
  dataset(): Dataset;
}

export interface MockApi {
  /** Answers one request. A response carrying `DROP_HEADER` must be turned into a dropped connection. */
  fetch(request: Request, info?: ConnectionInfo): Promise<Response>;
  store: Store;
  control: MockControl;
  /** Ends pending waits (latency, hanging requests) so that a server can shut down at once. */
  close(): void;
}
