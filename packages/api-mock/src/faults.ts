import * as z from 'zod/mini';
import { createPrng, type Prng } from './seed/prng.js';

/** Fault settings. Counters (`next N`) are consumed one request at a time. */
export const FaultSettings = z.strictObject({
  /** Delay before every API response, in ms. */
  latencyMs: z.number().check(z.int(), z.gte(0), z.lte(120_000)),
  /** Share of API requests answered with 503 + `Retry-After: 1` (seeded PRNG). */
  errorRate: z.number().check(z.gte(0), z.lte(1)),
  /** The next N submissions are stored, then the connection is dropped instead of answering. */
  dropAfterStore: z.number().check(z.int(), z.gte(0), z.lte(10_000)),
  /** The next N JSON responses are cut in half. */
  truncateJson: z.number().check(z.int(), z.gte(0), z.lte(10_000)),
  /** The next N API requests never get an answer (until the client gives up). */
  timeoutNext: z.number().check(z.int(), z.gte(0), z.lte(10_000)),
  /** Extra time a submission takes between claiming its idempotency key and answering, in ms. */
  processingDelayMs: z.number().check(z.int(), z.gte(0), z.lte(120_000)),
});
export type FaultSettings = z.infer<typeof FaultSettings>;
export const FaultPatch = z.partial(FaultSettings);
export type FaultPatch = z.infer<typeof FaultPatch>;

export const NO_FAULTS: Readonly<FaultSettings> = {
  latencyMs: 0,
  errorRate: 0,
  dropAfterStore: 0,
  truncateJson: 0,
  timeoutNext: 0,
  processingDelayMs: 0,
};

/** The mutable fault state of one mock instance. */
export class Faults {
  #settings: FaultSettings;
  #prng: Prng;
  readonly #initial: FaultSettings;
  readonly #seed: number;

  constructor(initial: FaultPatch | undefined, seed: number) {
    this.#initial = { ...NO_FAULTS, ...FaultPatch.parse(initial ?? {}) };
    this.#settings = { ...this.#initial };
    this.#seed = seed;
    this.#prng = createPrng(seed ^ 0x5eed);
  }

  get settings(): FaultSettings {
    return { ...this.#settings };
  }

  update(patch: FaultPatch): FaultSettings {
    this.#settings = { ...this.#settings, ...FaultPatch.parse(patch) };
    return this.settings;
  }

  /** Back to the settings the mock was created with, PRNG included. */
  reset(): void {
    this.#settings = { ...this.#initial };
    this.#prng = createPrng(this.#seed ^ 0x5eed);
  }

  /** Whether this request fails with a 503 (draws from the seeded PRNG only when a rate is set). */
  drawError(): boolean {
    return this.#settings.errorRate > 0 && this.#prng.next() < this.#settings.errorRate;
  }

  /** Consumes one unit of a counter; true when the fault applies to this request. */
  take(counter: 'dropAfterStore' | 'truncateJson' | 'timeoutNext'): boolean {
    if (this.#settings[counter] <= 0) return false;
    this.#settings[counter]--;
    return true;
  }
}
