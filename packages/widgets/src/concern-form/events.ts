import { KdEvent } from '../shared/events.js';

/** Detail of {@link KdConcernSubmitEvent}. */
export interface ConcernSubmitDetail {
  /** Public reference of the stored concern, e.g. `KD-2026-000123`. */
  reference: string;
}

/** The API confirmed a concern: it is stored, and the receipt shows its reference. */
export class KdConcernSubmitEvent extends KdEvent<ConcernSubmitDetail> {
  static readonly eventName = 'kd-concern-submit';
  constructor(detail: ConcernSubmitDetail) {
    super(KdConcernSubmitEvent.eventName, detail);
  }
}

/** Detail of {@link KdConcernQueuedEvent}. */
export interface ConcernQueuedDetail {
  /** The failed try: an SDK error (`NetworkError`, `TimeoutError`, `ServerError`, `RateLimitError`, …). */
  error: unknown;
}

/**
 * A try to send failed in a way that passes (offline, timeout, server error, rate limit): the
 * concern stays queued in the tab and is sent again automatically.
 */
export class KdConcernQueuedEvent extends KdEvent<ConcernQueuedDetail> {
  static readonly eventName = 'kd-concern-queued';
  constructor(detail: ConcernQueuedDetail) {
    super(KdConcernQueuedEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'kd-concern-submit': KdConcernSubmitEvent;
    'kd-concern-queued': KdConcernQueuedEvent;
  }
}
