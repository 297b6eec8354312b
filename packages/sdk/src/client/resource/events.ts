import { DialogEventCheck, EventPageCheck, EventSummaryPageCheck } from '../../checks/event.js';
import type { DialogEvent, EventQuery, EventSummary } from '../../schemas/event.js';
import type { Http, RequestOptions } from '../http.js';
import { PagePromise } from '../page-promise.js';
import { feedQuery } from '../query.js';

/** Filters of the calendar feed: those of `events.list` without paging. */
export type EventFeedQuery = Omit<EventQuery, 'cursor' | 'limit' | 'fields'>;

const segment = encodeURIComponent;

export interface EventsResource {
  /**
   * Events sorted by start; await for one page or `for await` over all of them. With
   * `fields: 'summary'`, each is an `EventSummary`: about half the bytes, for views that list many
   * events and fetch one whole (`get`) when it is opened.
   */
  list(query: EventQuery & { fields: 'summary' }, options?: RequestOptions): PagePromise<EventSummary>;
  list(query?: EventQuery & { fields?: undefined }, options?: RequestOptions): PagePromise<DialogEvent>;
  get(id: string, options?: RequestOptions): Promise<DialogEvent>;
  /** Absolute URL of the iCalendar feed with these filters (for "download" links). */
  icsUrl(query?: EventFeedQuery): string;
  /** The same feed as a `webcal://` URL, which calendar apps subscribe to. */
  webcalUrl(query?: EventFeedQuery): string;
  /** Absolute URL of one event as an `.ics` file ("add to calendar"). */
  eventIcsUrl(id: string): string;
}

export function events(http: Http): EventsResource {
  const icsUrl = (query?: EventFeedQuery) => http.url('/events.ics', feedQuery(query));
  return {
    list: ((query?: EventQuery, options?: RequestOptions) => {
      const check = query?.fields === 'summary' ? EventSummaryPageCheck : EventPageCheck;
      return new PagePromise((cursor) =>
        http.get('/events', check, { ...query, cursor: cursor ?? query?.cursor }, options),
      );
    }) as EventsResource['list'],
    get: (id, options) => http.get(`/events/${segment(id)}`, DialogEventCheck, undefined, options),
    icsUrl,
    webcalUrl: (query) => icsUrl(query).replace(/^https?:/, 'webcal:'),
    eventIcsUrl: (id) => http.url(`/events/${segment(id)}.ics`),
  };
}
