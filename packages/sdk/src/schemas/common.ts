// Tree-shaking: zod's factories are marked free of side effects, a method call on their result
// (`.check(…)`) is not. The PURE annotation before each such chain lets a bundler drop every
// schema a widget does not use; without it, using one schema of a module keeps all of them.
import * as z from 'zod/mini';
import { PAGE_LIMIT_MAX } from './values.js';

export const Slug = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/** Labels in every UI language; Leichte Sprache where one was written. */
export const LocalizedText = /* @__PURE__ */ z.object({
  de: z.string(),
  en: z.string(),
  ar: z.string(),
  fa: z.string(),
  uk: z.string(),
  tr: z.string(),
  'de-x-ls': z.optional(z.string()),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** One field error inside a problem document. `path` is dotted: `contact.email`. */
export const FieldError = /* @__PURE__ */ z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every error response of the API carries them. */
export const Problem = /* @__PURE__ */ z.looseObject({
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.number().check(z.int(), z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;

/** A cursor page. `nextCursor` is null on the last page. */
/* @__NO_SIDE_EFFECTS__ */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const Limit = /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(PAGE_LIMIT_MAX));
