import { http, HttpResponse, type HttpHandler } from 'msw';
import { createMockApi } from './app.js';
import { DROP_HEADER } from './context.js';
import { toCoreRequest } from './fetch.js';
import type { MockApi, MockApiOptions } from './types.js';

export interface MswHandlerOptions extends MockApiOptions {
  /** Where the client sends its requests, e.g. `https://api.example/v1` or `/api/v1`. */
  baseUrl: string;
  /** An existing mock to answer with (its options are used instead of these). */
  api?: MockApi;
}

/** MSW 2 request handlers, plus the mock behind them (for its `control`). */
export type MockHandlers = HttpHandler[] & { api: MockApi };

/**
 * MSW handlers that answer every request below `baseUrl` with the mock's core, in the browser
 * (Storybook) or in Node (`setupServer`). A "drop the connection" fault becomes a network error.
 */
export function createMswHandlers(options: MswHandlerOptions): MockHandlers {
  const { api: given, baseUrl, ...apiOptions } = options;
  const api = given ?? createMockApi(apiOptions);
  const base = baseUrl.replace(/\/+$/, '');
  const basePath = apiOptions.basePath ?? '/v1';
  const handler = http.all(`${base}/*`, async ({ request }) => {
    const core = await toCoreRequest(request, base, basePath);
    if (core === undefined) return undefined;
    const response = await api.fetch(core);
    if (response.headers.has(DROP_HEADER)) return HttpResponse.error();
    return response;
  });
  return Object.assign([handler], { api });
}
