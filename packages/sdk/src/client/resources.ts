import { pageOf } from '../schemas/common.js';
import { Challenge, ConcernReceipt, ConcernStatus, ConcernSubmission } from '../schemas/concern.js';
import { DialogEvent, Registration, RegistrationRequest, type EventQuery } from '../schemas/event.js';
import { Municipality, Topic } from '../schemas/municipality.js';
import { Result, type ResultQuery } from '../schemas/result.js';
import type { Http, RequestOptions, SubmitOptions } from './http.js';
import { PagePromise } from './page-promise.js';
import { withoutPaging } from './query.js';

const MunicipalityPage = /* @__PURE__ */ pageOf(Municipality);
const TopicPage = /* @__PURE__ */ pageOf(Topic);
const EventPage = /* @__PURE__ */ pageOf(DialogEvent);
const ResultPage = /* @__PURE__ */ pageOf(Result);

/** Filters of the calendar feed: those of `events.list` without paging. */
export type EventFeedQuery = Omit<EventQuery, 'cursor' | 'limit'>;
/** Filters of the GeoJSON export: those of `results.list` without paging. */
export type ResultFeedQuery = Omit<ResultQuery, 'cursor' | 'limit'>;

const segment = encodeURIComponent;

export interface MunicipalitiesResource {
  /** All participating municipalities. */
  list(options?: RequestOptions): PagePromise<Municipality>;
  get(id: string, options?: RequestOptions): Promise<Municipality>;
}

export interface TopicsResource {
  list(options?: RequestOptions): PagePromise<Topic>;
}

export interface EventsResource {
  /** Events sorted by start; await for one page or `for await` over all of them. */
  list(query?: EventQuery, options?: RequestOptions): PagePromise<DialogEvent>;
  get(id: string, options?: RequestOptions): Promise<DialogEvent>;
  /** Absolute URL of the iCalendar feed with these filters (for "download" links). */
  icsUrl(query?: EventFeedQuery): string;
  /** The same feed as a `webcal://` URL, which calendar apps subscribe to. */
  webcalUrl(query?: EventFeedQuery): string;
  /** Absolute URL of one event as an `.ics` file ("add to calendar"). */
  eventIcsUrl(id: string): string;
}

export interface RegistrationsResource {
  /** Registers for an event; the result is `confirmed` or `waitlisted`. Retried safely. */
  create(eventId: string, request: RegistrationRequest, options?: SubmitOptions): Promise<Registration>;
}

export interface ConcernsResource {
  /** A fresh proof-of-work challenge; single use, never served from cache. */
  challenge(options?: RequestOptions): Promise<Challenge>;
  /** Submits a concern; resolves with the public reference (`KD-2026-000123`). Retried safely. */
  submit(submission: ConcernSubmission, options?: SubmitOptions): Promise<ConcernReceipt>;
  /** The public timeline of a concern. */
  status(reference: string, options?: RequestOptions): Promise<ConcernStatus>;
}

export interface ResultsResource {
  list(query?: ResultQuery, options?: RequestOptions): PagePromise<Result>;
  get(id: string, options?: RequestOptions): Promise<Result>;
  /** Absolute URL of the GeoJSON FeatureCollection with these filters. */
  geojsonUrl(query?: ResultFeedQuery): string;
}

export function municipalities(http: Http): MunicipalitiesResource {
  return {
    list: (options) => new PagePromise((cursor) => http.get('/municipalities', MunicipalityPage, { cursor }, options)),
    get: (id, options) => http.get(`/municipalities/${segment(id)}`, Municipality, undefined, options),
  };
}

export function topics(http: Http): TopicsResource {
  return {
    list: (options) => new PagePromise((cursor) => http.get('/topics', TopicPage, { cursor }, options)),
  };
}

export function events(http: Http): EventsResource {
  const icsUrl = (query?: EventFeedQuery) => http.url('/events.ics', withoutPaging(query));
  return {
    list: (query, options) =>
      new PagePromise((cursor) => http.get('/events', EventPage, { ...query, cursor: cursor ?? query?.cursor }, options)),
    get: (id, options) => http.get(`/events/${segment(id)}`, DialogEvent, undefined, options),
    icsUrl,
    webcalUrl: (query) => icsUrl(query).replace(/^https?:/, 'webcal:'),
    eventIcsUrl: (id) => http.url(`/events/${segment(id)}.ics`),
  };
}

export function registrations(http: Http): RegistrationsResource {
  return {
    create: (eventId, request, options) =>
      http.post(`/events/${segment(eventId)}/registrations`, RegistrationRequest, request, Registration, options),
  };
}

export function concerns(http: Http): ConcernsResource {
  return {
    challenge: (options) => http.get('/challenge', Challenge, undefined, { ...options, fresh: true }),
    submit: (submission, options) => http.post('/concerns', ConcernSubmission, submission, ConcernReceipt, options),
    status: (reference, options) => http.get(`/concerns/${segment(reference)}`, ConcernStatus, undefined, options),
  };
}

export function results(http: Http): ResultsResource {
  return {
    list: (query, options) =>
      new PagePromise((cursor) => http.get('/results', ResultPage, { ...query, cursor: cursor ?? query?.cursor }, options)),
    get: (id, options) => http.get(`/results/${segment(id)}`, Result, undefined, options),
    geojsonUrl: (query) => http.url('/results.geojson', withoutPaging(query)),
  };
}
