import { isKommunaldialogError, type ConcernReceipt } from '@kommunaldialog/sdk';
import type { ConcernsResource } from '@kommunaldialog/sdk/resources';
import type { OutboxEntry } from './draft-store.js';
import type { ProofOfWork } from './proof-of-work.js';

/** What the form needs to hear from a delivery. */
export interface DeliveryHooks {
  /** Where submissions go (one attempt per call: the delivery retries itself). */
  concerns(): ConcernsResource;
  proofOfWork: ProofOfWork;
  /** The API's minimum time between fetching a challenge and sending it, in ms. */
  minFillTime(): number;
  /** The entry changed (proof of work added or dropped): keep it. */
  save(entry: OutboxEntry): void;
  /** A try failed in a way that passes (offline, timeout, 5xx, 429, 409): the entry stays queued. */
  queued(error: unknown): void;
  /** The API stored it (or had stored it before, and replayed its answer). */
  confirmed(receipt: ConcernReceipt): void;
  /** The API refused it for good (invalid input, or a failure retrying cannot fix). */
  rejected(error: unknown): void;
}

type Verdict = 'retry' | 'new-challenge' | 'too-fast' | 'reject';

/** How often in a row an expired challenge or a too-early send is repaired silently. */
const SILENT_REPAIRS = 5;
const TOO_FAST_PAUSE_MS = 1_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 60_000;

function problemCode(error: unknown): string | undefined {
  const problem = (error as { problem?: { type?: unknown; code?: unknown } }).problem;
  if (typeof problem?.code === 'string') return problem.code;
  return typeof problem?.type === 'string' ? problem.type.split('/').pop() : undefined;
}

/** Sorts a failed try into what to do next. */
export function verdictOf(error: unknown): Verdict {
  if (!isKommunaldialogError(error)) return 'reject';
  switch (error.code) {
    // A garbled answer (`response_shape`) may follow a store: a retry gets the replay.
    case 'network':
    case 'timeout':
    case 'response_shape':
      return 'retry';
    case 'validation': {
      const fieldErrors = (error as { fieldErrors?: { path: string; code: string }[] }).fieldErrors ?? [];
      if (fieldErrors.some((e) => e.code === 'too_fast')) return 'too-fast';
      if (fieldErrors.some((e) => e.path === 'proofOfWork')) return 'new-challenge';
      return 'reject';
    }
    case 'http': {
      const status = (error as { status?: number }).status ?? 0;
      return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500 ? 'retry' : 'reject';
    }
  }
  return 'reject';
}

/** True when the API refused a key it has seen with another body: the first one got through. */
export function isKeyReused(error: unknown): boolean {
  return problemCode(error) === 'idempotency_key_reused';
}

/** Wait before retry number `attempt` (1-based): the server's `Retry-After`, else jittered backoff. */
export function retryDelay(attempt: number, error: unknown): number {
  const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter)) return Math.max(retryAfter * 1000, 250);
  const base = Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), BACKOFF_CAP_MS);
  return base * (0.75 + Math.random() * 0.5);
}

/**
 * Delivers one queued submission until the API confirms or refuses it: retries with backoff
 * (honouring `Retry-After`), at once when the browser comes back online or the person asks,
 * and repairs an expired challenge or a too-early send without bothering anyone. Always the
 * same body under the same idempotency key, so the API stores it once at most.
 */
export class ConcernDelivery {
  readonly #hooks: DeliveryHooks;
  #abort: AbortController | undefined;
  #wake: (() => void) | undefined;

  constructor(hooks: DeliveryHooks) {
    this.#hooks = hooks;
  }

  get running(): boolean {
    return this.#abort !== undefined;
  }

  /** Starts delivering `entry` unless a delivery runs already. */
  start(entry: OutboxEntry): void {
    if (this.#abort) return;
    const abort = new AbortController();
    this.#abort = abort;
    const onOnline = (): void => this.retryNow();
    globalThis.addEventListener('online', onOnline);
    void this.#run(entry, abort.signal).finally(() => {
      globalThis.removeEventListener('online', onOnline);
      if (this.#abort === abort) this.#abort = undefined;
    });
  }

  /** Ends a pending wait and tries at once. */
  retryNow(): void {
    this.#wake?.();
  }

  /** Gives up this page's part (the form left the page); the entry stays stored for the next load. */
  stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #run(entry: OutboxEntry, signal: AbortSignal): Promise<void> {
    const hooks = this.#hooks;
    let attempt = 0;
    let repairs = 0;
    while (!signal.aborted) {
      try {
        let proof = entry.proofOfWork;
        if (proof === undefined) {
          const solved = await hooks.proofOfWork.take(signal);
          proof = solved.payload;
          entry = { ...entry, proofOfWork: proof, challengeFetchedAt: solved.fetchedAt };
          hooks.save(entry);
        }
        // The API refuses a form sent sooner than this after its challenge: wait instead.
        const early = (entry.challengeFetchedAt ?? 0) + hooks.minFillTime() - Date.now();
        if (early > 0) await this.#sleep(early, signal, false);
        const body = { ...entry.body, proofOfWork: proof };
        const receipt = await hooks.concerns().submit(body, { idempotencyKey: entry.idempotencyKey, signal });
        if (!signal.aborted) hooks.confirmed(receipt);
        return;
      } catch (error) {
        if (signal.aborted) return;
        const verdict = verdictOf(error);
        if ((verdict === 'new-challenge' || verdict === 'too-fast') && repairs < SILENT_REPAIRS) {
          repairs++;
          if (verdict === 'new-challenge') {
            // Nothing was stored under the key (a refused try is not remembered): a new
            // challenge in the same body under the same key is still the same submission.
            const { proofOfWork: _spent, challengeFetchedAt: _at, ...rest } = entry;
            entry = rest;
            hooks.save(entry);
          } else {
            await this.#sleep(TOO_FAST_PAUSE_MS, signal, false).catch(() => undefined);
          }
          continue;
        }
        if (verdict !== 'retry') {
          hooks.rejected(error);
          return;
        }
        attempt++;
        hooks.queued(error);
        await this.#sleep(retryDelay(attempt, error), signal, true).catch(() => undefined);
      }
    }
  }

  /** Waits `ms`; a wakeable wait ends early on `online` or "retry now". Rejects on abort. */
  #sleep(ms: number, signal: AbortSignal, wakeable: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        if (this.#wake === done) this.#wake = undefined;
        resolve();
      };
      const onAbort = (): void => {
        clearTimeout(timer);
        if (this.#wake === done) this.#wake = undefined;
        reject(signal.reason as Error);
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', onAbort, { once: true });
      if (wakeable) this.#wake = done;
    });
  }
}
