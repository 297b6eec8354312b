import { Municipality, pageOf, Slug, Topic } from '@kommunaldialog/sdk';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { jsonResponse, type MockEnv, type RouteContext } from '../context.js';
import { invalid, problem } from '../http/problem.js';
import { parseQuery } from '../http/query.js';

const NoQuery = z.strictObject({});
const MunicipalityPage = pageOf(Municipality);
const TopicPage = pageOf(Topic);
/** Any JSON object: the OpenAPI document is the SDK's, generated from the same schemas. */
const JsonObject = z.record(z.string(), z.unknown());

/** Municipalities, topics and the OpenAPI document: small lists served in one page. */
export function catalogueRoutes(app: Hono<MockEnv>, ctx: RouteContext): void {
  app.get('/municipalities', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    return jsonResponse(MunicipalityPage, { items: ctx.data().municipalities, nextCursor: null });
  });

  app.get('/municipalities/:id', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    const id = c.req.param('id');
    if (!Slug.safeParse(id).success) throw invalid(400, [{ path: 'id', code: 'invalid_format', message: 'Not a valid municipality id.' }], 'The municipality id is malformed.');
    const found = ctx.data().municipalityById.get(id);
    if (!found) throw problem({ status: 404, code: 'not_found', detail: `There is no municipality "${id}".` });
    return jsonResponse(Municipality, found);
  });

  app.get('/topics', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    return jsonResponse(TopicPage, { items: ctx.data().topics, nextCursor: null });
  });

  app.get('/openapi.json', async (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    // Loaded on first use: pages that never ask for it (widgets under test) do not pay for it.
    const { default: document } = await import('@kommunaldialog/sdk/openapi.json', { with: { type: 'json' } });
    return jsonResponse(JsonObject, document, {});
  });
}
