/** Requests per client and window for submissions and challenges. */
export interface RateLimitOptions {
  windowMs: number;
  max: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { windowMs: 60_000, max: 120 };

/** A fixed-window counter per client, on the mock's (injectable) clock. */
export class RateLimiter {
  readonly #options: RateLimitOptions | false;
  readonly #now: () => Date;
  #windows = new Map<string, { start: number; count: number }>();

  constructor(options: RateLimitOptions | false, now: () => Date) {
    this.#options = options;
    this.#now = now;
  }

  /** Counts a request; returns the seconds to wait when the client is over its limit. */
  hit(client: string): number | undefined {
    if (this.#options === false) return undefined;
    const now = this.#now().getTime();
    const { windowMs, max } = this.#options;
    let window = this.#windows.get(client);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(client, window);
      if (this.#windows.size > 10_000) this.#prune(now);
    }
    window.count++;
    if (window.count <= max) return undefined;
    return Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
  }

  reset(): void {
    this.#windows.clear();
  }

  #prune(now: number): void {
    if (this.#options === false) return;
    for (const [client, w] of this.#windows) if (now - w.start >= this.#options.windowMs) this.#windows.delete(client);
  }
}
