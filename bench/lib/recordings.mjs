// Recordings of API answers that the benchmark pages serve from memory (pages/harness.js),
// so that the timed part starts with the data in the browser and never waits on a socket.
//
// The results map's recording is made here, in Node, with the SDK's own client (so the URLs
// are the ones the widget's client asks for): municipalities and topics come from the running
// mock; the result pages hold the generated results in the mock's order (newest update first),
// PAGE_LIMIT_MAX a page, in summary form (`fields=summary`: each result projected through the
// SDK's `ResultSummary` schema, as the mock serves it), as the widget asks for them. The mock
// itself is not asked for those pages: it re-sorts every result on every page request (≈ 0.2 s a
// page at 10 000 results, ≈ 2 s at 100 000), which would make a 100 000-result recording take
// half an hour.
import { writeFileSync } from 'node:fs';
import { createClient, PAGE_LIMIT_MAX, ResultSummary } from '@kommunaldialog/sdk';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Result pages keyed by the cursor that asks for them (`undefined` for the first), each result as
 * its summary: the schema's parse keeps the keys it names, in its order, and drops the rest.
 */
function resultPages(results, size) {
  const sorted = results
    .map((result) => ({ result, updated: Date.parse(result.updatedAt) }))
    .sort(
      (a, b) => b.updated - a.updated || (a.result.id < b.result.id ? -1 : a.result.id > b.result.id ? 1 : 0),
    )
    .map(({ result }) => ResultSummary.parse(result));
  const pages = new Map();
  for (let start = 0, i = 0; start < sorted.length || i === 0; start += size, i++) {
    const next = start + size < sorted.length ? `bench-page-${i + 1}` : null;
    pages.set(i === 0 ? undefined : `bench-page-${i}`, {
      items: sorted.slice(start, start + size),
      nextCursor: next,
    });
  }
  return pages;
}

/**
 * Writes `file`: every answer the results map needs for `municipality` (its client lists
 * results with `{ municipality, limit: PAGE_LIMIT_MAX, fields: 'summary' }`, municipalities and
 * topics). Leaflet.markercluster's page reads the same result bodies.
 */
export async function recordResults({ api, baseUrl, results, municipality, file }) {
  const pages = resultPages(results, PAGE_LIMIT_MAX);
  const recording = {};
  const fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const { pathname, searchParams } = new URL(url);
    let response;
    if (pathname.endsWith('/results')) {
      const page = pages.get(searchParams.get('cursor') ?? undefined);
      if (!page) throw new Error(`no recorded page for ${url}`);
      if (searchParams.get('fields') !== 'summary') throw new Error(`the map lists summaries, not ${url}`);
      response = new Response(JSON.stringify(page), { headers: { 'content-type': JSON_TYPE } });
    } else {
      response = await api.fetch(new Request(url, { headers: init?.headers }));
    }
    const body = await response.text();
    const headers = {};
    for (const name of ['content-type', 'etag']) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    recording[url] = { status: response.status, headers, body };
    return new Response(body, { status: response.status, headers });
  };
  const client = createClient({ baseUrl, fetch });
  let count = 0;
  for await (const _result of client.results.list({ municipality, limit: PAGE_LIMIT_MAX, fields: 'summary' })) count++;
  for await (const _m of client.municipalities.list()) void _m;
  for await (const _t of client.topics.list()) void _t;
  writeFileSync(file, JSON.stringify(recording));
  return count;
}
