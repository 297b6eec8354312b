import { graphemeLength, type ConcernKind, type ConcernSubmission, type LatLng } from '@kommunaldialog/sdk';

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
  /** A place in words ("Haltestelle Europaplatz"). */
  place: string;
  /** A point picked on the map; sent as an exact location (labelled with `place`, if any). */
  point: LatLng | null;
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
    point: null,
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

/** A point as the picker stores it: finite degrees within range (anything else is not one). */
export function isPoint(value: unknown): value is LatLng {
  if (!value || typeof value !== 'object') return false;
  const { lat, lng } = value as Record<string, unknown>;
  return typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
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
    values.point !== null ||
    values.name !== '' ||
    values.email !== '' ||
    values.phone !== ''
  );
}
