import { expandOccurrences, type Accessibility, type DialogEvent, type RegistrationInfo } from '@kommunaldialog/sdk';
import { berlinIso, nextWeekday, weekdayOf, WEEKDAY_CODES, type DayNumber } from './dates.js';
import { EVENT_TEMPLATES, SPRACHCAFE, type EventContext, type EventTemplate } from './event-templates.js';
import type { Prng } from './prng.js';
import type { Town, TownVenue } from './towns.js';

const DAY = 86_400_000;
/** Languages interpreters in Baden-Württemberg are most often booked for. */
const INTERPRETATION_POOL = ['ar', 'uk', 'fa', 'tr', 'prs', 'ti', 'ps', 'ku', 'ru'];
const FIXED_INTERPRETATION: Record<string, string[]> = {
  'elternabend-schule': ['ar', 'prs', 'uk', 'tr'],
  'erste-hilfe-eltern': ['ar', 'uk'],
};

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Status the seed gives an event, beyond the default `scheduled`. */
export type SpecialStatus = 'cancelled' | 'postponed' | 'moved-online' | 'full-waitlist' | 'full';

export interface BuildOptions {
  id: string;
  template: EventTemplate;
  town: Town;
  day: DayNumber;
  today: DayNumber;
  prng: Prng;
  special?: SpecialStatus;
  recurrence?: DialogEvent['recurrence'];
}

function townLabel(town: Town): string {
  return `${town.kind} ${town.name}`;
}

function organizerFor(kind: EventTemplate['organizer'], town: Town): DialogEvent['organizer'] {
  const small = town.kind === 'Gemeinde';
  switch (kind) {
    case 'integration':
      return { name: `${townLabel(town)} – Integrationsbeauftragte`, email: `integration@${town.site}`, phone: town.phone, url: `https://www.${town.site}/integration` };
    case 'network':
      return { name: town.network, email: `ehrenamt@${town.site}`, url: `https://www.${town.site}/ehrenamt` };
    case 'social':
      return small
        ? { name: `Bürgermeisteramt ${town.name} – Hauptamt`, email: `hauptamt@${town.site}`, phone: town.phone }
        : { name: `${townLabel(town)} – Amt für Soziales und Integration`, email: `soziales@${town.site}`, phone: town.phone };
    case 'building':
      return small
        ? { name: `Bürgermeisteramt ${town.name} – Bauamt`, email: `bauamt@${town.site}`, phone: town.phone }
        : { name: `${townLabel(town)} – Stadtplanungs- und Tiefbauamt`, email: `stadtplanung@${town.site}`, phone: town.phone };
  }
}

export function pickVenue(template: EventTemplate, town: Town, prng: Prng): TownVenue {
  const preferred = (template.venues ?? []).map((key) => town.venues.find((v) => v.key === key)).filter((v) => v !== undefined);
  return preferred.length > 0 ? prng.pick(preferred) : prng.pick(town.venues);
}

function registrationFor(template: EventTemplate, o: BuildOptions, startIso: string): RegistrationInfo {
  const { prng, special } = o;
  if (template.registration === 'none') return { required: false, waitlist: false };
  const [min, max] = template.capacity ?? [20, 40];
  const capacity = prng.int(min, max);
  const past = o.day < o.today;
  let remaining = past ? prng.int(0, Math.ceil(capacity / 4)) : prng.int(Math.max(1, Math.ceil(capacity / 5)), capacity);
  if (special === 'full' || special === 'full-waitlist') remaining = 0;
  if (template.registration === 'optional') return { required: false, capacity, remaining, waitlist: false };
  const deadline = berlinIso(o.day - 1, 12);
  return {
    required: true,
    capacity,
    remaining,
    deadline: Date.parse(deadline) < Date.parse(startIso) ? deadline : startIso,
    waitlist: special === 'full' ? false : capacity >= 10,
  };
}

function accessibilityFor(template: EventTemplate, venue: TownVenue | undefined, prng: Prng): Accessibility {
  const interpretation = template.interpreted
    ? (FIXED_INTERPRETATION[template.key] ?? INTERPRETATION_POOL.filter((l) => prng.sample(INTERPRETATION_POOL, 3).includes(l)))
    : [];
  const a: Accessibility = {
    stepFree: venue?.stepFree ?? true,
    hearingLoop: venue?.hearingLoop ?? false,
    signLanguage: Boolean(template.signLanguage),
    interpretation,
    childcare: Boolean(template.childcare),
  };
  const notes = venue === undefined ? 'Teilnahme im Browser ohne Installation; Einwahl per Telefon ist ebenfalls möglich.' : venue.notes;
  if (notes !== undefined) a.notes = notes;
  return a;
}

const STATUS_NOTES: Record<'cancelled' | 'moved-online', string> = {
  cancelled:
    'Abgesagt: Die Veranstaltung muss leider entfallen, weil die Referentin kurzfristig erkrankt ist. Einen Ersatztermin geben wir an dieser Stelle bekannt.',
  'moved-online':
    'Wichtig: Die Veranstaltung findet nur online statt, weil der Saal wegen eines Wasserschadens nicht genutzt werden kann. Den Zugangslink finden Sie bei den Veranstaltungsdetails.',
};

/** One event from a template; used by the seed and by the benchmark generator. */
export function buildEvent(o: BuildOptions): DialogEvent {
  const { template, town, day, prng, special } = o;
  const venue = template.onlineOnly ? undefined : pickVenue(template, town, prng);
  const quarter = prng.pick(town.quarters);
  const ctx: EventContext = { town, venue: venue ?? town.venues[0]!, quarter, street: prng.pick(town.streets) };
  const start = template.allDay ? berlinIso(day, 0) : berlinIso(day, template.hour, template.minute);
  const endMinutes = template.hour * 60 + template.minute + template.durationMinutes;
  const end = template.allDay ? berlinIso(day + 1, 0) : berlinIso(day + Math.floor(endMinutes / 1440), Math.floor((endMinutes % 1440) / 60), endMinutes % 60);

  let description = template.description(ctx);
  if (special === 'cancelled' || special === 'moved-online') description = `${STATUS_NOTES[special]}\n\n${description}`;
  if (special === 'postponed') {
    const original = dateFormat.format(new Date(Date.parse(start) - prng.int(7, 21) * DAY));
    description = `Neuer Termin: Die ursprünglich für den ${original} geplante Veranstaltung wurde verschoben. Bereits erfolgte Anmeldungen bleiben gültig.\n\n${description}`;
  }

  const event: DialogEvent = {
    id: o.id,
    municipality: town.id,
    title: template.title(ctx),
    description,
    format: template.format,
    topics: [...template.topics],
    start,
    end,
    allDay: Boolean(template.allDay),
    timeZone: 'Europe/Berlin',
    accessibility: accessibilityFor(template, venue, prng),
    registration: registrationFor(template, o, start),
    status: special === 'cancelled' || special === 'postponed' || special === 'moved-online' ? special : 'scheduled',
    organizer: organizerFor(template.organizer, town),
    updatedAt: berlinIso(o.today - (special ? prng.int(1, 6) : prng.int(7, 45)), prng.int(8, 16), prng.pick([0, 15, 30, 45])),
  };
  if (o.recurrence) event.recurrence = o.recurrence;
  if (venue) {
    event.venue = {
      name: venue.name,
      street: venue.street,
      postalCode: venue.postalCode,
      city: town.name,
      lat: Math.round((town.centre.lat + venue.dLat) * 1e5) / 1e5,
      lng: Math.round((town.centre.lng + venue.dLng) * 1e5) / 1e5,
    };
  }
  if (template.onlineOnly || special === 'moved-online') event.onlineUrl = `https://konferenz.${town.site}/b/${o.id}`;
  return event;
}

/** The weekly Sprachcafé, with holiday breaks as exception dates. */
function sprachcafe(town: Town, today: DayNumber, prng: Prng): DialogEvent {
  const weekday = prng.pick(SPRACHCAFE.weekdays);
  const day = nextWeekday(today - 84, [weekday]);
  const rrule = `FREQ=WEEKLY;BYDAY=${WEEKDAY_CODES[weekday - 1]!};COUNT=39`;
  const event = buildEvent({ id: `${town.id}-sprachcafe`, template: SPRACHCAFE, town, day, today, prng, recurrence: { rrule } });
  const all = expandOccurrences(event, new Date(Date.parse(event.start)), new Date(Date.parse(event.start) + 300 * DAY), 100);
  // Christmas holidays, and one future afternoon when the room is needed elsewhere.
  const exdates = all
    .filter((o) => {
      const [, month, dom] = o.start.slice(0, 10).split('-').map(Number) as [number, number, number];
      return (month === 12 && dom >= 23) || (month === 1 && dom <= 6);
    })
    .map((o) => o.start);
  const future = all.filter((o) => Date.parse(o.start) > (today + 7) * DAY);
  if (future.length > 3) exdates.push(prng.pick(future.slice(0, 8)).start);
  if (exdates.length > 0) {
    event.recurrence = { rrule, exdates: [...new Set(exdates)].sort() };
    event.description += '\n\nIn den Weihnachtsferien und an einzelnen Terminen macht das Sprachcafé Pause; ausgefallene Termine sind im Kalender markiert.';
  }
  return event;
}

/** The monthly open consultation hour, on the first Tuesday of each month. */
function monthlyConsultation(town: Town, today: DayNumber, prng: Prng): DialogEvent {
  let day = today - 85;
  while (!(weekdayOf(day) === 2 && new Date(day * DAY).getUTCDate() <= 7)) day++;
  const template = EVENT_TEMPLATES.find((t) => t.key === 'sprechstunde-integration')!;
  return buildEvent({ id: `${town.id}-${template.key}`, template, town, day, today, prng, recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=9' } });
}

export interface TownEvents {
  events: DialogEvent[];
  /** People already on the waiting list of full events at seed time. */
  waitlists: Record<string, number>;
}

/** 14–19 events of one town over the past three and the next six months, every format among them. */
export function seedTownEvents(town: Town, today: DayNumber, prng: Prng): TownEvents {
  const candidates = EVENT_TEMPLATES.filter((t) => t.key !== 'sprechstunde-integration');
  const forced = new Set<EventTemplate>([
    ...candidates.filter((t) => t.onlineOnly || t.key === 'schulung-traumasensibel'),
    // One of each format (the Sprachcafé and the consultation hour are added below).
    ...(['buergerdialog', 'infoabend', 'workshop', 'runder-tisch', 'begegnungsfest'] as const).map((format) =>
      prng.pick(candidates.filter((t) => t.format === format)),
    ),
  ]);
  const pool = candidates.filter((t) => !forced.has(t));
  const templates = prng.shuffle([...forced, ...prng.sample(pool, prng.int(12, 17) - forced.size)]);

  const first = -88;
  const span = 266;
  const slot = span / templates.length;
  const planned = templates.map((template, i) => ({
    template,
    day: nextWeekday(today + Math.round(first + i * slot + prng.next() * (slot - 7)), template.weekdays),
  }));

  const specials = new Map<string, SpecialStatus>();
  const future = planned.filter((p) => p.day > today + 3 && !p.template.allDay);
  const take = (filter: (p: (typeof planned)[number]) => boolean, status: SpecialStatus): void => {
    const candidates = future.filter((p) => !specials.has(p.template.key) && filter(p));
    if (candidates.length > 0) specials.set(prng.pick(candidates).template.key, status);
  };
  specials.set('schulung-traumasensibel', 'full-waitlist');
  if (!future.some((p) => p.template.key === 'schulung-traumasensibel')) {
    take((p) => p.template.registration === 'required' && (p.template.capacity?.[0] ?? 0) >= 10, 'full-waitlist');
  }
  take((p) => !p.template.onlineOnly, 'moved-online');
  take(() => true, 'postponed');
  take(() => true, 'cancelled');
  take((p) => p.template.registration === 'required' && !p.template.onlineOnly, 'full');
  const past = planned.filter((p) => p.day < today - 3 && !specials.has(p.template.key));
  if (past.length > 0) specials.set(prng.pick(past).template.key, 'cancelled');

  const waitlists: Record<string, number> = {};
  const events = planned.map(({ template, day }) => {
    const special = specials.get(template.key);
    const id = `${town.id}-${template.key}`;
    const event = buildEvent({ id, template, town, day, today, prng, ...(special ? { special } : {}) });
    if (special === 'full-waitlist') waitlists[id] = prng.int(1, 5);
    return event;
  });
  events.push(sprachcafe(town, today, prng), monthlyConsultation(town, today, prng));
  return { events, waitlists };
}
