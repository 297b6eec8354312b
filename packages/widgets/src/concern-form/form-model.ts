import {
  ConcernSubmission,
  fieldErrorKind,
  graphemeLength,
  hasVisibleText,
  toFieldErrors,
  type ConcernKind,
  type FieldError,
  type LatLng,
} from '@kommunaldialog/sdk';

/** The form's fields that can carry an error, in the order they appear. */
export const FIELD_ORDER = [
  'municipality',
  'kind',
  'topic',
  'title',
  'description',
  'place',
  'language',
  'name',
  'email',
  'phone',
  'consent',
] as const;
export type FieldId = (typeof FIELD_ORDER)[number];

/** Fields answered by picking, not typing: their "required" message says "choose". */
export const CHOICE_FIELDS: ReadonlySet<FieldId> = new Set(['municipality', 'kind', 'topic', 'language']);

/** Everything a person enters, as the controls hold it. */
export interface FormValues {
  /** Only used when the widget has no municipality of its own. */
  municipality: string;
  kind: ConcernKind | '';
  topic: string;
  title: string;
  description: string;
  /** A place in words ("Haltestelle Europaplatz"); a map picker may add coordinates later. */
  place: string;
  /** Language the text is written in (BCP 47). */
  language: string;
  wantsAnswer: boolean;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  publishAnonymously: boolean;
  /** Keep name, e-mail and phone in the session draft too. */
  rememberContact: boolean;
  /** The honeypot: people never see it, so only bots fill it in. */
  website: string;
}

export function emptyValues(language: string): FormValues {
  return {
    municipality: '',
    kind: '',
    topic: '',
    title: '',
    description: '',
    place: '',
    language,
    wantsAnswer: false,
    name: '',
    email: '',
    phone: '',
    consent: false,
    publishAnonymously: false,
    rememberContact: false,
    website: '',
  };
}

/** A submission without its proof of work: what the form sends once the challenge is solved. */
export type SubmissionBody = Omit<ConcernSubmission, 'proofOfWork'>;

export interface SubmissionContext {
  /** The widget's municipality; falls back to the one picked in the form. */
  municipality: string | undefined;
  /** Centre of the municipality: a place given in words is located there, as an area. */
  centre: LatLng | undefined;
}

/** One problem of one field: the code without parameter, and the limit of length codes. */
export interface FieldProblem {
  code: string;
  limit?: number;
}
export type FieldProblems = Partial<Record<FieldId, FieldProblem>>;

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
  if (hasVisibleText(values.place)) {
    const centre = context.centre ?? { lat: 0, lng: 0 };
    // NFC like every other text the person wrote (the schema does not normalise labels).
    body['location'] = { lat: centre.lat, lng: centre.lng, label: values.place.normalize('NFC'), precision: 'area' };
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

/** User-perceived characters, counted as the API counts them (after NFC normalisation). */
export function countCharacters(text: string): number {
  return graphemeLength(text.normalize('NFC'));
}

/** True when the values hold anything worth keeping as a draft. */
export function hasContent(values: FormValues): boolean {
  return (
    values.kind !== '' ||
    values.topic !== '' ||
    values.title !== '' ||
    values.description !== '' ||
    values.place !== '' ||
    values.name !== '' ||
    values.email !== '' ||
    values.phone !== ''
  );
}
