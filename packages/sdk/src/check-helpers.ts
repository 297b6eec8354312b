// The two shapes every generated check (src/checks, scripts/generate-checks.ts) would otherwise
// repeat: "a plain object" and "an array whose items all pass".

/** What zod's objects accept before looking at keys: an object that is neither null nor an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An array of `min`…`max` items, each of which passes `item` (holes read as undefined, as in zod). */
export function isArrayOf(v: unknown, item: (e: unknown) => boolean, min = 0, max = Infinity): boolean {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
}
