// What the public may see of a concern (its reference, kind, status and timeline), apart from the
// submission with its contact and text schemas: the status widget needs only this part.
import * as z from 'zod/mini';
import { Slug } from './common.js';
import { DateTime } from './formats.js';
import { CONCERN_KINDS, CONCERN_STATUSES } from './values.js';

export const ConcernKind = /* @__PURE__ */ z.enum(CONCERN_KINDS);
export type ConcernKind = z.infer<typeof ConcernKind>;

export const ConcernStatusValue = /* @__PURE__ */ z.enum(CONCERN_STATUSES);
export type ConcernStatusValue = z.infer<typeof ConcernStatusValue>;

export const ConcernReference = /* @__PURE__ */ z.string().check(z.regex(/^KD-\d{4}-\d{6}$/));

export const ConcernReceipt = /* @__PURE__ */ z.object({
  reference: ConcernReference,
  status: ConcernStatusValue,
  createdAt: DateTime,
});
export type ConcernReceipt = z.infer<typeof ConcernReceipt>;

/** The public timeline of a concern. It never contains personal data or the text itself. */
export const ConcernStatus = /* @__PURE__ */ z.object({
  reference: ConcernReference,
  municipality: Slug,
  kind: ConcernKind,
  topic: Slug,
  status: ConcernStatusValue,
  createdAt: DateTime,
  timeline: z.array(
    z.object({
      status: ConcernStatusValue,
      at: DateTime,
      /** Public note from the administration. */
      note: z.optional(z.string()),
      eventId: z.optional(Slug),
      resultId: z.optional(Slug),
    }),
  ),
});
export type ConcernStatus = z.infer<typeof ConcernStatus>;
