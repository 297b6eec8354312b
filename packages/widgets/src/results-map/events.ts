import type { ResultSummary } from '@kommunaldialog/sdk';
import { KdEvent } from '../shared/events.js';

/** Where the visitor selected a result. */
export type ResultSelectSource = 'list' | 'map';

export interface ResultSelectDetail {
  /** Id of the selected result. */
  id: string;
  /**
   * The result as the list has it: a `ResultSummary` (title, status, progress, topics, place).
   * The panel loads the whole result (`results.get(id)`) after this event.
   */
  result: ResultSummary;
  /** `list` (a list entry) or `map` (a marker or area). */
  source: ResultSelectSource;
}

/**
 * The visitor selected a result (in the list or on the map) and its details opened. Not fired
 * when the page sets `selected` itself.
 */
export class KdResultSelectEvent extends KdEvent<ResultSelectDetail> {
  static readonly eventName = 'kd-result-select';

  constructor(detail: ResultSelectDetail) {
    super(KdResultSelectEvent.eventName, detail);
  }
}

export interface ConsentChangeDetail {
  /** `granted` after "Karte laden", `pending` after "Karte ausblenden". */
  consent: 'granted' | 'pending';
  /** The tile provider the decision applies to: `basemap.de`, `osm` or the URL template. */
  provider: string;
}

/** The visitor agreed to load the map, or hid it again. Lets the site's consent manager follow. */
export class KdConsentChangeEvent extends KdEvent<ConsentChangeDetail> {
  static readonly eventName = 'kd-consent-change';

  constructor(detail: ConsentChangeDetail) {
    super(KdConsentChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'kd-result-select': KdResultSelectEvent;
    'kd-consent-change': KdConsentChangeEvent;
  }
}
