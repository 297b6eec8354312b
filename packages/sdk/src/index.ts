export * from './schemas/index.js';
export * from './text.js';
export * from './field-errors.js';
export * from './errors.js';
export { createClient, type ClientOptions, type KommunaldialogClient } from './client/create-client.js';
export type { RequestOptions, SubmitOptions, RetrySettings } from './client/http.js';
export { PagePromise } from './client/page-promise.js';
export type {
  ConcernsResource,
  EventFeedQuery,
  EventsResource,
  MunicipalitiesResource,
  RegistrationsResource,
  ResultFeedQuery,
  ResultsResource,
  TopicsResource,
} from './client/resources.js';
export * from './time.js';
export * from './recurrence.js';
