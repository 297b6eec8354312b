import {
  DialogEvent,
  EventFormat,
  EventSummary,
  expandOccurrences,
  pageOf,
  PAGE_LIMIT_DEFAULT,
  Registration,
  RegistrationRequest,
  Slug,
  toFieldErrors,
  type Registration as RegistrationT,
} from '@kommunaldialog/sdk';
import { eventsToICalendar, eventToICalendar } from '@kommunaldialog/sdk/ical';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { jsonResponse, type MockEnv, type RouteContext } from '../context.js';
import { canonicalJson, randomHex, sha256Hex } from '../http/crypto.js';
import { decodeCursor, paginate } from '../http/cursor.js';
import { invalid, problem } from '../http/problem.js';
import { commaList, DateParam, dateParamToInstant, ListParams, parseQuery, QParam, SlugList } from '../http/query.js';
import { formatBerlinIso } from '@kommunaldialog/sdk';
import { submission } from './submission.js';

const FeedQuery = z.strictObject({
  municipality: z.optional(SlugList),
  from: z.optional(DateParam),
  to: z.optional(DateParam),
  topic: z.optional(SlugList),
  format: z.optional(commaList(EventFormat)),
  q: z.optional(QParam),
});
const ListQuery = z.extend(FeedQuery, ListParams);
type FeedQuery = z.infer<typeof FeedQuery>;

const EventPage = pageOf(DialogEvent);
// Serialising through the summary schema leaves out every field it does not name.
const EventSummaryPage = pageOf(EventSummary);
const NoQuery = z.strictObject({});
const YEARS_20 = 20 * 365 * 86_400_000;

/** Lower-cased, NFC-normalised text for the `q` search. */
const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('de-DE');

function checkIds(ctx: RouteContext, q: FeedQuery): void {
  const data = ctx.data();
  const errors = [
    ...(q.municipality ?? []).flatMap((id, i) =>
      data.municipalityById.has(id) ? [] : [{ path: `municipality.${String(i)}`, code: 'invalid_value', message: `Unknown municipality "${id}".` }],
    ),
    ...(q.topic ?? []).flatMap((id, i) =>
      data.topicById.has(id) ? [] : [{ path: `topic.${String(i)}`, code: 'invalid_value', message: `Unknown topic "${id}".` }],
    ),
  ];
  if (errors.length > 0) throw invalid(400, errors);
}

/** Events matching the filters, in start order. */
export function filterEvents(ctx: RouteContext, q: FeedQuery): DialogEvent[] {
  checkIds(ctx, q);
  const from = q.from === undefined ? undefined : dateParamToInstant(q.from);
  const to = q.to === undefined ? undefined : dateParamToInstant(q.to);
  if (from && to && from.getTime() > to.getTime()) {
    throw invalid(400, [{ path: 'to', code: 'end_before_start', message: '`to` lies before `from`.' }]);
  }
  const needle = q.q === undefined ? undefined : fold(q.q);
  const rangeStart = from ?? new Date(0);
  const rangeEnd = to ?? new Date(Math.max(rangeStart.getTime(), ctx.now().getTime()) + YEARS_20);
  return ctx.data().events.filter(
    (e) =>
      (!q.municipality || q.municipality.includes(e.municipality)) &&
      (!q.topic || e.topics.some((t) => q.topic!.includes(t))) &&
      (!q.format || q.format.includes(e.format)) &&
      (needle === undefined || fold(e.title).includes(needle) || fold(e.description).includes(needle)) &&
      ((!from && !to) || inRange(e, rangeStart, rangeEnd)),
  );
}

/** Whether any occurrence overlaps the range; the cheap checks only skip events that cannot. */
function inRange(event: DialogEvent, from: Date, to: Date): boolean {
  // No occurrence starts before the first one, and one that does not recur ends with it.
  if (Date.parse(event.start) >= to.getTime()) return false;
  if (event.recurrence === undefined && Date.parse(event.end) < from.getTime()) return false;
  return expandOccurrences(event, from, to, 1).length > 0;
}

/** The event as served: seats left reflect the registrations received so far. */
export function liveEvent(ctx: RouteContext, event: DialogEvent): DialogEvent {
  const { remaining } = event.registration;
  if (remaining === undefined) return event;
  const taken = ctx.store.registrationTotals(event.id).confirmedPeople;
  if (taken === 0) return event;
  return { ...event, registration: { ...event.registration, remaining: Math.max(0, remaining - taken) } };
}

function findEvent(ctx: RouteContext, id: string): DialogEvent {
  if (!Slug.safeParse(id).success) {
    throw invalid(400, [{ path: 'id', code: 'invalid_format', message: 'Not a valid event id.' }], 'The event id is malformed.');
  }
  const event = ctx.data().eventById.get(id);
  if (!event) throw problem({ status: 404, code: 'not_found', detail: `There is no event "${id}".` });
  return event;
}

function calendarResponse(body: string, filename: string, disposition: 'inline' | 'attachment'): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `${disposition}; filename="${filename}"`,
      'cache-control': 'no-cache',
    },
  });
}

/** The end of the event's last occurrence (the event itself when it does not recur). */
function hasFutureOccurrence(event: DialogEvent, now: Date): boolean {
  return expandOccurrences(event, now, new Date(now.getTime() + YEARS_20), 1).length > 0;
}

export function eventRoutes(app: Hono<MockEnv>, ctx: RouteContext): void {
  app.get('/events', async (c) => {
    const url = new URL(c.req.url);
    const q = parseQuery(ListQuery, url);
    const { cursor, limit = PAGE_LIMIT_DEFAULT, fields, ...filters } = q;
    const fingerprint = (await sha256Hex(`${c.req.path}?${canonicalJson(filters)}`)).slice(0, 16);
    const after = cursor === undefined ? undefined : (await decodeCursor(ctx.signer, cursor, fingerprint)).after;
    const page = await paginate(filterEvents(ctx, filters), (e) => [Date.parse(e.start), e.id], {
      limit,
      signer: ctx.signer,
      query: fingerprint,
      ...(after ? { after } : {}),
    });
    return jsonResponse(fields === 'summary' ? EventSummaryPage : EventPage, {
      items: page.items.map((e) => liveEvent(ctx, e)),
      nextCursor: page.nextCursor,
    });
  });

  app.get('/events.ics', (c) => {
    const url = new URL(c.req.url);
    const q = parseQuery(FeedQuery, url);
    const events = filterEvents(ctx, q);
    const names = (q.municipality ?? []).map((id) => ctx.data().municipalityById.get(id)!.name);
    const calendarName = `Kommunaldialog${names.length > 0 ? ` – ${names.join(', ')}` : ''}`;
    return calendarResponse(eventsToICalendar(events, { calendarName, url: url.href }), 'kommunaldialog.ics', 'inline');
  });

  app.get('/events/:id', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    const id = c.req.param('id');
    if (id.endsWith('.ics')) {
      const event = findEvent(ctx, id.slice(0, -4));
      return calendarResponse(eventToICalendar(event), `${event.id}.ics`, 'attachment');
    }
    return jsonResponse(DialogEvent, liveEvent(ctx, findEvent(ctx, id)));
  });

  app.post('/events/:id/registrations', (c) =>
    submission(c, ctx, async (body) => {
      const event = findEvent(ctx, c.req.param('id'));
      const parsed = RegistrationRequest.safeParse(body, { reportInput: true });
      if (!parsed.success) throw invalid(422, toFieldErrors(parsed.error.issues));
      const request = parsed.data;
      const now = ctx.now();
      if (event.status === 'cancelled') {
        throw problem({ status: 409, code: 'event_cancelled', detail: 'The event has been cancelled.' });
      }
      if (!hasFutureOccurrence(event, now)) {
        throw problem({ status: 409, code: 'event_past', detail: 'The event has already taken place.' });
      }
      const { deadline, capacity } = event.registration;
      if (deadline !== undefined && Date.parse(deadline) < now.getTime()) {
        throw problem({ status: 409, code: 'registration_closed', detail: 'The registration deadline has passed.' });
      }
      // From here on nothing awaits: the seat count and the insert cannot interleave with another request.
      const totals = ctx.store.registrationTotals(event.id);
      const remaining = capacity === undefined ? Infinity : Math.max(0, (event.registration.remaining ?? capacity) - totals.confirmedPeople);
      let registration: RegistrationT;
      const base = { id: `reg-${randomHex(12)}`, eventId: event.id, people: request.people, createdAt: formatBerlinIso(now) };
      if (request.people <= remaining) {
        registration = { ...base, status: 'confirmed' };
      } else if (event.registration.waitlist) {
        const position = (ctx.data().waitlists[event.id] ?? 0) + totals.waitlisted + 1;
        registration = { ...base, status: 'waitlisted', waitlistPosition: position };
      } else {
        throw problem({
          status: 409,
          code: 'event_full',
          detail: remaining === 0 ? 'The event is fully booked.' : `Only ${String(remaining)} places are left.`,
        });
      }
      const response = jsonResponse(Registration, registration, { status: 201 });
      ctx.store.insertRegistration({ registration, request });
      return { response, stored: true };
    }),
  );
}
