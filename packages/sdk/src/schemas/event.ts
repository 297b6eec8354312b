import * as z from 'zod/mini';
import { Slug, pageOf } from './common.js';
import { endNotBeforeStart, venueOrOnline } from './rules.js';
import { Email, HttpsUrl, Phone } from './contact.js';
import { DateTime } from './formats.js';
import { LanguageTag, userText } from './user-text.js';
import { EVENT_FORMATS, EVENT_STATUSES, TIME_ZONE } from './values.js';

export const EventFormat = /* @__PURE__ */ z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormat>;

export const EventStatus = /* @__PURE__ */ z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

export const Venue = /* @__PURE__ */ z.object({
  name: z.string(),
  street: z.string(),
  postalCode: /* @__PURE__ */ z.string().check(z.regex(/^\d{5}$/)),
  city: z.string(),
  lat: /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  lng: /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
});
export type Venue = z.infer<typeof Venue>;

export const Accessibility = /* @__PURE__ */ z.object({
  stepFree: z.boolean(),
  hearingLoop: z.boolean(),
  signLanguage: z.boolean(),
  /** Languages interpreted on site, as BCP 47 tags (`ar`, `uk`, `fa`, `ti`, ...). */
  interpretation: z.array(LanguageTag),
  childcare: z.boolean(),
  notes: z.optional(z.string()),
});
export type Accessibility = z.infer<typeof Accessibility>;

export const RegistrationInfo = /* @__PURE__ */ z.object({
  required: z.boolean(),
  capacity: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1))),
  remaining: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(0))),
  deadline: z.optional(DateTime),
  waitlist: z.boolean(),
});
export type RegistrationInfo = z.infer<typeof RegistrationInfo>;

/**
 * RFC 5545 RRULE value (without the `RRULE:` prefix). Supported parts: FREQ (DAILY, WEEKLY,
 * MONTHLY), INTERVAL, COUNT, UNTIL, BYDAY. Occurrences keep their wall-clock time in Europe/Berlin.
 */
export const RRule = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^FREQ=(DAILY|WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/));

/** Every field of an event, before the rules that reach across fields. */
const EventFields = /* @__PURE__ */ z.object({
  id: Slug,
  municipality: Slug,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  /** Plain text. Never rendered as HTML. */
  description: /* @__PURE__ */ z.string().check(z.maxLength(8000)),
  format: EventFormat,
  topics: z.array(Slug),
  start: DateTime,
  end: DateTime,
  allDay: z.boolean(),
  timeZone: z.literal(TIME_ZONE),
  recurrence: z.optional(
    z.object({
      rrule: RRule,
      /** Start times of cancelled occurrences. */
      exdates: z.optional(z.array(DateTime)),
    }),
  ),
  venue: z.optional(Venue),
  onlineUrl: z.optional(HttpsUrl),
  accessibility: Accessibility,
  registration: RegistrationInfo,
  status: EventStatus,
  organizer: z.object({
    name: z.string(),
    email: z.optional(Email),
    phone: z.optional(Phone),
    url: z.optional(HttpsUrl),
  }),
  updatedAt: DateTime,
});

export const DialogEvent = /* @__PURE__ */ EventFields.check(
  z.refine(endNotBeforeStart, { message: 'end_before_start', path: ['end'] }),
  z.refine(venueOrOnline, { message: 'venue_or_online_required', path: ['venue'] }),
);
export type DialogEvent = z.infer<typeof DialogEvent>;
/** One page of `GET /events`. */
export const EventPage = /* @__PURE__ */ pageOf(DialogEvent);

/** Where an event takes place, as far as a calendar entry names it. */
export const VenueSummary = /* @__PURE__ */ z.pick(Venue, { name: true, city: true });
export type VenueSummary = z.infer<typeof VenueSummary>;

/** What an event offers for access needs, without the free-text notes: what filters match on. */
export const AccessNeeds = /* @__PURE__ */ z.omit(Accessibility, { notes: true });
export type AccessNeeds = z.infer<typeof AccessNeeds>;

/**
 * An event as `GET /events?fields=summary` lists it: enough to place it in a month, a list or a
 * teaser and to filter it (times, recurrence, status, venue name and city, access needs, places
 * left), without the description, the organizer, the venue's address, the access notes, the time
 * zone (always Europe/Berlin) and `updatedAt`: less than half of an event's bytes. `events.get(id)`
 * has the rest. Every `DialogEvent` is one.
 */
export const EventSummary = /* @__PURE__ */ z
  .extend(
    z.omit(EventFields, { description: true, organizer: true, timeZone: true, updatedAt: true }),
    { venue: z.optional(VenueSummary), accessibility: AccessNeeds },
  )
  .check(
    z.refine(endNotBeforeStart, { message: 'end_before_start', path: ['end'] }),
    z.refine(venueOrOnline, { message: 'venue_or_online_required', path: ['venue'] }),
  );
export type EventSummary = z.infer<typeof EventSummary>;
/** One page of `GET /events?fields=summary`. */
export const EventSummaryPage = /* @__PURE__ */ pageOf(EventSummary);

/** What a resident sends to take part. Either e-mail or phone is needed to reach them. */
export const RegistrationRequest = /* @__PURE__ */ z
  .strictObject({
    name: userText(120),
    email: z.optional(Email),
    phone: z.optional(Phone),
    people: /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(10)),
    consent: z.literal(true),
    language: z.optional(LanguageTag),
  })
  .check(
    z.refine((r) => r.email !== undefined || r.phone !== undefined, {
      message: 'email_or_phone_required',
      path: ['email'],
    }),
  );
export type RegistrationRequest = z.infer<typeof RegistrationRequest>;

export const Registration = /* @__PURE__ */ z.object({
  id: z.string(),
  eventId: Slug,
  status: z.enum(['confirmed', 'waitlisted']),
  people: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
  /** Position on the waiting list, 1-based; only when waitlisted. */
  waitlistPosition: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1))),
  createdAt: DateTime,
});
export type Registration = z.infer<typeof Registration>;

/** Query of `GET /events`, as the SDK sends it. */
export interface EventQuery {
  municipality?: string;
  from?: string;
  to?: string;
  topic?: string | string[];
  format?: EventFormat | EventFormat[];
  q?: string;
  cursor?: string;
  limit?: number;
  /** `summary`: list `EventSummary` items instead of whole events. */
  fields?: 'summary';
}
