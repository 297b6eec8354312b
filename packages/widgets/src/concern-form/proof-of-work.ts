import type { Challenge } from '@kommunaldialog/sdk';
import type { ConcernsResource } from '@kommunaldialog/sdk/resources';
import { trustedScriptURL } from '../shared/namespace.js';
import { searchSolution } from './pow-search.js';

/** A solved challenge, ready to go into one submission. */
export interface SolvedChallenge {
  /** base64 of the ALTCHA payload `{ algorithm, challenge, number, salt, signature }`. */
  payload: string;
  /** When the challenge arrived (this browser's clock): the API's minimum fill time counts from here. */
  fetchedAt: number;
  /** When the API stops accepting it (from the challenge's `expires` parameter), if known. */
  expiresAt: number | undefined;
}

/** Never hand out a solution that expires within this margin: the request still has to travel. */
const EXPIRY_MARGIN_MS = 60_000;

/** Set when this module runs as TypeScript source (a dev server such as the test runner's). */
const SOURCE_WORKER = new URL(import.meta.url).pathname.endsWith('.ts') ? 'pow.worker.ts' : undefined;

function spawnWorker(): Worker {
  // Source served as TypeScript has no compiled worker next to it. The name is a variable there
  // on purpose: bundlers then leave that branch alone and bundle the literal `.js` worker below.
  if (SOURCE_WORKER) return new Worker(new URL(SOURCE_WORKER, import.meta.url), { type: 'module' });
  // Pages with Trusted Types in their CSP accept the URL only through our policy.
  return new Worker(trustedScriptURL(new URL('./pow.worker.js', import.meta.url)), { type: 'module' });
}

function solveInWorker(challenge: Challenge, signal: AbortSignal): Promise<number | null> {
  return new Promise((resolve, reject) => {
    // Throws where the page's CSP forbids workers; a blocked or missing script fires `error`.
    const worker = spawnWorker();
    const finish = (): void => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<number | null>) => {
      finish();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      reject(new Error('The proof-of-work worker could not run.'));
    });
    worker.postMessage({ challenge: challenge.challenge, salt: challenge.salt, max: challenge.maxnumber });
  });
}

function solveOnMainThread(challenge: Challenge, signal: AbortSignal): Promise<number | null> {
  // Small batches with a macrotask between them keep typing and scrolling smooth.
  const pause = () =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) reject(signal.reason as Error);
      else setTimeout(resolve, 0);
    });
  return searchSolution(challenge.challenge, challenge.salt, challenge.maxnumber, pause, 200);
}

/** The number that solves `challenge`: in a worker where possible, else in slices on the main thread. */
export async function solveChallenge(challenge: Challenge, signal: AbortSignal): Promise<number | null> {
  try {
    return await solveInWorker(challenge, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return solveOnMainThread(challenge, signal);
  }
}

function expiryOf(challenge: Challenge): number | undefined {
  const expires = new URLSearchParams(challenge.salt.split('?')[1] ?? '').get('expires');
  return expires && /^\d+$/.test(expires) ? Number(expires) * 1000 : undefined;
}

/**
 * Fetches and solves the API's proof-of-work challenge in the background while the person
 * types, so that sending does not wait for it. Each solution is used for one submission only.
 */
export class ProofOfWork {
  #pending: Promise<SolvedChallenge> | undefined;
  #abort = new AbortController();
  readonly #concerns: () => ConcernsResource;

  constructor(concerns: () => ConcernsResource) {
    this.#concerns = concerns;
  }

  /** Starts fetching and solving a challenge unless one is under way or ready. */
  prepare(): void {
    if (this.#pending) return;
    const pending = this.#solveNew();
    this.#pending = pending;
    // A failed attempt is forgotten: the next `prepare` or `take` starts afresh.
    pending.catch(() => {
      if (this.#pending === pending) this.#pending = undefined;
    });
  }

  /** A solved challenge for one submission; the one after it is prepared anew. */
  async take(signal: AbortSignal): Promise<SolvedChallenge> {
    for (;;) {
      this.prepare();
      const pending = this.#pending!;
      const solved = await abortable(pending, signal);
      if (this.#pending === pending) this.#pending = undefined;
      if (solved.expiresAt === undefined || solved.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return solved;
    }
  }

  /** Stops any work (the form left the page). */
  dispose(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#pending = undefined;
  }

  async #solveNew(): Promise<SolvedChallenge> {
    const signal = this.#abort.signal;
    const challenge = await this.#concerns().challenge({ signal });
    const fetchedAt = Date.now();
    const number = await solveChallenge(challenge, signal);
    if (number === null) throw new Error('The proof-of-work challenge has no solution.');
    const { algorithm, salt, signature } = challenge;
    const payload = btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
    return { payload, fetchedAt, expiresAt: expiryOf(challenge) };
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
