import * as z from 'zod/mini';

/** zod's practical e-mail pattern (what `z.email()` checks), without the class around it. */
export const Email = /* @__PURE__ */ z.stringFormat(
  'email',
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
);
/** Loose international phone number: digits, spaces, +, -, /, parentheses. */
export const Phone = /* @__PURE__ */ z.string().check(z.regex(/^\+?[0-9][0-9 ()/-]{4,24}$/));
/** An absolute `http:` or `https:` URL (scheme in any case) with a host and without white space. */
export const HttpsUrl = /* @__PURE__ */ z.stringFormat(
  'url',
  /^[Hh][Tt]{2}[Pp][Ss]?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/,
);
