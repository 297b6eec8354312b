import * as z from 'zod/mini';
import { Slug, pageOf } from './common.js';
import { DateTime } from './formats.js';
import { BBox, Precision } from './geo.js';
import { RESULT_STATUSES } from './values.js';

export const ResultStatus = /* @__PURE__ */ z.enum(RESULT_STATUSES);
export type ResultStatus = z.infer<typeof ResultStatus>;

const Position = /* @__PURE__ */ z.tuple([
  /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
]);

export const PointGeometry = /* @__PURE__ */ z.object({ type: z.literal('Point'), coordinates: Position });
export const PolygonGeometry = /* @__PURE__ */ z.object({
  type: z.literal('Polygon'),
  coordinates: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.array(Position).check(z.minLength(4)))
    .check(z.minLength(1)),
});
// A plain union: `type` already tells the two apart (a wrong literal ends that branch at once), and
// `discriminatedUnion` costs ~0.5 kB gzip more in every widget bundle.
export const Geometry = /* @__PURE__ */ z.union([PointGeometry, PolygonGeometry]);
export type Geometry = z.infer<typeof Geometry>;

export const Result = /* @__PURE__ */ z.object({
  id: Slug,
  municipality: Slug,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  summary: /* @__PURE__ */ z.string().check(z.maxLength(4000)),
  topics: z.array(Slug),
  status: ResultStatus,
  progress: /* @__PURE__ */ z.number().check(z.int(), z.gte(0), z.lte(100)),
  geometry: Geometry,
  /** `area`: the geometry is deliberately vague (e.g. near an accommodation) and never drawn as a point. */
  precision: Precision,
  relatedEvents: z.array(Slug),
  concernCount: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  office: z.string(),
  timeline: z.array(z.object({ date: DateTime, text: z.string() })),
  updatedAt: DateTime,
});
export type Result = z.infer<typeof Result>;
/** One page of `GET /results`. */
export const ResultPage = /* @__PURE__ */ pageOf(Result);

/**
 * A result as `GET /results?fields=summary` lists it: enough to draw, name, filter and count it on
 * a map and in a list, without the summary text, timeline, office, related events and concern
 * count, which make up most of a result's bytes. `results.get(id)` has the rest. Every `Result`
 * is one.
 */
export const ResultSummary = /* @__PURE__ */ z.pick(Result, {
  id: true,
  municipality: true,
  title: true,
  topics: true,
  status: true,
  progress: true,
  geometry: true,
  precision: true,
});
export type ResultSummary = z.infer<typeof ResultSummary>;
/** One page of `GET /results?fields=summary`. */
export const ResultSummaryPage = /* @__PURE__ */ pageOf(ResultSummary);

/** Query of `GET /results`. */
export interface ResultQuery {
  municipality?: string;
  topic?: string | string[];
  status?: ResultStatus | ResultStatus[];
  bbox?: BBox;
  cursor?: string;
  limit?: number;
  /** `summary`: list `ResultSummary` items instead of whole results. */
  fields?: 'summary';
}
