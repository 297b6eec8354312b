import { KdEvent } from '../shared/events.js';

/** Detail of {@link KdConcernLookupEvent}. */
export interface ConcernLookupDetail {
  /** The reference the person entered, normalised (`KD-2026-000123`). */
  reference: string;
}

/**
 * The person entered a reference to look up. A page can put it into its URL so that the
 * status can be bookmarked.
 */
export class KdConcernLookupEvent extends KdEvent<ConcernLookupDetail> {
  static readonly eventName = 'kd-concern-lookup';
  constructor(detail: ConcernLookupDetail) {
    super(KdConcernLookupEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'kd-concern-lookup': KdConcernLookupEvent;
  }
}
