// Named re-exports, not `export *`: a bundler resolving one name through `export *` searches the
// modules in order and makes the importer depend on each it passes, so a widget importing one schema
// would pull every schema module listed before it into its bundle.
export {
  CONCERN_DESCRIPTION_MAX,
  CONCERN_KINDS,
  CONCERN_STATUSES,
  CONCERN_TITLE_MAX,
  EASY_GERMAN,
  EVENT_FORMATS,
  EVENT_STATUSES,
  LOCALES,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  RESULT_STATUSES,
  TIME_ZONE,
  UI_LANGUAGES,
  type Locale,
  type UiLanguage,
} from './values.js';
export { FieldError, Limit, LocalizedText, Problem, Slug, pageOf, type Page } from './common.js';
export { endNotBeforeStart, venueOrOnline } from './rules.js';
export { DateTime } from './formats.js';
export { Email, HttpsUrl, Phone } from './contact.js';
export { BBox, LatLng, Precision } from './geo.js';
export { LanguageTag, userText } from './user-text.js';
export { Topic, TopicPage } from './topic.js';
export { Municipality, MunicipalityPage } from './municipality.js';
export {
  AccessNeeds,
  Accessibility,
  DialogEvent,
  EventFormat,
  EventPage,
  EventSummary,
  EventSummaryPage,
  EventStatus,
  RRule,
  Registration,
  RegistrationInfo,
  RegistrationRequest,
  Venue,
  VenueSummary,
  type EventQuery,
} from './event.js';
export {
  ConcernKind,
  ConcernReceipt,
  ConcernReference,
  ConcernStatus,
  ConcernStatusValue,
} from './concern-status.js';
export { Challenge, ConcernContact, ConcernLocation, ConcernSubmission } from './concern.js';
export {
  Geometry,
  PointGeometry,
  PolygonGeometry,
  Result,
  ResultPage,
  ResultSummary,
  ResultSummaryPage,
  ResultStatus,
  type ResultQuery,
} from './result.js';
