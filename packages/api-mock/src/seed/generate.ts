import type { DialogEvent, Result } from '@kommunaldialog/sdk';
import { berlinDay, nextWeekday } from './dates.js';
import { EVENT_TEMPLATES } from './event-templates.js';
import { buildEvent, type SpecialStatus } from './events.js';
import { createPrng } from './prng.js';
import { buildResult, RESULT_TEMPLATE_COUNT } from './results.js';
import { TOWNS } from './towns.js';

export interface GenerateOptions {
  /** Seed of the PRNG. Default 1. */
  seed?: number;
  /** Records spread over three months before and six months after this day. Default: now. */
  now?: Date;
  /** Municipality ids to spread the records over. Default: all ten. */
  municipalities?: readonly string[];
  /** Prefix of the generated ids. Default `gen`. */
  idPrefix?: string;
}

/** Upper bound of the generators: enough for any benchmark, small enough to stay in memory. */
export const MAX_GENERATED = 100_000;

function townsFor(options: GenerateOptions) {
  const towns = options.municipalities ? TOWNS.filter((t) => options.municipalities!.includes(t.id)) : TOWNS;
  if (towns.length === 0) throw new RangeError('No known municipality in `municipalities`.');
  return towns;
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_GENERATED) throw new RangeError(`n must be an integer from 0 to ${String(MAX_GENERATED)}.`);
}

/**
 * `n` valid events (sorted by start) for benchmarks and load tests, up to 100 000, built from
 * the same templates as the seed: about 5 % cancelled, 5 % full, 8 % online.
 */
export function generateEvents(n: number, options: GenerateOptions = {}): DialogEvent[] {
  checkCount(n);
  const prng = createPrng(options.seed ?? 1);
  const today = berlinDay(options.now ?? new Date());
  const towns = townsFor(options);
  const prefix = options.idPrefix ?? 'gen';
  const width = String(n).length;
  const out: DialogEvent[] = [];
  for (let i = 0; i < n; i++) {
    const template = prng.pick(EVENT_TEMPLATES);
    const town = prng.pick(towns);
    const day = nextWeekday(today + prng.int(-90, 180), template.weekdays);
    const roll = prng.next();
    const special: SpecialStatus | undefined = roll < 0.05 ? 'cancelled' : roll < 0.07 && template.registration === 'required' ? 'full-waitlist' : undefined;
    out.push(buildEvent({ id: `${prefix}-event-${String(i + 1).padStart(width, '0')}`, template, town, day, today, prng, ...(special ? { special } : {}) }));
  }
  // Parse each start once: a comparator that parses costs seconds at 100 000 events.
  return out
    .map((event) => ({ event, start: Date.parse(event.start) }))
    .sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1))
    .map(({ event }) => event);
}

/** `n` valid results for benchmarks (maps with many markers and areas), up to 100 000. */
export function generateResults(n: number, options: GenerateOptions = {}): Result[] {
  checkCount(n);
  const prng = createPrng(options.seed ?? 1);
  const today = berlinDay(options.now ?? new Date());
  const towns = townsFor(options);
  const prefix = options.idPrefix ?? 'gen';
  const width = String(n).length;
  const out: Result[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      buildResult({
        id: `${prefix}-result-${String(i + 1).padStart(width, '0')}`,
        templateIndex: prng.int(0, RESULT_TEMPLATE_COUNT - 1),
        town: prng.pick(towns),
        today,
        prng,
        events: [],
      }),
    );
  }
  return out;
}
