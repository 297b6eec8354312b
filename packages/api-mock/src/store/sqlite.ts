import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { IdempotencyRecord, RegistrationTotals, Store, StoredConcern, StoredRegistration } from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS concerns (
  reference TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  submission TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS registrations (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  status TEXT NOT NULL,
  people INTEGER NOT NULL,
  registration TEXT NOT NULL,
  request TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS registrations_event ON registrations (event_id);
CREATE TABLE IF NOT EXISTS sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (
  key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS used_challenges (signature TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
`;

/** File name of the database inside the data directory. */
export const SQLITE_FILE = 'kommunaldialog.sqlite';

/**
 * Keeps submissions, registrations, idempotency records, used challenges and the reference
 * counters in `<dataDir>/kommunaldialog.sqlite`, so a pilot can restart without losing a concern.
 * Node only (better-sqlite3).
 */
export class SqliteStore implements Store {
  readonly path: string;
  #db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, SQLITE_FILE);
    this.#db = new Database(this.path);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.exec(SCHEMA);
  }

  insertConcern(c: StoredConcern): void {
    this.#db
      .prepare('INSERT INTO concerns (reference, created_at, submission, status) VALUES (?, ?, ?, ?)')
      .run(c.reference, c.status.createdAt, JSON.stringify(c.submission), JSON.stringify(c.status));
  }

  getConcern(reference: string): StoredConcern | undefined {
    const row = this.#db.prepare('SELECT submission, status FROM concerns WHERE reference = ?').get(reference) as
      | { submission: string; status: string }
      | undefined;
    return row && { reference, submission: JSON.parse(row.submission), status: JSON.parse(row.status) };
  }

  countConcerns(): number {
    return (this.#db.prepare('SELECT COUNT(*) AS n FROM concerns').get() as { n: number }).n;
  }

  nextSequence(name: string, floor: number): number {
    const step = this.#db.transaction((): number => {
      const row = this.#db.prepare('SELECT value FROM sequences WHERE name = ?').get(name) as { value: number } | undefined;
      const next = Math.max(row?.value ?? 0, floor) + 1;
      this.#db.prepare('INSERT INTO sequences (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, next);
      return next;
    });
    return step();
  }

  insertRegistration({ registration, request }: StoredRegistration): void {
    this.#db
      .prepare('INSERT INTO registrations (id, event_id, status, people, registration, request) VALUES (?, ?, ?, ?, ?, ?)')
      .run(registration.id, registration.eventId, registration.status, registration.people, JSON.stringify(registration), JSON.stringify(request));
  }

  registrationTotals(eventId: string): RegistrationTotals {
    const row = this.#db
      .prepare(
        `SELECT COALESCE(SUM(CASE WHEN status = 'confirmed' THEN people ELSE 0 END), 0) AS confirmedPeople,
                COALESCE(SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END), 0) AS waitlisted
         FROM registrations WHERE event_id = ?`,
      )
      .get(eventId) as RegistrationTotals;
    return { confirmedPeople: row.confirmedPeople, waitlisted: row.waitlisted };
  }

  getIdempotency(key: string): IdempotencyRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM idempotency WHERE key = ?').get(key) as
      | { key: string; fingerprint: string; status: number; headers: string; body: string; created_at: number }
      | undefined;
    return (
      row && {
        key: row.key,
        fingerprint: row.fingerprint,
        status: row.status,
        headers: JSON.parse(row.headers),
        body: row.body,
        createdAt: row.created_at,
      }
    );
  }

  putIdempotency(r: IdempotencyRecord): void {
    this.#db
      .prepare('INSERT OR REPLACE INTO idempotency (key, fingerprint, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.key, r.fingerprint, r.status, JSON.stringify(r.headers), r.body, r.createdAt);
  }

  deleteIdempotencyBefore(ms: number): void {
    this.#db.prepare('DELETE FROM idempotency WHERE created_at < ?').run(ms);
  }

  useChallenge(signature: string, expiresAt: number): boolean {
    return this.#db.prepare('INSERT OR IGNORE INTO used_challenges (signature, expires_at) VALUES (?, ?)').run(signature, expiresAt).changes === 1;
  }

  isChallengeUsed(signature: string): boolean {
    return this.#db.prepare('SELECT 1 FROM used_challenges WHERE signature = ?').get(signature) !== undefined;
  }

  deleteChallengesBefore(ms: number): void {
    this.#db.prepare('DELETE FROM used_challenges WHERE expires_at < ?').run(ms);
  }

  clear(): void {
    this.#db.exec('DELETE FROM concerns; DELETE FROM registrations; DELETE FROM sequences; DELETE FROM idempotency; DELETE FROM used_challenges;');
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
