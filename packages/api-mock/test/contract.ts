/**
 * Validates a response against the SDK's generated OpenAPI document with a real JSON Schema
 * validator (Ajv, 2020-12 dialect): status documented for the operation, media type, body
 * schema and the documented headers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components: { responses: Record<string, ResponseObject> };
}
interface ResponseObject {
  $ref?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: unknown }>;
}
interface AjvLike {
  addSchema(schema: object, key: string): void;
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
}

const documentPath = fileURLToPath(import.meta.resolve('@kommunaldialog/sdk/openapi.json'));
export const openApi = JSON.parse(readFileSync(documentPath, 'utf8')) as OpenApiDocument;

// Ajv 8 (with the 2020-12 dialect) comes with the OpenAPI validator the SDK tests use; the
// top-level `ajv` in this tree is the old v6, which has no 2020-12 support.
const fromValidator = createRequire(fileURLToPath(import.meta.resolve('@seriousme/openapi-schema-validator')));
const Ajv2020 = (fromValidator('ajv/dist/2020.js') as { default: new (o: object) => AjvLike }).default;
const addFormats = (fromValidator('ajv-formats') as { default: (ajv: AjvLike) => void }).default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openApi, 'openapi.json');

const compiled = new Map<string, ReturnType<AjvLike['compile']>>();
const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The operation path template (`/events/{id}.ics`) a concrete API path belongs to. */
function templateFor(path: string): string | undefined {
  const templates = Object.keys(openApi.paths).sort((a, b) => b.length - a.length);
  return templates.find((t) => new RegExp(`^${t.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
}

/** Whether the document describes this method and path (unknown routes are not its business). */
export function isDocumented(method: string, path: string): boolean {
  const template = templateFor(path);
  return template !== undefined && openApi.paths[template]![method.toLowerCase()] !== undefined;
}

export interface ContractCheck {
  method: string;
  /** Path below the base path, e.g. `/events`. */
  path: string;
  status: number;
  headers: Headers;
  text: string;
}

/** Asserts that the response is one the OpenAPI document describes. */
export function assertMatchesContract(r: ContractCheck): void {
  const template = templateFor(r.path);
  assert.ok(template, `${r.path} is not in the OpenAPI document`);
  const operation = openApi.paths[template]![r.method.toLowerCase()];
  assert.ok(operation, `${r.method} ${template} is not in the OpenAPI document`);
  let pointer = `/paths/${escape(template)}/${r.method.toLowerCase()}/responses/${String(r.status)}`;
  let response = operation.responses[String(r.status)];
  assert.ok(response, `${r.method} ${template} does not document status ${String(r.status)}`);
  if (response.$ref) {
    pointer = response.$ref.slice(1);
    response = openApi.components.responses[response.$ref.split('/').at(-1)!]!;
  }
  for (const name of Object.keys(response.headers ?? {})) {
    if (name === 'Idempotent-Replayed') continue; // only on replays
    assert.ok(r.headers.has(name), `${r.method} ${r.path} ${String(r.status)} lacks the documented header ${name}`);
  }
  if (!response.content) {
    assert.equal(r.text, '', `${r.method} ${r.path} ${String(r.status)} should have no body`);
    return;
  }
  const type = (r.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const media = response.content[type];
  assert.ok(media, `${r.method} ${r.path} ${String(r.status)}: content type ${type} is not documented (${Object.keys(response.content).join(', ')})`);
  if (!/json/.test(type)) return;
  const ref = `openapi.json#${pointer}/content/${escape(type)}/schema`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  const body: unknown = JSON.parse(r.text);
  assert.ok(validate(body), `${r.method} ${r.path} ${String(r.status)} does not match the OpenAPI schema: ${JSON.stringify(validate.errors, null, 1)}`);
}
