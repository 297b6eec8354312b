/**
 * Serialises a query object (`EventQuery`, `ResultQuery`, ...): arrays travel as comma lists
 * (so `bbox` becomes `west,south,east,north`), `undefined`, `null` and empty values are left
 * out, and keys are sorted so that equal queries give equal URLs (the ETag cache is keyed by URL).
 */
export function toSearch(params: object | undefined): string {
  if (params === undefined) return '';
  const search = new URLSearchParams();
  const entries = Object.entries(params) as [string, unknown][];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, value] of entries) {
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') search.set(key, text);
  }
  // Commas stay readable in feed URLs people copy; decoded, `%2C` and `,` are the same value.
  const result = search.toString().replaceAll('%2C', ',');
  return result === '' ? '' : `?${result}`;
}

/** `query` as a feed takes it: without the keys of paged JSON lists (page, size, summary form). */
export function feedQuery(query: object | undefined): object | undefined {
  if (query === undefined) return undefined;
  const {
    cursor: _cursor,
    limit: _limit,
    fields: _fields,
    ...rest
  } = query as { cursor?: unknown; limit?: unknown; fields?: unknown };
  return rest;
}
