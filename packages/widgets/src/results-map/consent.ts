/**
 * Which tile providers the visitor agreed to load on this page. Kept in memory only: no cookie,
 * no storage, so nothing needs a consent of its own; a reload asks again. Shared by every
 * results map of the page, so one "Karte laden" serves all maps using the same provider.
 */
const granted = new Set<string>();
const listeners = new Set<() => void>();

export const tileConsent = {
  has: (provider: string): boolean => granted.has(provider),
  grant(provider: string): void {
    granted.add(provider);
    for (const listener of listeners) listener();
  },
  revoke(provider: string): void {
    granted.delete(provider);
    for (const listener of listeners) listener();
  },
  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
