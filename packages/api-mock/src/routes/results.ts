import { Geometry, pageOf, PAGE_LIMIT_DEFAULT, Result, ResultStatus, ResultSummary, Slug, type Result as ResultT } from '@kommunaldialog/sdk';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { jsonResponse, type MockEnv, type RouteContext } from '../context.js';
import { canonicalJson, sha256Hex } from '../http/crypto.js';
import { decodeCursor, paginate } from '../http/cursor.js';
import { invalid, problem } from '../http/problem.js';
import { BBoxParam, commaList, ListParams, parseQuery, SlugList } from '../http/query.js';
import { geometryBbox } from '../seed/geometry.js';

const FeedQuery = z.strictObject({
  municipality: z.optional(SlugList),
  topic: z.optional(SlugList),
  status: z.optional(commaList(ResultStatus)),
  bbox: z.optional(BBoxParam),
});
const ListQuery = z.extend(FeedQuery, ListParams);
type FeedQuery = z.infer<typeof FeedQuery>;

const ResultPage = pageOf(Result);
// Serialising through the summary schema leaves out every field it does not name.
const ResultSummaryPage = pageOf(ResultSummary);
const NoQuery = z.strictObject({});

/** GeoJSON (RFC 7946) feature collection of results; properties are the result without geometry. */
export const ResultFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: Slug,
      geometry: Geometry,
      properties: z.omit(Result, { geometry: true }),
    }),
  ),
});

function filterResults(ctx: RouteContext, q: FeedQuery): ResultT[] {
  const data = ctx.data();
  const errors = [
    ...(q.municipality ?? []).flatMap((id, i) =>
      data.municipalityById.has(id) ? [] : [{ path: `municipality.${String(i)}`, code: 'invalid_value', message: `Unknown municipality "${id}".` }],
    ),
    ...(q.topic ?? []).flatMap((id, i) => (data.topicById.has(id) ? [] : [{ path: `topic.${String(i)}`, code: 'invalid_value', message: `Unknown topic "${id}".` }])),
  ];
  if (errors.length > 0) throw invalid(400, errors);
  const box = q.bbox;
  return data.results.filter((r) => {
    if (q.municipality && !q.municipality.includes(r.municipality)) return false;
    if (q.topic && !r.topics.some((t) => q.topic!.includes(t))) return false;
    if (q.status && !q.status.includes(r.status)) return false;
    if (box) {
      const [w, s, e, n] = geometryBbox(r.geometry);
      if (w > box[2] || e < box[0] || s > box[3] || n < box[1]) return false;
    }
    return true;
  });
}

/** Newest updates first; ties by id. The key is ascending for the keyset cursor. */
const sortKey = (r: ResultT): [number, string] => [-Date.parse(r.updatedAt), r.id];

export function resultRoutes(app: Hono<MockEnv>, ctx: RouteContext): void {
  app.get('/results', async (c) => {
    const q = parseQuery(ListQuery, new URL(c.req.url));
    const { cursor, limit = PAGE_LIMIT_DEFAULT, fields, ...filters } = q;
    const fingerprint = (await sha256Hex(`${c.req.path}?${canonicalJson(filters)}`)).slice(0, 16);
    const after = cursor === undefined ? undefined : (await decodeCursor(ctx.signer, cursor, fingerprint)).after;
    const sorted = filterResults(ctx, filters).sort((a, b) => {
      const [ka, ia] = sortKey(a);
      const [kb, ib] = sortKey(b);
      return ka - kb || (ia < ib ? -1 : ia > ib ? 1 : 0);
    });
    const page = await paginate(sorted, sortKey, { limit, signer: ctx.signer, query: fingerprint, ...(after ? { after } : {}) });
    return jsonResponse(fields === 'summary' ? ResultSummaryPage : ResultPage, page);
  });

  app.get('/results.geojson', (c) => {
    const q = parseQuery(FeedQuery, new URL(c.req.url));
    const features = filterResults(ctx, q).map(({ geometry, ...properties }) => ({ type: 'Feature', id: properties.id, geometry, properties }));
    return jsonResponse(ResultFeatureCollection, { type: 'FeatureCollection', features }, { type: 'application/geo+json; charset=utf-8' });
  });

  app.get('/results/:id', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    const id = c.req.param('id');
    if (!Slug.safeParse(id).success) throw invalid(400, [{ path: 'id', code: 'invalid_format', message: 'Not a valid result id.' }], 'The result id is malformed.');
    const result = ctx.data().resultById.get(id);
    if (!result) throw problem({ status: 404, code: 'not_found', detail: `There is no result "${id}".` });
    return jsonResponse(Result, result);
  });
}
