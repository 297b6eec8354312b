import type * as z from 'zod/mini';

/**
 * How the transport checks a response body: `is` is the fast verdict (generated from the zod schema,
 * src/checks), `schema` the zod schema itself, loaded only when `is` says no — to name what broke in
 * zod's own words, and to have zod, not the generated code, decide in the end.
 */
export interface ResponseCheck<T> {
  is(value: unknown): value is T;
  schema(): Promise<z.ZodMiniType<T>>;
}
