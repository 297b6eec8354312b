// The generated response checks (src/checks) must say exactly what zod says: the transport trusts
// `is…` when it accepts, so a check that accepts what zod rejects would let a broken response
// through. Compared on the samples, on thousands of mutations of them, and on arbitrary JSON.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { generateChecks } from '../scripts/generate-checks.js';
import * as samples from './samples.js';

const CHECKS = new URL('../src/checks/', import.meta.url);

describe('generated checks', () => {
  test('src/checks is what the generator makes of the current schemas (else: npm run generate)', async () => {
    const generated = await generateChecks();
    const committed = readdirSync(CHECKS).sort();
    assert.deepEqual(committed, [...generated.keys()].sort());
    for (const [name, text] of generated) {
      assert.equal(readFileSync(new URL(name, CHECKS), 'utf8'), text, `src/checks/${name} is stale`);
    }
  });
});

interface Pair {
  name: string;
  is: (value: unknown) => boolean;
  schema: z.ZodMiniType;
}

async function pairs(): Promise<Pair[]> {
  const found: Pair[] = [];
  for (const file of readdirSync(CHECKS).filter((name) => name !== 'index.ts')) {
    const checks = (await import(new URL(file, CHECKS).href)) as Record<string, unknown>;
    const schemas = (await import(`../src/schemas/${file}`)) as Record<string, unknown>;
    for (const [name, is] of Object.entries(checks)) {
      if (!name.startsWith('is') || typeof is !== 'function') continue;
      const schema = schemas[name.slice(2)] as z.ZodMiniType | undefined;
      assert.ok(schema, `${file}: ${name} has no schema ${name.slice(2)}`);
      found.push({ name: name.slice(2), is: is as Pair['is'], schema });
    }
  }
  return found;
}

/** Every value inside the samples, the samples themselves included, as the API sends them. */
const nodes: unknown[] = [];
(function collect(value: unknown) {
  nodes.push(value);
  if (typeof value === 'object' && value !== null) for (const child of Object.values(value)) collect(child);
})(JSON.parse(JSON.stringify(Object.values(samples))));

const allPairs = await pairs();

/**
 * The constants of every rule in the schemas (bounds, lengths, enum members) and values just past
 * them: a check that puts `>` where zod has `>=` differs from zod only there.
 */
function boundaries(): unknown[] {
  const out = new Set<unknown>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const def =
      (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def ?? (node as Record<string, unknown>);
    for (const [key, value] of Object.entries(def)) {
      if (key === 'value' && typeof value === 'number')
        for (const d of [0, -1, 1, -0.5, 0.5]) out.add(value + d);
      if (['minimum', 'maximum', 'length'].includes(key) && typeof value === 'number') {
        for (const n of [value - 1, value, value + 1]) if (n >= 0) out.add('x'.repeat(n));
      }
      if (key === 'values' && Array.isArray(value)) for (const v of value) out.add(v);
      if (key === 'entries' && typeof value === 'object' && value)
        for (const v of Object.values(value)) out.add(v);
      if (typeof value === 'object') visit(value);
    }
  };
  for (const { schema } of allPairs) visit(schema);
  return [...out];
}

/** Values near the edges of the schemas' rules, and every value the samples hold. */
const pool: unknown[] = [
  ...new Set([
    ...nodes.filter((node) => typeof node !== 'object' || node === null),
    ...boundaries(),
    '',
    ' ',
    'tuebingen-',
    'KD-2026-00012',
    '2026-02-29T10:00:00Z',
    '2028-02-29T10:00:00Z',
    '2026-12-03T24:00:00Z',
    '2026-12-03T18:30:00.123+01:00',
    '2026-12-03T18:30+01:00',
    'ftp://example.org',
    'HTTPS://EXAMPLE.ORG/a b',
    'a@b.c',
    '+49 (0)7071 / 204-0',
    'toolongtag-abcdefghi',
    'FREQ=YEARLY',
    'FREQ=WEEKLY;BYDAY=MO,TH',
    -0,
    2 ** 53,
    1e21,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    undefined,
    [],
    {},
    [0, 0],
    [9, 48, 9.1, 48.1],
  ]),
];
const poolOfType = (value: unknown) => {
  const same = pool.filter((v) => typeof v === typeof value && Array.isArray(v) === Array.isArray(value));
  return same.length > 0 ? same : pool;
};
const anyValue = fc.oneof(fc.constantFrom(...pool), fc.jsonValue({ maxDepth: 2 }));

type Mutation =
  | { at: number; change: 'set'; pick: number; sameType: boolean; value: unknown }
  | { at: number; change: 'delete' | 'shrink' | 'grow' }
  | { at: number; change: 'add'; key: string; value: unknown };
const mutation = fc.oneof(
  {
    arbitrary: fc.record({
      at: fc.nat(),
      change: fc.constant('set' as const),
      pick: fc.nat(),
      sameType: fc.boolean(),
      value: anyValue,
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({
      at: fc.nat(),
      change: fc.constantFrom('delete' as const, 'shrink' as const, 'grow' as const),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      at: fc.nat(),
      change: fc.constant('add' as const),
      key: fc.string({ maxLength: 8 }),
      value: anyValue,
    }),
    weight: 1,
  },
);

/**
 * A copy of `value` with the mutations applied at places picked by index: a value replaced (mostly
 * by one of the same type from the pool), a key deleted or added, an array one shorter or longer.
 */
function mutated(value: unknown, mutations: Mutation[]): unknown {
  const copy: unknown = structuredClone(value);
  for (const m of mutations) {
    const places: [Record<string, unknown>, string][] = [];
    (function walk(node: unknown) {
      if (typeof node !== 'object' || node === null) return;
      for (const key of Object.keys(node)) {
        places.push([node as Record<string, unknown>, key]);
        walk((node as Record<string, unknown>)[key]);
      }
    })(copy);
    if (places.length === 0) continue;
    const [parent, key] = places[m.at % places.length]!;
    const current = parent[key];
    if (m.change === 'set') {
      const choices = m.sameType ? poolOfType(current) : [m.value];
      parent[key] = structuredClone(choices[m.pick % choices.length]);
    } else if (m.change === 'delete') Reflect.deleteProperty(parent, key);
    // An array's `length` takes only lengths: setting it to anything else throws, not a test input.
    else if (m.change === 'add') {
      if (!(Array.isArray(parent) && m.key === 'length')) parent[m.key] = m.value;
    }
    else if (Array.isArray(current) && current.length > 0) {
      if (m.change === 'shrink') current.pop();
      else current.push(structuredClone(current.at(-1)));
    }
  }
  return copy;
}

/** Inputs for one schema: its valid sample values, mutations of them, and anything else. */
function inputsFor(valid: unknown[]) {
  const primitive = valid.every((v) => typeof v !== 'object' || v === null);
  const base = fc.constantFrom(...valid, ...nodes);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...valid), fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([value, changes]) => mutated(value, changes)),
      weight: primitive ? 0 : 5,
    },
    {
      arbitrary: fc
        .tuple(base, fc.array(mutation, { maxLength: 2 }))
        .map(([value, changes]) => mutated(value, changes)),
      weight: 2,
    },
    // For a string or number schema, its neighbours in the pool are what tells a check apart.
    { arbitrary: fc.constantFrom(...poolOfType(valid[0])), weight: primitive ? 6 : 1 },
    { arbitrary: anyValue, weight: 1 },
  );
}

describe('every generated check agrees with its zod schema', async () => {
  for (const { name, is, schema } of allPairs) {
    test(name, () => {
      const valid = nodes.filter((node) => schema.safeParse(node).success);
      // A check compared only on values zod rejects would pass even if it rejected everything.
      assert.ok(valid.length > 0, `no sample value is a valid ${name}: add one to test/samples.ts`);
      let rejected = 0;
      fc.assert(
        fc.property(inputsFor(valid), (value) => {
          const zod = schema.safeParse(value).success;
          if (!zod) rejected++;
          assert.equal(is(value), zod, `is${name} disagrees with zod on ${JSON.stringify(value)}`);
        }),
        { numRuns: 1000 },
      );
      assert.ok(rejected > 0);
    });
  }
});
