import type { IdempotencyRecord, RegistrationTotals, Store, StoredConcern, StoredRegistration } from './types.js';

/** The default store: everything in memory, gone when the process ends. */
export class MemoryStore implements Store {
  #concerns = new Map<string, StoredConcern>();
  #registrations = new Map<string, StoredRegistration[]>();
  #sequences = new Map<string, number>();
  #idempotency = new Map<string, IdempotencyRecord>();
  #challenges = new Map<string, number>();

  insertConcern(concern: StoredConcern): void {
    this.#concerns.set(concern.reference, structuredClone(concern));
  }

  getConcern(reference: string): StoredConcern | undefined {
    const found = this.#concerns.get(reference);
    return found && structuredClone(found);
  }

  countConcerns(): number {
    return this.#concerns.size;
  }

  nextSequence(name: string, floor: number): number {
    const next = Math.max(this.#sequences.get(name) ?? 0, floor) + 1;
    this.#sequences.set(name, next);
    return next;
  }

  insertRegistration(registration: StoredRegistration): void {
    const list = this.#registrations.get(registration.registration.eventId) ?? [];
    list.push(structuredClone(registration));
    this.#registrations.set(registration.registration.eventId, list);
  }

  registrationTotals(eventId: string): RegistrationTotals {
    const totals = { confirmedPeople: 0, waitlisted: 0 };
    for (const { registration } of this.#registrations.get(eventId) ?? []) {
      if (registration.status === 'confirmed') totals.confirmedPeople += registration.people;
      else totals.waitlisted++;
    }
    return totals;
  }

  getIdempotency(key: string): IdempotencyRecord | undefined {
    return this.#idempotency.get(key);
  }

  putIdempotency(record: IdempotencyRecord): void {
    this.#idempotency.set(record.key, record);
  }

  deleteIdempotencyBefore(ms: number): void {
    for (const [key, record] of this.#idempotency) if (record.createdAt < ms) this.#idempotency.delete(key);
  }

  useChallenge(signature: string, expiresAt: number): boolean {
    if (this.#challenges.has(signature)) return false;
    this.#challenges.set(signature, expiresAt);
    return true;
  }

  isChallengeUsed(signature: string): boolean {
    return this.#challenges.has(signature);
  }

  deleteChallengesBefore(ms: number): void {
    for (const [signature, expiresAt] of this.#challenges) if (expiresAt < ms) this.#challenges.delete(signature);
  }

  clear(): void {
    this.#concerns.clear();
    this.#registrations.clear();
    this.#sequences.clear();
    this.#idempotency.clear();
    this.#challenges.clear();
  }

  close(): void {
    // Nothing to release.
  }
}
