// One module per resource, so that a bundle using only some of them gets only their schemas
// (a bundler keeps a module whole: one file of factories would carry every schema along).
export { municipalities, type MunicipalitiesResource } from './resource/municipalities.js';
export { topics, type TopicsResource } from './resource/topics.js';
export { events, type EventFeedQuery, type EventsResource } from './resource/events.js';
export { registrations, type RegistrationsResource } from './resource/registrations.js';
export { concerns, type ConcernsResource } from './resource/concerns.js';
export { concernStatus, type ConcernStatusResource } from './resource/concern-status.js';
export { results, type ResultFeedQuery, type ResultsResource } from './resource/results.js';
