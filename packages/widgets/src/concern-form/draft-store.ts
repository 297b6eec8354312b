import { emptyValues, isPoint, type FormValues, type SubmissionBody } from './form-model.js';

/**
 * A submission that was sent at least once and is not confirmed yet. It is kept exactly as sent
 * (proof of work included): a retry must carry the same body under the same key, or the API
 * could not recognise it as the same submission.
 */
export interface OutboxEntry {
  idempotencyKey: string;
  body: SubmissionBody;
  /** The solved challenge (base64 JSON); absent until solved, dropped when the API refuses it. */
  proofOfWork?: string;
  /** When the challenge was fetched (this browser's clock, ms): the minimum fill time counts from here. */
  challengeFetchedAt?: number;
}

/** What the form keeps in `sessionStorage` for the tab it runs in. */
export interface DraftRecord {
  /** ISO date-time of the last save. */
  savedAt: string;
  values: Partial<FormValues>;
  /** Made at the first submit and reused by every retry, also after a reload. */
  idempotencyKey?: string;
  outbox?: OutboxEntry;
}

const PREFIX = 'kommunaldialog.concern-draft.';

/** One draft per municipality (`*` when the form lets people pick one). */
export function draftKey(municipality: string | undefined): string {
  return `${PREFIX}${municipality ?? '*'}`;
}

/** sessionStorage, or nothing where the page forbids it (sandboxed frames, privacy settings). */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(key: string): DraftRecord | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const record = JSON.parse(text) as unknown;
    if (!record || typeof record !== 'object') return undefined;
    const { savedAt, values, idempotencyKey, outbox } = record as Record<string, unknown>;
    if (typeof savedAt !== 'string' || !values || typeof values !== 'object') return undefined;
    return {
      savedAt,
      values: values as Partial<FormValues>,
      ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
      ...(isOutboxEntry(outbox) ? { outbox } : {}),
    };
  } catch {
    return undefined;
  }
}

function isOutboxEntry(value: unknown): value is OutboxEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return typeof entry['idempotencyKey'] === 'string' && !!entry['body'] && typeof entry['body'] === 'object';
}

/** Saves the record; false when storage is unavailable or full (the form keeps working). */
export function writeDraft(key: string, record: DraftRecord): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing stored where nothing can be stored.
  }
}

/** The values to keep: never the honeypot, contact data only when the person asked for it. */
export function storableValues(values: FormValues): Partial<FormValues> {
  const { website: _honeypot, name, email, phone, consent, ...kept } = values;
  return values.rememberContact ? { ...kept, name, email, phone, consent } : kept;
}

/**
 * Puts stored values onto a fresh form, taking only fields of the right type: the stored
 * record comes from a page we do not control.
 */
export function restoreValues(stored: Partial<FormValues>, language: string): FormValues {
  const values = emptyValues(language);
  const target = values as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(stored)) {
    if (name === 'website' || !(name in values)) continue;
    if (name === 'point') target[name] = isPoint(value) ? { lat: value.lat, lng: value.lng } : null;
    else if (typeof value === typeof target[name]) target[name] = value;
  }
  return values;
}

/** A fresh random (version 4) UUID, also outside secure contexts where `randomUUID` is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
