/** A response body (the JSON text as sent) together with the `ETag` it was served with. */
export interface CachedEntry {
  etag: string;
  body: string;
}

/**
 * Small least-recently-used map of URL → last validated body and its ETag, so that a repeated
 * GET can be answered by `304 Not Modified` without sending the body again. One per client,
 * in memory only: nothing about a visitor is persisted.
 */
export class EtagCache {
  readonly #entries = new Map<string, CachedEntry>();
  readonly #capacity: number;

  constructor(capacity = 100) {
    this.#capacity = capacity;
  }

  get(url: string): CachedEntry | undefined {
    const entry = this.#entries.get(url);
    if (entry !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.#entries.delete(url);
      this.#entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, entry: CachedEntry): void {
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(url: string): void {
    this.#entries.delete(url);
  }

  get size(): number {
    return this.#entries.size;
  }
}
