/**
 * The OpenAPI 3.1 description of the Kommunaldialog API, generated from the same zod schemas the
 * SDK validates with, so the document cannot drift from the code. Node-side only: the build writes
 * it to `dist/openapi.json` and the mock serves it; no browser bundle imports this module.
 */
import * as z from 'zod/mini';
import {
  AccessNeeds,
  Accessibility,
  BBox,
  Challenge,
  ConcernContact,
  ConcernKind,
  ConcernLocation,
  ConcernReceipt,
  ConcernReference,
  ConcernStatus,
  ConcernStatusValue,
  ConcernSubmission,
  DateTime,
  DialogEvent,
  Email,
  EventSummary,
  EventFormat,
  EventStatus,
  FieldError,
  Geometry,
  HttpsUrl,
  LanguageTag,
  LatLng,
  LocalizedText,
  Municipality,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  Phone,
  PointGeometry,
  PolygonGeometry,
  Precision,
  Problem,
  Registration,
  RegistrationInfo,
  RegistrationRequest,
  Result,
  ResultStatus,
  ResultSummary,
  Slug,
  Topic,
  Venue,
  VenueSummary,
  pageOf,
} from '../schemas/index.js';

type Json = Record<string, unknown>;

/** Version of the HTTP API (`/v1`), independent of the SDK package version. */
export const API_VERSION = '1.0.0';

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

// Building blocks used by both requests and responses; their JSON Schema is the same either way.
const SHARED: Record<string, z.ZodMiniType> = {
  Slug,
  DateTime,
  LanguageTag,
  HttpsUrl,
  Email,
  Phone,
  Precision,
  ConcernKind,
};

/** Schemas of response bodies, converted as the SDK sees them after parsing (`io: 'output'`). */
const RESPONSE_SCHEMAS: Record<string, z.ZodMiniType> = {
  ...SHARED,
  LatLng,
  BBox,
  LocalizedText,
  Municipality,
  MunicipalityPage: pageOf(Municipality),
  Topic,
  TopicPage: pageOf(Topic),
  EventFormat,
  EventStatus,
  Venue,
  Accessibility,
  RegistrationInfo,
  DialogEvent,
  DialogEventPage: pageOf(DialogEvent),
  VenueSummary,
  AccessNeeds,
  EventSummary,
  EventSummaryPage: pageOf(EventSummary),
  Registration,
  Challenge,
  ConcernReference,
  ConcernStatusValue,
  ConcernReceipt,
  ConcernStatus,
  ResultStatus,
  PointGeometry,
  PolygonGeometry,
  Geometry,
  Result,
  ResultPage: pageOf(Result),
  ResultSummary,
  ResultSummaryPage: pageOf(ResultSummary),
  FieldError,
  Problem,
};

/** Schemas of request bodies, converted as a client has to send them (`io: 'input'`). */
const REQUEST_SCHEMAS: Record<string, z.ZodMiniType> = {
  ...SHARED,
  RegistrationRequest,
  ConcernLocation,
  ConcernContact,
  ConcernSubmission,
};

/** The limit in a `too_long:N` refinement, which is how `userText()` counts graphemes. */
function graphemeLimit(schema: z.core.$ZodType): number | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; error?: (issue?: unknown) => unknown };
    if (def.check !== 'custom' || typeof def.error !== 'function') continue;
    const message = def.error();
    const match = typeof message === 'string' ? /^too_long:(\d+)$/.exec(message) : null;
    if (match) return Number(match[1]);
  }
  return undefined;
}

function convert(schemas: Record<string, z.ZodMiniType>, io: 'input' | 'output'): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; catchall?: unknown };
      // The SDK checks Geometry as a plain union (fewer bytes); its members exclude each other by `type`.
      if (zodSchema === Geometry && jsonSchema.anyOf) {
        jsonSchema.oneOf = jsonSchema.anyOf;
        delete jsonSchema.anyOf;
      }
      // zod strips unknown keys of a plain object, so it accepts them: new response fields are not breaking.
      if (io === 'output' && def.type === 'object' && def.catchall === undefined)
        delete jsonSchema.additionalProperties;
      // User texts are limited in graphemes, which JSON Schema cannot count (maxLength counts code points).
      const limit = def.type === 'string' ? graphemeLimit(zodSchema) : undefined;
      if (limit !== undefined) {
        jsonSchema.minLength = 1;
        jsonSchema['x-max-graphemes'] = limit;
        jsonSchema.description =
          `Free text, at most ${String(limit)} user-perceived characters (graphemes), with visible content; ` +
          'stored NFC-normalised, never trimmed.';
      }
    },
  });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(converted)) {
    // Components take their identity from their place in the document, not from $id/$schema.
    const { $schema: _schema, $id: _id, ...rest } = schema as Json;
    out[id] = rest;
  }
  return out;
}

const EMAIL_OR_PHONE = { anyOf: [{ required: ['email'] }, { required: ['phone'] }] };
const VENUE_OR_ONLINE = {
  description: '`end` is not before `start`. At least one of `venue` and `onlineUrl` is present.',
  anyOf: [{ required: ['venue'] }, { required: ['onlineUrl'] }],
};

/**
 * The cross-field refinements of the zod schemas, which `toJSONSchema` cannot see, written out in
 * JSON Schema where it can say them and in words where it cannot.
 */
const REFINEMENTS: Record<string, Json> = {
  DialogEvent: VENUE_OR_ONLINE,
  EventSummary: VENUE_OR_ONLINE,
  RegistrationRequest: {
    description: 'An e-mail address or a phone number is needed to reach the person.',
    ...EMAIL_OR_PHONE,
  },
  ConcernSubmission: {
    description:
      'Contact data travels only with `contactConsent: true` and then holds an e-mail address or a phone number.',
    dependentSchemas: {
      contact: { properties: { contactConsent: { const: true }, contact: EMAIL_OR_PHONE } },
    },
  },
};

function componentSchemas(): Record<string, Json> {
  const responses = convert(RESPONSE_SCHEMAS, 'output');
  const requests = convert(REQUEST_SCHEMAS, 'input');
  for (const id of Object.keys(SHARED)) {
    if (JSON.stringify(responses[id]) !== JSON.stringify(requests[id])) {
      throw new Error(`Schema ${id} differs between requests and responses; give each its own name.`);
    }
  }
  const all: Record<string, Json> = { ...responses, ...requests };
  for (const [id, extra] of Object.entries(REFINEMENTS)) all[id] = { ...all[id], ...extra };
  return {
    ...all,
    ResultFeatureCollection: {
      type: 'object',
      description:
        'GeoJSON (RFC 7946) FeatureCollection of results; each feature carries a result without its geometry.',
      required: ['type', 'features'],
      properties: {
        type: { const: 'FeatureCollection' },
        features: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'geometry', 'properties'],
            properties: {
              type: { const: 'Feature' },
              id: ref('Slug'),
              geometry: ref('Geometry'),
              properties: { type: 'object', description: 'The fields of `Result` except `geometry`.' },
            },
          },
        },
      },
    },
  };
}

const PROBLEM_CONTENT = { 'application/problem+json': { schema: ref('Problem') } };
const REQUEST_ID_HEADER = { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };

function problem(description: string, extraHeaders: Json = {}): Json {
  return { description, headers: { ...REQUEST_ID_HEADER, ...extraHeaders }, content: PROBLEM_CONTENT };
}

const RETRY_AFTER = { 'Retry-After': { $ref: '#/components/headers/Retry-After' } };

const components = {
  headers: {
    'X-Request-Id': {
      description: 'Identifies the request in logs and in `Problem.requestId`; sent on every response.',
      schema: { type: 'string' },
    },
    ETag: { description: 'Strong entity tag of the representation.', schema: { type: 'string' } },
    'Retry-After': {
      description: 'Seconds to wait before trying again.',
      schema: { type: 'integer', minimum: 0 },
    },
    'Idempotent-Replayed': {
      description: '`true` when this response replays the first response to the same Idempotency-Key.',
      schema: { type: 'string', enum: ['true'] },
    },
  },
  parameters: {
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      description: 'ETag of a cached copy; answered with 304 when it is still current.',
      schema: { type: 'string' },
    },
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'Unique per submission (e.g. a UUID). The same key with the same body replays the first response; ' +
        'with a different body it is rejected with 422; while the first is still processed, with 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    },
    Municipality: {
      name: 'municipality',
      in: 'query',
      description: 'Only this municipality; omitted means all.',
      schema: ref('Slug'),
    },
    Topics: {
      name: 'topic',
      in: 'query',
      description: 'Comma-separated topic ids; any of them matches.',
      style: 'form',
      explode: false,
      schema: { type: 'array', items: ref('Slug') },
    },
    Cursor: {
      name: 'cursor',
      in: 'query',
      description: 'Opaque `nextCursor` of the previous page.',
      schema: { type: 'string' },
    },
    Fields: {
      name: 'fields',
      in: 'query',
      description:
        '`summary`: list each item in its summary form (the fields a list, a calendar or a map shows), ' +
        'about half the bytes or less; `GET` of one item has the rest. Omitted: whole items.',
      schema: { type: 'string', enum: ['summary'] },
    },
    Limit: {
      name: 'limit',
      in: 'query',
      description: 'Page size.',
      schema: { type: 'integer', minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT },
    },
  },
  responses: {
    NotModified: {
      description: 'The cached copy named in If-None-Match is current.',
      headers: { ...REQUEST_ID_HEADER, ETag: { $ref: '#/components/headers/ETag' } },
    },
    BadRequest: problem('Malformed request or query parameter.'),
    NotFound: problem('No such resource.'),
    Conflict: problem(
      'A request with this Idempotency-Key is still being processed, or the resource does not allow this now.',
    ),
    PayloadTooLarge: problem('The request body is too large.'),
    UnsupportedMediaType: problem('The request body is not `application/json`.'),
    UnprocessableEntity: problem(
      'The body is well-formed but invalid (`errors[]` lists each field), or the Idempotency-Key was used with another body.',
    ),
    TooManyRequests: problem('Too many requests; try again after Retry-After seconds.', RETRY_AFTER),
    ServiceUnavailable: problem('Temporarily unavailable.', RETRY_AFTER),
  },
};

const param = (name: keyof typeof components.parameters): Json => ({
  $ref: `#/components/parameters/${name}`,
});
const errorRef = (name: keyof typeof components.responses): Json => ({
  $ref: `#/components/responses/${name}`,
});

function pathParam(name: string, description: string, schema: Json = ref('Slug')): Json {
  return { name, in: 'path', required: true, description, schema };
}

function listParam(name: string, description: string, item: Json): Json {
  return {
    name,
    in: 'query',
    description,
    style: 'form',
    explode: false,
    schema: { type: 'array', items: item },
  };
}

const RANGE_BOUND = {
  anyOf: [
    { type: 'string', format: 'date' },
    { type: 'string', format: 'date-time' },
  ],
};

/** A cacheable JSON GET: 200 with ETag, 304 for If-None-Match, and the errors every GET can meet. */
function jsonGet(operation: {
  operationId: string;
  summary: string;
  tag: string;
  schema: Json;
  parameters?: Json[];
  mediaType?: string;
  notFound?: boolean;
}): Json {
  const responses: Json = {
    '200': {
      description: 'OK',
      headers: { ...REQUEST_ID_HEADER, ETag: { $ref: '#/components/headers/ETag' } },
      content: { [operation.mediaType ?? 'application/json']: { schema: operation.schema } },
    },
    '304': errorRef('NotModified'),
    '400': errorRef('BadRequest'),
    ...(operation.notFound ? { '404': errorRef('NotFound') } : {}),
    '429': errorRef('TooManyRequests'),
    '503': errorRef('ServiceUnavailable'),
  };
  return {
    get: {
      operationId: operation.operationId,
      summary: operation.summary,
      tags: [operation.tag],
      parameters: [...(operation.parameters ?? []), param('IfNoneMatch')],
      responses,
    },
  };
}

function calendarGet(operationId: string, summary: string, parameters: Json[], notFound: boolean): Json {
  return {
    get: {
      operationId,
      summary,
      tags: ['Events'],
      parameters,
      responses: {
        '200': {
          description: 'iCalendar (RFC 5545) with Europe/Berlin times.',
          headers: REQUEST_ID_HEADER,
          content: { 'text/calendar': { schema: { type: 'string' } } },
        },
        '400': errorRef('BadRequest'),
        ...(notFound ? { '404': errorRef('NotFound') } : {}),
        '429': errorRef('TooManyRequests'),
        '503': errorRef('ServiceUnavailable'),
      },
    },
  };
}

function submission(operation: {
  operationId: string;
  summary: string;
  tag: string;
  body: string;
  created: string;
  parameters?: Json[];
  notFound?: boolean;
}): Json {
  return {
    post: {
      operationId: operation.operationId,
      summary: operation.summary,
      tags: [operation.tag],
      parameters: [...(operation.parameters ?? []), param('IdempotencyKey')],
      requestBody: { required: true, content: { 'application/json': { schema: ref(operation.body) } } },
      responses: {
        '201': {
          description: 'Created (or, with Idempotent-Replayed, the replay of the first response).',
          headers: {
            ...REQUEST_ID_HEADER,
            'Idempotent-Replayed': { $ref: '#/components/headers/Idempotent-Replayed' },
          },
          content: { 'application/json': { schema: ref(operation.created) } },
        },
        '400': errorRef('BadRequest'),
        ...(operation.notFound ? { '404': errorRef('NotFound') } : {}),
        '409': errorRef('Conflict'),
        '413': errorRef('PayloadTooLarge'),
        '415': errorRef('UnsupportedMediaType'),
        '422': errorRef('UnprocessableEntity'),
        '429': errorRef('TooManyRequests'),
        '503': errorRef('ServiceUnavailable'),
      },
    },
  };
}

function paths(): Json {
  const eventFilters = [
    param('Municipality'),
    {
      name: 'from',
      in: 'query',
      description: 'Start of the range (inclusive), ISO date or date-time.',
      schema: RANGE_BOUND,
    },
    {
      name: 'to',
      in: 'query',
      description: 'End of the range (exclusive), ISO date or date-time.',
      schema: RANGE_BOUND,
    },
    param('Topics'),
    listParam('format', 'Comma-separated event formats.', ref('EventFormat')),
    {
      name: 'q',
      in: 'query',
      description: 'Full-text search in title and description.',
      schema: { type: 'string', maxLength: 200 },
    },
  ];
  const resultFilters = [
    param('Municipality'),
    param('Topics'),
    listParam('status', 'Comma-separated result statuses.', ref('ResultStatus')),
    {
      name: 'bbox',
      in: 'query',
      description: 'Only results intersecting `west,south,east,north` (degrees).',
      style: 'form',
      explode: false,
      schema: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 },
    },
  ];
  const page = [param('Cursor'), param('Limit'), param('Fields')];
  const eventId = pathParam('id', 'Event id.');

  return {
    '/municipalities': jsonGet({
      operationId: 'listMunicipalities',
      summary: 'All participating municipalities (one page).',
      tag: 'Municipalities',
      schema: ref('MunicipalityPage'),
    }),
    '/municipalities/{id}': jsonGet({
      operationId: 'getMunicipality',
      summary: 'One municipality.',
      tag: 'Municipalities',
      schema: ref('Municipality'),
      parameters: [pathParam('id', 'Municipality id.')],
      notFound: true,
    }),
    '/topics': jsonGet({
      operationId: 'listTopics',
      summary: 'Topics with labels in every UI language.',
      tag: 'Topics',
      schema: ref('TopicPage'),
    }),
    '/events': jsonGet({
      operationId: 'listEvents',
      summary:
        'Events sorted by start; in range when any occurrence (recurrences expanded) overlaps [from, to).',
      tag: 'Events',
      schema: { anyOf: [ref('DialogEventPage'), ref('EventSummaryPage')] },
      parameters: [...eventFilters, ...page],
    }),
    '/events/{id}': jsonGet({
      operationId: 'getEvent',
      summary: 'One event.',
      tag: 'Events',
      schema: ref('DialogEvent'),
      parameters: [eventId],
      notFound: true,
    }),
    '/events.ics': calendarGet(
      'getEventsCalendar',
      'The filtered events as a subscribable iCalendar feed.',
      eventFilters,
      false,
    ),
    '/events/{id}.ics': calendarGet('getEventCalendar', 'One event as an iCalendar file.', [eventId], true),
    '/events/{id}/registrations': submission({
      operationId: 'registerForEvent',
      summary: 'Register for an event; confirmed, or waitlisted when it is full.',
      tag: 'Events',
      body: 'RegistrationRequest',
      created: 'Registration',
      parameters: [eventId],
      notFound: true,
    }),
    '/challenge': {
      get: {
        operationId: 'getChallenge',
        summary: 'A proof-of-work challenge (ALTCHA v1; HMAC-signed, valid 20 minutes, single use).',
        tags: ['Concerns'],
        responses: {
          '200': {
            description: 'OK',
            headers: REQUEST_ID_HEADER,
            content: { 'application/json': { schema: ref('Challenge') } },
          },
          '429': errorRef('TooManyRequests'),
          '503': errorRef('ServiceUnavailable'),
        },
      },
    },
    '/concerns': submission({
      operationId: 'submitConcern',
      summary: 'Submit a concern, question, idea or offer.',
      tag: 'Concerns',
      body: 'ConcernSubmission',
      created: 'ConcernReceipt',
    }),
    '/concerns/{reference}': jsonGet({
      operationId: 'getConcernStatus',
      summary: 'Public timeline of a concern; no personal data.',
      tag: 'Concerns',
      schema: ref('ConcernStatus'),
      parameters: [
        pathParam('reference', 'Reference from the receipt, e.g. `KD-2026-000123`.', ref('ConcernReference')),
      ],
      notFound: true,
    }),
    '/results': jsonGet({
      operationId: 'listResults',
      summary: 'Results of the dialogues.',
      tag: 'Results',
      schema: { anyOf: [ref('ResultPage'), ref('ResultSummaryPage')] },
      parameters: [...resultFilters, ...page],
    }),
    '/results/{id}': jsonGet({
      operationId: 'getResult',
      summary: 'One result.',
      tag: 'Results',
      schema: ref('Result'),
      parameters: [pathParam('id', 'Result id.')],
      notFound: true,
    }),
    '/results.geojson': jsonGet({
      operationId: 'getResultsGeoJson',
      summary: 'The filtered results as GeoJSON, for maps.',
      tag: 'Results',
      schema: ref('ResultFeatureCollection'),
      parameters: resultFilters,
      mediaType: 'application/geo+json',
    }),
    '/openapi.json': jsonGet({
      operationId: 'getOpenApiDocument',
      summary: 'This document.',
      tag: 'Meta',
      schema: { type: 'object' },
    }),
  };
}

/** The complete OpenAPI 3.1 document of API v1. */
export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.1',
    info: {
      title: 'Kommunaldialog API',
      version: API_VERSION,
      summary: 'Events, concerns and results of the municipal refugee dialogues in Baden-Württemberg.',
      description:
        'All times are ISO 8601 with an explicit offset; events live in Europe/Berlin. Errors are ' +
        'RFC 9457 problem details (`application/problem+json`). Lists are cursor pages.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/v1' }],
    tags: [
      { name: 'Municipalities' },
      { name: 'Topics' },
      { name: 'Events' },
      { name: 'Concerns' },
      { name: 'Results' },
      { name: 'Meta' },
    ],
    paths: paths(),
    components: { schemas: componentSchemas(), ...components },
  };
}
