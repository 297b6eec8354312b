import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import type * as z from 'zod/mini';
import * as schemas from '../src/schemas/index.js';
import { buildOpenApiDocument } from '../src/openapi/document.js';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument() as {
  openapi: string;
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; parameters: Record<string, Json>; responses: Record<string, Json> };
};

/** The API table of the contract: method and path of every operation. */
const API_TABLE = [
  'GET /municipalities',
  'GET /municipalities/{id}',
  'GET /topics',
  'GET /events',
  'GET /events/{id}',
  'GET /events.ics',
  'GET /events/{id}.ics',
  'POST /events/{id}/registrations',
  'GET /challenge',
  'POST /concerns',
  'GET /concerns/{reference}',
  'GET /results',
  'GET /results/{id}',
  'GET /results.geojson',
  'GET /openapi.json',
];

function resolve<T = Json>(node: unknown): T {
  let current = node as Json;
  while (typeof current.$ref === 'string') {
    const path = current.$ref.replace(/^#\//, '').split('/');
    current = path.reduce<Json>((at, key) => at[key] as Json, doc as unknown as Json);
  }
  return current as T;
}

function operation(entry: string): Json {
  const [method = '', path = ''] = entry.split(' ');
  const op = doc.paths[path]?.[method.toLowerCase()];
  assert.ok(op, `${entry} is documented`);
  return op;
}

function parameters(entry: string): Json[] {
  return ((operation(entry).parameters ?? []) as Json[]).map((p) => resolve(p));
}

test('the document is a valid OpenAPI 3.1 document', async () => {
  const result = await new Validator().validate(doc);
  assert.equal(doc.openapi.slice(0, 3), '3.1');
  assert.deepEqual(result.errors, undefined);
  assert.equal(result.valid, true);
  // The validator does reject a broken document, so the check above has teeth.
  const broken = structuredClone(doc) as Json;
  (broken.paths as Json)['/events'] = { get: { responses: { '200': { content: 'not a media type map' } } } };
  assert.equal((await new Validator().validate(broken)).valid, false);
});

test('every operation of the API table is present, and no other', () => {
  for (const entry of API_TABLE) operation(entry);
  const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
  assert.deepEqual(documented.sort(), [...API_TABLE].sort());
  const ids = documented.map((entry) => operation(entry).operationId);
  assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
});

test('responses carry the contract headers and problem+json errors', () => {
  for (const entry of API_TABLE) {
    const responses = operation(entry).responses as Record<string, Json>;
    for (const [status, raw] of Object.entries(responses)) {
      const response = resolve(raw);
      const headers = response.headers as Json | undefined;
      assert.ok(headers?.['X-Request-Id'], `${entry} ${status} has X-Request-Id`);
      if (Number(status) >= 400) {
        const media = (response.content as Json)['application/problem+json'] as Json;
        assert.deepEqual(media.schema, { $ref: '#/components/schemas/Problem' }, `${entry} ${status}`);
      }
      if (status === '429') assert.ok(headers['Retry-After'], `${entry} 429 has Retry-After`);
    }
    assert.ok(responses['429'], `${entry} documents 429`);
  }
  // JSON GETs are cacheable with ETag / If-None-Match / 304.
  for (const entry of ['GET /events', 'GET /events/{id}', 'GET /municipalities', 'GET /results.geojson']) {
    const ok = resolve(operation(entry).responses as Json);
    assert.ok(((ok['200'] as Json).headers as Json).ETag, `${entry} sends an ETag`);
    assert.ok(ok['304'], `${entry} answers 304`);
    assert.ok(parameters(entry).some((p) => p.name === 'If-None-Match' && p.in === 'header'));
  }
});

test('submissions need an Idempotency-Key and a JSON body and can be replayed', () => {
  const bodies: Record<string, string> = {
    'POST /events/{id}/registrations': 'RegistrationRequest',
    'POST /concerns': 'ConcernSubmission',
  };
  for (const [entry, body] of Object.entries(bodies)) {
    const key = parameters(entry).find((p) => p.name === 'Idempotency-Key');
    assert.deepEqual([key?.in, key?.required], ['header', true], entry);
    const request = operation(entry).requestBody as Json;
    assert.equal(request.required, true);
    assert.deepEqual((request.content as Json)['application/json'], { schema: { $ref: `#/components/schemas/${body}` } });
    const responses = operation(entry).responses as Record<string, Json>;
    assert.deepEqual(Object.keys(responses).sort(), ['201', '400', '409', '413', '415', '422', '429', '503'].concat(
      entry.includes('{id}') ? ['404'] : [],
    ).sort());
    assert.ok((resolve<Json>(responses['201']).headers as Json)['Idempotent-Replayed']);
  }
});

test('query parameters are typed as the contract describes', () => {
  const events = Object.fromEntries(parameters('GET /events').map((p) => [p.name, p]));
  assert.deepEqual(Object.keys(events).sort(), ['If-None-Match', 'cursor', 'fields', 'format', 'from', 'limit', 'municipality', 'q', 'to', 'topic']);
  assert.deepEqual(resolve(events.limit?.schema), { type: 'integer', minimum: 1, maximum: 1000, default: 50 });
  // Comma lists: topic=a,b and format=x,y.
  for (const name of ['topic', 'format']) {
    assert.deepEqual([events[name]?.style, events[name]?.explode, (events[name]?.schema as Json).type], ['form', false, 'array']);
  }
  assert.deepEqual(resolve(((events.format?.schema as Json).items)).enum, [...schemas.EVENT_FORMATS]);
  const calendar = parameters('GET /events.ics').map((p) => p.name);
  assert.ok(!calendar.includes('cursor') && !calendar.includes('limit') && calendar.includes('from'));
  assert.ok(!calendar.includes('fields'), 'a feed has no summary form');
  assert.deepEqual(resolve(events.fields?.schema), { type: 'string', enum: ['summary'] });

  const results = Object.fromEntries(parameters('GET /results').map((p) => [p.name, p]));
  assert.deepEqual(Object.keys(results).sort(), ['If-None-Match', 'bbox', 'cursor', 'fields', 'limit', 'municipality', 'status', 'topic']);
  assert.deepEqual(resolve((results.status?.schema as Json).items).enum, [...schemas.RESULT_STATUSES]);
  assert.deepEqual([(results.bbox?.schema as Json).minItems, (results.bbox?.schema as Json).maxItems], [4, 4]);
  const reference = parameters('GET /concerns/{reference}').find((p) => p.in === 'path');
  assert.equal(resolve<Json>(reference?.schema).pattern, '^KD-\\d{4}-\\d{6}$');
});

type ZodDef = { type: string; shape?: Record<string, z.ZodMiniType>; innerType?: z.ZodMiniType; catchall?: z.ZodMiniType; element?: z.ZodMiniType };
const defOf = (schema: z.ZodMiniType): ZodDef => schema._zod.def as unknown as ZodDef;

/** Walks a zod object and its JSON Schema together; returns how many objects were compared. */
function compareObjects(zodSchema: z.ZodMiniType, json: Json, path: string): number {
  let def = defOf(zodSchema);
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) def = defOf(def.innerType);
  if (def.type === 'array' && def.element) return compareObjects(def.element, resolve<Json>(json.items), `${path}[]`);
  if (def.type !== 'object' || !def.shape) return 0;
  const required = Object.entries(def.shape)
    .filter(([, value]) => value._zod.optin !== 'optional')
    .map(([key]) => key);
  assert.deepEqual(json.required ?? [], required, `${path}: required keys`);
  assert.deepEqual(Object.keys(json.properties as Json), Object.keys(def.shape), `${path}: properties`);
  const strict = defOf(def.catchall ?? ({ _zod: { def: { type: 'none' } } } as unknown as z.ZodMiniType)).type === 'never';
  assert.equal(json.additionalProperties === false, strict, `${path}: unknown keys rejected only by strict objects`);
  let compared = 1;
  for (const [key, value] of Object.entries(def.shape)) {
    compared += compareObjects(value, resolve((json.properties as Json)[key]), `${path}.${key}`);
  }
  return compared;
}

test('component schemas require exactly the keys the zod schemas require', () => {
  let compared = 0;
  for (const [name, value] of Object.entries(schemas)) {
    const component = doc.components.schemas[name];
    if (!component || typeof value !== 'object' || !('_zod' in value)) continue;
    compared += compareObjects(value as z.ZodMiniType, component, name);
  }
  assert.ok(compared >= 30, `compared ${String(compared)} objects`);
  for (const page of ['MunicipalityPage', 'TopicPage', 'DialogEventPage', 'ResultPage', 'EventSummaryPage', 'ResultSummaryPage']) {
    const item = page.replace('Page', '');
    compared = compareObjects(schemas.pageOf(schemas[item as 'Topic']), doc.components.schemas[page]!, page);
    assert.ok(compared >= 2, page);
  }
});

test('constraints and refinements of the zod schemas show in the components', () => {
  const c = doc.components.schemas;
  assert.equal(c.Slug?.pattern, '^[a-z0-9]+(?:-[a-z0-9]+)*$');
  assert.equal(c.DateTime?.format, 'date-time');
  assert.deepEqual(c.EventFormat?.enum, [...schemas.EVENT_FORMATS]);
  const title = (c.ConcernSubmission?.properties as Record<string, Json>).title;
  assert.equal(title?.['x-max-graphemes'], schemas.CONCERN_TITLE_MAX);
  assert.equal(title?.maxLength, undefined, 'grapheme limits are not code-point limits');
  assert.deepEqual(((c.RegistrationRequest?.properties as Record<string, Json>).consent), { type: 'boolean', const: true });
  assert.deepEqual(c.RegistrationRequest?.anyOf, [{ required: ['email'] }, { required: ['phone'] }]);
  assert.deepEqual(c.DialogEvent?.anyOf, [{ required: ['venue'] }, { required: ['onlineUrl'] }]);
  assert.deepEqual(c.EventSummary?.anyOf, c.DialogEvent?.anyOf);
  const consent = (c.ConcernSubmission?.dependentSchemas as Record<string, Json>).contact?.properties as Record<string, Json>;
  assert.deepEqual(consent.contactConsent, { const: true });
  // Components carry no $id/$schema of their own: their place in the document identifies them.
  for (const [name, schema] of Object.entries(c)) assert.ok(!('$id' in schema) && !('$schema' in schema), name);
});

test('the build script writes the same document to a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kd-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    const script = fileURLToPath(new URL('../scripts/generate-openapi.mjs', import.meta.url));
    execFileSync(process.execPath, [script, file], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), doc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
