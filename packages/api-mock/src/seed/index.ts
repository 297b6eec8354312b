import type { ConcernStatus, DialogEvent, Municipality, Result, Topic } from '@kommunaldialog/sdk';
import { seedTownConcerns, type PublicConcernDraft } from './concerns.js';
import { berlinDay } from './dates.js';
import { seedTownEvents } from './events.js';
import { seedMunicipalities } from './municipalities.js';
import { createPrng, hashString } from './prng.js';
import { seedTownResults } from './results.js';
import { seedTopics } from './topics.js';
import { TOWNS } from './towns.js';

/** Everything the mock serves that is not a submission. */
export interface Dataset {
  municipalities: Municipality[];
  topics: Topic[];
  events: DialogEvent[];
  results: Result[];
  /** Published concerns with their public timeline, by reference. */
  concerns: ConcernStatus[];
  /** People already on the waiting list of full events, by event id. */
  waitlists: Record<string, number>;
}

export interface SeedOptions {
  /** Seed of the PRNG; the same seed and the same day give the same data. Default 1. */
  seed?: number;
  /** "Today": events span three months before and six months after it. Default: the real clock. */
  now?: Date;
}

/**
 * The seed data set: the ten pilot municipalities, the topics, and per municipality realistic
 * events, results and published concerns, all relative to `now` and fully deterministic.
 */
export function createSeed(options: SeedOptions = {}): Dataset {
  const seed = options.seed ?? 1;
  const today = berlinDay(options.now ?? new Date());
  const events: DialogEvent[] = [];
  const results: Result[] = [];
  const drafts: PublicConcernDraft[] = [];
  const waitlists: Record<string, number> = {};
  for (const town of TOWNS) {
    // One PRNG per town, so one town's data does not depend on the others'.
    const prng = createPrng(hashString(`${town.id}:${String(seed)}`));
    const townEvents = seedTownEvents(town, today, prng);
    const townResults = seedTownResults(town, today, prng, townEvents.events);
    events.push(...townEvents.events);
    Object.assign(waitlists, townEvents.waitlists);
    results.push(...townResults);
    drafts.push(...seedTownConcerns(town, today, prng, townEvents.events, townResults));
  }
  return {
    municipalities: seedMunicipalities(),
    topics: seedTopics(),
    events: events.sort(byStartThenId),
    results: results.sort((a, b) => (a.id < b.id ? -1 : 1)),
    concerns: numberConcerns(drafts),
    waitlists,
  };
}

function byStartThenId(a: DialogEvent, b: DialogEvent): number {
  return Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** References are sequential per year, in the order the concerns came in. */
function numberConcerns(drafts: PublicConcernDraft[]): ConcernStatus[] {
  const sorted = [...drafts].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const perYear = new Map<number, number>();
  return sorted.map((d) => {
    // createdAt carries the Berlin offset, so its first four characters are the Berlin year.
    const year = Number(d.createdAt.slice(0, 4));
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    return { reference: `KD-${String(year)}-${String(n).padStart(6, '0')}`, ...d };
  });
}

/** Highest sequence number the seed used per year, so new submissions continue after it. */
export function seededSequences(concerns: readonly ConcernStatus[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of concerns) {
    const [, year, n] = c.reference.split('-');
    out.set(Number(year), Math.max(out.get(Number(year)) ?? 0, Number(n)));
  }
  return out;
}

export { TOWNS } from './towns.js';
export { townBbox } from './municipalities.js';
