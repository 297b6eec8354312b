// Named re-exports, not `export *`: a bundler resolving one name through `export *` searches the
// modules in order and makes the importer depend on each it passes, so a widget importing one schema
// would pull every schema module listed before it into its bundle.
export {
  EASY_GERMAN,
  FieldError,
  LOCALES,
  Limit,
  LocalizedText,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  Problem,
  Slug,
  TIME_ZONE,
  UI_LANGUAGES,
  pageOf,
  type Locale,
  type Page,
  type UiLanguage,
} from './common.js';
export { DateTime } from './formats.js';
export { Email, HttpsUrl, Phone } from './contact.js';
export { BBox, LatLng, Precision } from './geo.js';
export { LanguageTag, userText } from './user-text.js';
export { Topic } from './topic.js';
export { Municipality } from './municipality.js';
export {
  Accessibility,
  DialogEvent,
  EVENT_FORMATS,
  EVENT_STATUSES,
  EventFormat,
  EventStatus,
  RRule,
  Registration,
  RegistrationInfo,
  RegistrationRequest,
  Venue,
  type EventQuery,
} from './event.js';
export {
  CONCERN_KINDS,
  CONCERN_STATUSES,
  ConcernKind,
  ConcernReceipt,
  ConcernReference,
  ConcernStatus,
  ConcernStatusValue,
} from './concern-status.js';
export {
  CONCERN_DESCRIPTION_MAX,
  CONCERN_TITLE_MAX,
  Challenge,
  ConcernContact,
  ConcernLocation,
  ConcernSubmission,
} from './concern.js';
export {
  Geometry,
  PointGeometry,
  PolygonGeometry,
  RESULT_STATUSES,
  Result,
  ResultStatus,
  type ResultQuery,
} from './result.js';
