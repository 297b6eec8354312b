import * as z from 'zod/mini';
import { Slug } from './common.js';
import { Email, Phone } from './contact.js';
import { Precision } from './geo.js';
import { ConcernKind } from './concern-status.js';
import { LanguageTag, userText } from './user-text.js';
import { CONCERN_DESCRIPTION_MAX, CONCERN_TITLE_MAX } from './values.js';

export const ConcernLocation = /* @__PURE__ */ z.object({
  lat: /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  lng: /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  label: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  precision: Precision,
});
export type ConcernLocation = z.infer<typeof ConcernLocation>;

export const ConcernContact = /* @__PURE__ */ z.strictObject({
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
    z.refine(
      (c) => c.contact === undefined || c.contact.email !== undefined || c.contact.phone !== undefined,
      {
        message: 'email_or_phone_required',
        path: ['contact', 'email'],
      },
    ),
  );
export type ConcernSubmission = z.infer<typeof ConcernSubmission>;

/** An ALTCHA-compatible proof-of-work challenge (SHA-256, HMAC-signed, expiring, single use). */
export const Challenge = /* @__PURE__ */ z.object({
  algorithm: z.literal('SHA-256'),
  challenge: /* @__PURE__ */ z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  maxnumber: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
  salt: z.string(),
  signature: z.string(),
});
export type Challenge = z.infer<typeof Challenge>;
