/**
 * The client in parts, for bundles that need only some of the API: `createHttp` is the transport,
 * each factory adds one resource on top of it and pulls in only the schemas that resource checks.
 * `createClient` (from the package root) is all of them together.
 *
 * @example
 * import { createHttp, events } from '@kommunaldialog/sdk/resources';
 * const http = createHttp({ baseUrl: 'https://api.kommunaldialog.de/v1' });
 * const page = await events(http).list({ municipality: 'tuebingen' });
 *
 * @module
 */
export {
  createHttp,
  type ClientOptions,
  type Http,
  type RequestOptions,
  type RetrySettings,
  type SubmitOptions,
} from './client/http.js';
export type { ResponseCheck } from './client/response-check.js';
export {
  concerns,
  concernStatus,
  events,
  municipalities,
  registrations,
  results,
  topics,
  type ConcernsResource,
  type ConcernStatusResource,
  type EventFeedQuery,
  type EventsResource,
  type MunicipalitiesResource,
  type RegistrationsResource,
  type ResultFeedQuery,
  type ResultsResource,
  type TopicsResource,
} from './client/resources.js';
export { PagePromise } from './client/page-promise.js';
