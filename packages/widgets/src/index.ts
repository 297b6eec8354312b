/**
 * Classes and types of the Kommunaldialog widgets. Importing this registers nothing: import
 * `@kommunaldialog/widgets/define/<name>` to define a tag.
 */
export * from './shared/index.js';
export { KdProvider } from './provider/kd-provider.js';
export { KdEventCalendar, KdEventSelectEvent, KdRangeChangeEvent, KdRegistrationEvent, type CalendarView } from './event-calendar/kd-event-calendar.js';
export { KdResultsMap } from './results-map/kd-results-map.js';
export { KdConcernForm } from './concern-form/kd-concern-form.js';
export { KdConcernStatus } from './concern-status/kd-concern-status.js';
