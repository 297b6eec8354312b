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

export const DialogEvent = /* @__PURE__ */ z
  .object({
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
  })
  .check(
    z.refine(endNotBeforeStart, { message: 'end_before_start', path: ['end'] }),
    z.refine(venueOrOnline, { message: 'venue_or_online_required', path: ['venue'] }),
  );
export type DialogEvent = z.infer<typeof DialogEvent>;
/** One page of `GET /events`. */
export const EventPage = /* @__PURE__ */ pageOf(DialogEvent);

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
}
