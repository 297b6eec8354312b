import { BBox, berlinWallClockToInstant, DateTime, Limit, Slug, toFieldErrors } from '@kommunaldialog/sdk';
import * as z from 'zod/mini';
import { invalid } from './problem.js';

/** A comma list of `item`s (`topic=wohnen,arbeit`). */
export function commaList<T extends z.ZodMiniType<unknown, string>>(item: T) {
  return z.pipe(
    z.string().check(z.minLength(1), z.maxLength(1000)),
    z.pipe(
      z.transform((s: string) => s.split(',')),
      z.array(item).check(z.maxLength(50)),
    ),
  );
}

const DATE_ONLY = z.iso.date();
const LOCAL_DATE_TIME = z.iso.datetime({ local: true });

/** `YYYY-MM-DD` (a Berlin calendar day), a date-time with offset, or a Berlin wall-clock date-time. */
export const DateParam = z.string().check(
  z.refine((s) => DATE_ONLY.safeParse(s).success || DateTime.safeParse(s).success || LOCAL_DATE_TIME.safeParse(s).success, {
    message: 'invalid_format',
  }),
);

/** The instant a validated `DateParam` stands for. Dates and local times are read in Berlin. */
export function dateParamToInstant(value: string): Date {
  if (DateTime.safeParse(value).success) return new Date(value);
  const [date = '', time = '00:00:00'] = value.split('T');
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h = 0, mi = 0, s = 0] = time.split(':').map((part) => Math.floor(Number(part)));
  return berlinWallClockToInstant(y, mo, d, h, mi, s);
}

export const LimitParam = z.pipe(
  z.string().check(z.regex(/^\d{1,6}$/)),
  z.pipe(
    z.transform((s: string) => Number(s)),
    Limit,
  ),
);

const DECIMAL = /^-?\d{1,3}(?:\.\d{1,20})?$/;

/** `west,south,east,north` in degrees; west must not lie east of east, nor south north of north. */
export const BBoxParam = z.pipe(
  z.string().check(z.maxLength(200)),
  z.pipe(
    z.transform((s: string) => s.split(',').map((part) => (DECIMAL.test(part.trim()) ? Number(part) : Number.NaN))),
    BBox.check(
      z.refine(([west, , east]) => west <= east, { message: 'west_after_east', path: [2] }),
      z.refine(([, south, , north]) => south <= north, { message: 'south_after_north', path: [3] }),
    ),
  ),
);

export const QParam = z.string().check(z.minLength(1), z.maxLength(200));
export const CursorParam = z.string().check(z.minLength(1), z.maxLength(1000));

/**
 * What a paged list takes beyond its filters (a feed of the same filters takes none of it): the
 * page, its size, and `fields=summary` for the summary form of each item.
 */
export const ListParams = {
  cursor: z.optional(CursorParam),
  limit: z.optional(LimitParam),
  fields: z.optional(z.enum(['summary'])),
};
export const SlugList = commaList(Slug);

/** Query parameters as an object; a repeated key is read as a comma list. */
export function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) out[key] = key in out ? `${out[key]!},${value}` : value;
  return out;
}

/** Parses the query with `schema`; any issue is a 400 listing the offending parameters. */
export function parseQuery<S extends z.ZodMiniType>(schema: S, url: URL): z.infer<S> {
  const result = schema.safeParse(queryObject(url), { reportInput: true });
  if (!result.success) throw invalid(400, toFieldErrors(result.error.issues), 'The query has invalid parameters.');
  return result.data;
}
