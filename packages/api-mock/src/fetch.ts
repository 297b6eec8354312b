import { createMockApi } from './app.js';
import { DROP_HEADER } from './context.js';
import type { MockApi, MockApiOptions } from './types.js';

export interface MockFetchOptions extends MockApiOptions {
  /** An existing mock to answer with (its options are used instead of these). */
  api?: MockApi;
  /**
   * Base URL the client was given (e.g. `https://api.example/v1`): requests below it are
   * answered by the mock's API, `<baseUrl>/__mock/…` by its control endpoints. Without it,
   * request paths are used as they are (`/v1/events`).
   */
  baseUrl?: string;
}

/** A `fetch`-compatible function backed by the mock, and the mock itself. */
export type MockFetch = ((input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) & { api: MockApi };

/** Base for relative URLs outside a browser page. */
const FALLBACK_ORIGIN = 'http://localhost/';

/**
 * Rewrites a request for the core: the part below `baseUrl` goes to the API's base path, and
 * `__mock` to the control endpoints. Returns undefined when the URL is outside `baseUrl`.
 */
export async function toCoreRequest(request: Request, baseUrl: string | undefined, basePath = '/v1'): Promise<Request | undefined> {
  if (baseUrl === undefined) return request;
  const base = new URL(baseUrl.replace(/\/*$/, '/'), pageOrigin());
  const url = new URL(request.url);
  if (url.origin !== base.origin || !`${url.pathname}/`.startsWith(base.pathname)) return undefined;
  const rest = url.pathname.slice(base.pathname.length - 1);
  const path = rest === '/__mock' || rest.startsWith('/__mock/') ? rest : `${basePath}${rest === '/' ? '' : rest}`;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(new URL(`${path}${url.search}`, url.origin), {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : null,
    signal: request.signal,
  });
}

function pageOrigin(): string {
  const location = (globalThis as { location?: { href?: string } }).location;
  return location?.href ?? FALLBACK_ORIGIN;
}

/**
 * A `fetch` that runs the real mock in-process: give it to the SDK client (or a widget) in tests
 * and stories. A "drop the connection" fault rejects with `TypeError('Failed to fetch')`, as a
 * browser does; aborting the request's signal rejects with its reason.
 */
export function createMockFetch(options: MockFetchOptions = {}): MockFetch {
  const { api: given, baseUrl, ...apiOptions } = options;
  const api = given ?? createMockApi(apiOptions);
  const basePath = apiOptions.basePath ?? '/v1';
  const mockFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(typeof input === 'string' ? new URL(input, pageOrigin()) : input, init);
    const signal = request.signal;
    signal.throwIfAborted();
    const core = await toCoreRequest(request, baseUrl, basePath);
    if (core === undefined) throw new TypeError(`Failed to fetch: ${request.url} is outside the mock's base URL.`);
    const response = await new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      api.fetch(core).then(
        (r) => {
          signal.removeEventListener('abort', onAbort);
          resolve(r);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error as Error);
        },
      );
    });
    if (response.headers.has(DROP_HEADER)) throw new TypeError('Failed to fetch');
    return response;
  };
  return Object.assign(mockFetch, { api });
}
