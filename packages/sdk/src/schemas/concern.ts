import * as z from 'zod/mini';
import { DateTime, Email, LanguageTag, Phone, Precision, Slug, userText } from './common.js';

export const CONCERN_KINDS = ['concern', 'question', 'idea', 'offer'] as const;
export const ConcernKind = z.enum(CONCERN_KINDS);
export type ConcernKind = z.infer<typeof ConcernKind>;

export const CONCERN_TITLE_MAX = 120;
export const CONCERN_DESCRIPTION_MAX = 4000;

export const ConcernLocation = z.object({
  lat: /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  lng: /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  label: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  precision: Precision,
});
export type ConcernLocation = z.infer<typeof ConcernLocation>;

export const ConcernContact = z.strictObject({
  name: z.optional(userText(120)),
  email: z.optional(Email),
  phone: z.optional(Phone),
});
export type ConcernContact = z.infer<typeof ConcernContact>;

/**
 * What a resident sends. Contact data travels only together with explicit consent, and at
 * least one way to answer (e-mail or phone) must be in it.
 */
export const ConcernSubmission = /* @__PURE__ */ z
  .strictObject({
    municipality: Slug,
    kind: ConcernKind,
    topic: Slug,
    title: userText(CONCERN_TITLE_MAX),
    description: userText(CONCERN_DESCRIPTION_MAX),
    location: z.optional(ConcernLocation),
    contact: z.optional(ConcernContact),
    contactConsent: z.boolean(),
    /** Language the text is written in; nobody has to write German. */
    language: LanguageTag,
    publishAnonymously: z.boolean(),
    /** Solved proof-of-work challenge from `GET /challenge` (base64 JSON, ALTCHA format). */
    proofOfWork: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(2000)),
    /** Must stay empty: only bots fill in the field that people never see. */
    website: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(500))),
  })
  .check(
    z.refine((c) => c.contact === undefined || c.contactConsent, {
      message: 'consent_required',
      path: ['contactConsent'],
    }),
    z.refine((c) => c.contact === undefined || c.contact.email !== undefined || c.contact.phone !== undefined, {
      message: 'email_or_phone_required',
      path: ['contact', 'email'],
    }),
  );
export type ConcernSubmission = z.infer<typeof ConcernSubmission>;

export const CONCERN_STATUSES = ['received', 'in-review', 'answered', 'discussed', 'addressed'] as const;
export const ConcernStatusValue = z.enum(CONCERN_STATUSES);
export type ConcernStatusValue = z.infer<typeof ConcernStatusValue>;

export const ConcernReference = /* @__PURE__ */ z.string().check(z.regex(/^KD-\d{4}-\d{6}$/));

export const ConcernReceipt = z.object({
  reference: ConcernReference,
  status: ConcernStatusValue,
  createdAt: DateTime,
});
export type ConcernReceipt = z.infer<typeof ConcernReceipt>;

/** The public timeline of a concern. It never contains personal data or the text itself. */
export const ConcernStatus = z.object({
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

/** An ALTCHA-compatible proof-of-work challenge (SHA-256, HMAC-signed, expiring, single use). */
export const Challenge = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: /* @__PURE__ */ z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  maxnumber: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
  salt: z.string(),
  signature: z.string(),
});
export type Challenge = z.infer<typeof Challenge>;
