import * as z from 'zod/mini';
import { graphemeLength, hasVisibleText } from '../text.js';

/**
 * A user-written text: Unicode-normalised to NFC, limited in graphemes, and required to have
 * visible content. It is never trimmed, so what is stored is what the person wrote.
 */
/* @__NO_SIDE_EFFECTS__ */
export function userText(maxGraphemes: number, minGraphemes = 1) {
  return z.string().check(
    z.normalize('NFC'),
    z.refine((s) => hasVisibleText(s) || minGraphemes === 0, { message: 'required' }),
    z.refine((s) => graphemeLength(s) <= maxGraphemes, { message: `too_long:${maxGraphemes}` }),
    z.refine((s) => graphemeLength(s) >= minGraphemes, { message: `too_short:${minGraphemes}` }),
  );
}

/** A BCP 47 language tag (`de`, `ar`, `uk`, `de-x-ls`): the language a text was written in. */
export const LanguageTag = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/), z.maxLength(35));
