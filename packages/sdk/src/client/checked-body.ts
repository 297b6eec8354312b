import type * as z from 'zod/mini';
import { ValidationError } from '../errors.js';
import { toFieldErrors } from '../field-errors.js';

/**
 * The body as the schema makes it (user texts in NFC: what is sent is the normalised text), or a
 * {@link ValidationError} with the API's field-error codes — thrown before anything is sent.
 */
export function checkedBody<B>(schema: z.ZodMiniType<B>, body: B): B {
  const checked = schema.safeParse(body);
  if (!checked.success)
    throw new ValidationError({ status: undefined, fieldErrors: toFieldErrors(checked.error.issues, body) });
  return checked.data;
}
