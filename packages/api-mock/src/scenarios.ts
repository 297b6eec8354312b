import { moveIntoMonth } from './scenario-dates.js';
import { createMockApi } from './app.js';
import { DROP_HEADER } from './context.js';
import { generateEvents, generateResults } from './seed/generate.js';
import type { Dataset } from './seed/index.js';
import type { MockApi, MockApiOptions } from './types.js';

/**
 * Named states of the API that widget tests and Storybook stories ask for by name, so that
 * "empty", "error" or "5 000 events" look the same wherever a widget is shown in that state.
 */
export const SCENARIOS = ['default', 'empty', 'slow', 'error', 'invalid', 'offline', 'many'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** `empty-calendar-2` → `empty`; names that start with no known scenario are `default`. */
export function scenarioOf(name: string): Scenario {
  const head = name.split('-')[0] ?? '';
  return (SCENARIOS as readonly string[]).includes(head) ? (head as Scenario) : 'default';
}

/** Events generated for the `many` scenario, all in the current month. */
export const MANY_EVENTS = 5_000;
/** Results generated for the `many` scenario. */
export const MANY_RESULTS = 10_000;

/**
 * A mock instance in the given scenario. `options` are passed on (a test's clock, control
 * endpoints, base path); the scenario's own settings win where they overlap.
 */
export function createScenarioApi(name: string, options: MockApiOptions = {}): MockApi {
  const scenario = scenarioOf(name);
  switch (scenario) {
    case 'empty':
      return createMockApi({ ...options, dataset: emptyDataset });
    case 'slow':
      return createMockApi({ ...options, faults: { ...options.faults, latencyMs: 1500 } });
    case 'error':
      return createMockApi({ ...options, faults: { ...options.faults, errorRate: 1 } });
    case 'many':
      return createMockApi({ ...options, dataset: (seed) => manyDataset(seed, options.now?.() ?? new Date()) });
    case 'invalid':
      return withResponses(createMockApi(options), corruptJson);
    case 'offline':
      return withResponses(createMockApi(options), dropConnection);
    default:
      return createMockApi(options);
  }
}

function emptyDataset(seed: Dataset): Dataset {
  return { ...seed, events: [], results: [], concerns: [], waitlists: {} };
}

/** 5 000 events squeezed into the current month (keeping their times of day) and 10 000 results. */
function manyDataset(seed: Dataset, now: Date): Dataset {
  const events = generateEvents(MANY_EVENTS, { now, idPrefix: 'many' }).map((event, i) => {
    const { recurrence: _dropped, ...single } = event;
    return { ...single, ...moveIntoMonth(event.start, event.end, now, i) };
  });
  events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { ...seed, events, results: generateResults(MANY_RESULTS, { now, idPrefix: 'many' }) };
}

function withResponses(api: MockApi, change: (response: Response) => Promise<Response>): MockApi {
  return {
    ...api,
    fetch: async (request, info) => {
      const response = await api.fetch(request, info);
      return new URL(request.url).pathname.includes('/__mock') ? response : change(response);
    },
  };
}

/** A body the SDK's schemas reject: the shape is kept recognisable, the content is not. */
async function corruptJson(response: Response): Promise<Response> {
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return response;
  const body: unknown = await response.json();
  const broken =
    body !== null && typeof body === 'object' && 'items' in body
      ? { items: [{ id: 'Not a valid id!', title: 42 }], nextCursor: null }
      : { id: 'Not a valid id!', title: 42 };
  const headers = new Headers(response.headers);
  headers.delete('etag');
  headers.delete('content-length');
  return new Response(JSON.stringify(broken), { status: response.status, headers });
}

async function dropConnection(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(DROP_HEADER, '1');
  return new Response(null, { status: 503, headers });
}
