// Value formats several schemas share. Each group has a module of its own (contact.ts, geo.ts,
// user-text.ts): a bundler keeps a module whole, so a widget that uses one format of a module ships
// all of them — and what every widget uses lands in the core every page downloads.
import * as z from 'zod/mini';

/**
 * ISO 8601 with an explicit UTC offset (`Z` or `±hh:mm`), e.g. `2026-12-03T18:30:00+01:00`; seconds
 * required, fractions optional, and only days the calendar has (no 30 February, no 24:00).
 */
// The same pattern `z.iso.datetime({ offset: true })` builds at run time, written out: the builder
// costs more bytes in every widget than the literal (issue 7, byte budget).
export const DateTime = /* @__PURE__ */ z.stringFormat(
  'datetime',
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
);
