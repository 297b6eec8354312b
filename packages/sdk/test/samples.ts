// Valid examples of the API's records, as the API sends them: shared by the schema tests and the
// generated checks' comparison with zod (checks.test.ts), which mutates them.

export const tuebingen = {
  id: 'tuebingen',
  name: 'Tübingen',
  officialName: 'Universitätsstadt Tübingen',
  ags: '08416041',
  district: 'Landkreis Tübingen',
  state: 'Baden-Württemberg',
  population: { count: 91877, year: 2023 },
  centre: { lat: 48.5216, lng: 9.0576 },
  bbox: [8.95, 48.46, 9.14, 48.58],
  website: 'https://www.tuebingen.de',
  privacyUrl: 'https://www.tuebingen.de/datenschutz',
  contact: {
    office: 'Stabsstelle Integration',
    email: 'integration@tuebingen.de',
    phone: '+49 7071 204-0',
    address: 'Am Markt 1, 72070 Tübingen',
  },
};

export const topic = {
  id: 'unterbringung',
  labels: {
    de: 'Unterbringung',
    en: 'Housing',
    ar: 'السكن',
    fa: 'اسکان',
    uk: 'Житло',
    tr: 'Barınma',
    'de-x-ls': 'Wohnen',
  },
};

export const event = {
  id: 'buergerdialog-derendingen-2026-12',
  municipality: 'tuebingen',
  title: 'Bürgerdialog: Neue Gemeinschaftsunterkunft in Derendingen',
  description: 'Die Stadt stellt die Planung vor und beantwortet Fragen aus der Nachbarschaft.',
  format: 'buergerdialog',
  topics: ['unterbringung', 'nachbarschaft'],
  start: '2026-12-03T18:30:00+01:00',
  end: '2026-12-03T20:30:00+01:00',
  allDay: false,
  timeZone: 'Europe/Berlin',
  recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4;BYDAY=TH', exdates: ['2026-12-24T18:30:00+01:00'] },
  venue: {
    name: 'Gemeindehaus Derendingen',
    street: 'Sieben-Höfe-Straße 20',
    postalCode: '72072',
    city: 'Tübingen',
    lat: 48.5058,
    lng: 9.0486,
  },
  accessibility: {
    stepFree: true,
    hearingLoop: false,
    signLanguage: true,
    interpretation: ['ar', 'uk', 'fa'],
    childcare: true,
    notes: 'Aufzug am Seiteneingang',
  },
  registration: {
    required: true,
    capacity: 80,
    remaining: 12,
    deadline: '2026-12-01T23:59:00+01:00',
    waitlist: true,
  },
  status: 'scheduled',
  organizer: { name: 'Stabsstelle Integration', email: 'integration@tuebingen.de', phone: '07071 204-1234' },
  updatedAt: '2026-11-20T09:15:00+01:00',
};

export const registrationRequest = {
  name: 'Amira Haddad',
  email: 'amira.haddad@example.org',
  people: 2,
  consent: true as const,
  language: 'ar',
};

export const submission = {
  municipality: 'tuebingen',
  kind: 'question' as const,
  topic: 'kinderbetreuung',
  title: 'Wie wird die Kinderbetreuung während der Sprachkurse organisiert?',
  description: 'Viele Eltern in der Unterkunft möchten den Sprachkurs besuchen, finden aber keine Betreuung.',
  location: { lat: 48.52, lng: 9.05, label: 'Nähe Unterkunft Derendingen', precision: 'area' as const },
  contact: { name: 'Olena Kovalenko', email: 'olena@example.org' },
  contactConsent: true,
  language: 'de',
  publishAnonymously: true,
  proofOfWork: 'eyJhbGdvcml0aG0iOiJTSEEtMjU2IiwibnVtYmVyIjo0MjB9',
};

export const result = {
  id: 'spielplatz-weststadt',
  municipality: 'tuebingen',
  title: 'Neuer Spielplatz an der Weststadt-Unterkunft',
  summary: 'Aus dem Bürgerdialog im März: ein Spielplatz für alle Kinder im Quartier.',
  topics: ['nachbarschaft'],
  status: 'in-progress',
  progress: 60,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [9.03, 48.51],
        [9.04, 48.51],
        [9.04, 48.52],
        [9.03, 48.51],
      ],
    ],
  },
  precision: 'area',
  relatedEvents: ['buergerdialog-derendingen-2026-12'],
  concernCount: 14,
  office: 'Fachbereich Planen Entwickeln Liegenschaften',
  timeline: [{ date: '2026-03-12T19:00:00+01:00', text: 'Idee im Bürgerdialog eingebracht' }],
  updatedAt: '2026-11-02T08:00:00+01:00',
};

/** The same result drawn as a point (a bus stop is exact). */
export const pointResult = {
  ...result,
  id: 'bushaltestelle-unterkunft',
  geometry: { type: 'Point', coordinates: [9.05, 48.52] },
  precision: 'exact',
};

/** An online-only event: no venue, a link instead. */
export const onlineEvent = {
  ...event,
  id: 'sprechstunde-online',
  venue: undefined,
  onlineUrl: 'https://meet.example.org/sprechstunde',
  recurrence: undefined,
};

export const registration = {
  id: 'reg-1',
  eventId: event.id,
  status: 'waitlisted',
  people: 2,
  waitlistPosition: 3,
  createdAt: '2026-11-21T10:00:00+01:00',
};

export const receipt = { reference: 'KD-2026-000123', status: 'received', createdAt: '2026-11-21T10:00:00Z' };

export const concernStatus = {
  reference: 'KD-2026-000123',
  municipality: 'tuebingen',
  kind: 'question',
  topic: 'kinderbetreuung',
  status: 'answered',
  createdAt: '2026-11-21T10:00:00Z',
  timeline: [
    { status: 'received', at: '2026-11-21T10:00:00Z' },
    { status: 'answered', at: '2026-11-25T12:00:00+01:00', note: 'Betreuung ab Januar.', eventId: event.id },
  ],
};

export const challenge = {
  algorithm: 'SHA-256',
  challenge: 'a'.repeat(64),
  maxnumber: 100000,
  salt: 'salt?expires=1790000000',
  signature: 'f'.repeat(64),
};

export const problem = {
  type: 'https://api.kommunaldialog.de/problems/validation',
  title: 'Die Eingabe ist unvollständig.',
  status: 422,
  detail: 'Bitte prüfen Sie die markierten Felder.',
  requestId: 'req-1',
  errors: [{ path: 'contact.email', code: 'invalid_email', message: 'Keine gültige E-Mail-Adresse.' }],
};

/** Pages as the list endpoints send them: one with a next page, one last page. */
export const eventPage = { items: [event, onlineEvent], nextCursor: 'c2lnbmVk' };
export const resultPage = { items: [result, pointResult], nextCursor: null };
export const topicPage = { items: [topic], nextCursor: null };
export const municipalityPage = { items: [tuebingen], nextCursor: 'bmV4dA' };

/** The event as `GET /events?fields=summary` lists it: no description, organizer, address or notes. */
export const eventSummary = {
  id: event.id,
  municipality: event.municipality,
  title: event.title,
  format: event.format,
  topics: event.topics,
  start: event.start,
  end: event.end,
  allDay: event.allDay,
  recurrence: event.recurrence,
  venue: { name: event.venue.name, city: event.venue.city },
  accessibility: {
    stepFree: true,
    hearingLoop: false,
    signLanguage: true,
    interpretation: ['ar'],
    childcare: false,
  },
  registration: event.registration,
  status: 'postponed',
};

/** The result as `GET /results?fields=summary` lists it. */
export const resultSummary = {
  id: pointResult.id,
  municipality: pointResult.municipality,
  title: pointResult.title,
  topics: pointResult.topics,
  status: 'done',
  progress: 100,
  geometry: pointResult.geometry,
  precision: pointResult.precision,
};

export const eventSummaryPage = {
  items: [
    eventSummary,
    { ...eventSummary, id: 'online', venue: undefined, onlineUrl: onlineEvent.onlineUrl },
  ],
  nextCursor: null,
};
export const resultSummaryPage = { items: [resultSummary], nextCursor: 'bmV4dA' };
