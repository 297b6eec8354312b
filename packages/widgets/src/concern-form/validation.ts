/**
 * Checking the form with the SDK's schema and building the submission: loaded with the rest of
 * the sending code once the person starts (see sending.ts), not with the page.
 */
import { ConcernSubmission, fieldErrorKind, hasVisibleText, toFieldErrors, type FieldError } from '@kommunaldialog/sdk';
import {
  FIELD_ORDER,
  type FieldId,
  type FieldProblems,
  type FormValues,
  type SubmissionBody,
  type SubmissionContext,
} from './form-model.js';

/** Stands in for the proof of work while the rest of the form is checked. */
const POW_PLACEHOLDER = 'pending';

/** Maps an API error path (`contact.email`) to the control that shows it. */
export function fieldOfPath(path: string): FieldId | undefined {
  if (path === 'contact' || path === 'contact.email') return 'email';
  if (path === 'contact.name') return 'name';
  if (path === 'contact.phone') return 'phone';
  if (path === 'contactConsent') return 'consent';
  if (path === 'location' || path.startsWith('location.')) return 'place';
  return (FIELD_ORDER as readonly string[]).includes(path) ? (path as FieldId) : undefined;
}

function isEmpty(values: FormValues, field: FieldId): boolean {
  if (field === 'consent') return !values.consent;
  return values[field].trim() === '';
}

/**
 * Sorts field errors (from the schema or a 422) onto the controls. An empty control gets
 * `required` whatever the schema said about its format; errors no control shows are `other`.
 */
export function problemsFrom(errors: readonly FieldError[], values: FormValues): { fields: FieldProblems; other: FieldError[] } {
  const fields: FieldProblems = {};
  const other: FieldError[] = [];
  for (const error of errors) {
    const field = fieldOfPath(error.path);
    if (!field) {
      other.push(error);
      continue;
    }
    if (fields[field]) continue;
    const [, limit] = error.code.split(':');
    let code = fieldErrorKind(error.code);
    const replaceable = code === 'invalid_value' || code === 'invalid_type' || code === 'invalid_format' || code === 'too_short';
    if (replaceable && field !== 'consent' && isEmpty(values, field)) code = 'required';
    fields[field] = limit === undefined ? { code } : { code, limit: Number(limit) };
  }
  return { fields, other };
}

/** The submission the values describe (unchecked). E-mail and phone lose surrounding spaces. */
export function toSubmission(values: FormValues, context: SubmissionContext): Record<string, unknown> {
  const body: Record<string, unknown> = {
    municipality: context.municipality ?? values.municipality,
    kind: values.kind,
    topic: values.topic,
    title: values.title,
    description: values.description,
    contactConsent: values.wantsAnswer && values.consent,
    language: values.language,
    publishAnonymously: values.publishAnonymously,
  };
  // NFC like every other text the person wrote (the schema does not normalise labels).
  const label = hasVisibleText(values.place) ? values.place.normalize('NFC') : undefined;
  if (values.point) {
    body['location'] = { lat: values.point.lat, lng: values.point.lng, ...(label === undefined ? {} : { label }), precision: 'exact' };
  } else if (label !== undefined) {
    const centre = context.centre ?? { lat: 0, lng: 0 };
    body['location'] = { lat: centre.lat, lng: centre.lng, label, precision: 'area' };
  }
  if (values.wantsAnswer) {
    const contact: Record<string, string> = {};
    if (values.name !== '') contact['name'] = values.name;
    if (values.email.trim() !== '') contact['email'] = values.email.trim();
    if (values.phone.trim() !== '') contact['phone'] = values.phone.trim();
    body['contact'] = contact;
  }
  if (values.website !== '') body['website'] = values.website;
  return body;
}

export type Validation =
  | { ok: true; body: SubmissionBody }
  | { ok: false; fields: FieldProblems; other: FieldError[] };

/**
 * Checks the values with the SDK's own schema, exactly as the API will. The body of a valid
 * form is the normalised (NFC) data that will be sent.
 */
export function validate(values: FormValues, context: SubmissionContext): Validation {
  const candidate = { ...toSubmission(values, context), proofOfWork: POW_PLACEHOLDER };
  const parsed = ConcernSubmission.safeParse(candidate);
  if (parsed.success) {
    const { proofOfWork: _placeholder, ...body } = parsed.data;
    return { ok: true, body };
  }
  return { ok: false, ...problemsFrom(toFieldErrors(parsed.error.issues), values) };
}
