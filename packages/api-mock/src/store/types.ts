import type { ConcernStatus, ConcernSubmission, Registration, RegistrationRequest } from '@kommunaldialog/sdk';

/** A concern as it was submitted (with personal data, never served) and its public status. */
export interface StoredConcern {
  reference: string;
  submission: ConcernSubmission;
  status: ConcernStatus;
}

/** A registration and the request it came from (the request holds the personal data). */
export interface StoredRegistration {
  registration: Registration;
  request: RegistrationRequest;
}

/** The first response to a submission, kept so that a retry with the same key replays it. */
export interface IdempotencyRecord {
  key: string;
  /** Hash of method, path and canonical body: what "the same request" means. */
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: string;
  /** Milliseconds since the epoch, by the mock's clock. */
  createdAt: number;
}

export interface RegistrationTotals {
  /** People with a confirmed seat. */
  confirmedPeople: number;
  /** Registrations on the waiting list. */
  waitlisted: number;
}

/**
 * Where the mock keeps what residents send. Synchronous on purpose: a capacity check and the
 * insert that follows it must not interleave with another request (JavaScript runs one
 * synchronous block at a time, so no locks are needed).
 */
export interface Store {
  insertConcern(concern: StoredConcern): void;
  getConcern(reference: string): StoredConcern | undefined;
  /** Number of stored submissions (for "stored exactly once" assertions). */
  countConcerns(): number;
  /** Increments the counter `name` and returns the new value, which is at least `floor + 1`. */
  nextSequence(name: string, floor: number): number;
  insertRegistration(registration: StoredRegistration): void;
  registrationTotals(eventId: string): RegistrationTotals;
  getIdempotency(key: string): IdempotencyRecord | undefined;
  putIdempotency(record: IdempotencyRecord): void;
  /** Forgets idempotency records created before `ms`. */
  deleteIdempotencyBefore(ms: number): void;
  /** Marks a challenge as used; false when it already was. */
  useChallenge(signature: string, expiresAt: number): boolean;
  isChallengeUsed(signature: string): boolean;
  /** Forgets used challenges that expired before `ms` (they fail on expiry anyway). */
  deleteChallengesBefore(ms: number): void;
  /** Removes everything (the mock's reset). */
  clear(): void;
  close(): void;
}
