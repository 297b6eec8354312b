import { createHttp, type RetrySettings } from './http.js';
import {
  concerns,
  events,
  municipalities,
  registrations,
  results,
  topics,
  type ConcernsResource,
  type EventsResource,
  type MunicipalitiesResource,
  type RegistrationsResource,
  type ResultsResource,
  type TopicsResource,
} from './resources.js';

export interface ClientOptions {
  /**
   * Base URL of the API including the version, e.g. `https://api.kommunaldialog.de/v1`.
   * A relative URL is resolved against the page (browsers only).
   */
  baseUrl: string;
  /** `fetch` to use instead of the global one (tests, instrumentation, SSR). */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, in ms. @default 15000 */
  timeout?: number;
  /** Retries (network errors, 408, 429, 5xx; for submissions also 409). A number is the limit. @default 2 */
  retry?: number | RetrySettings;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
}

/** Typed, validated access to the Kommunaldialog API. Every value it returns has passed the schemas. */
export interface KommunaldialogClient {
  /** The absolute base URL every request and feed URL starts with. */
  readonly baseUrl: string;
  readonly municipalities: MunicipalitiesResource;
  readonly topics: TopicsResource;
  readonly events: EventsResource;
  readonly registrations: RegistrationsResource;
  readonly concerns: ConcernsResource;
  readonly results: ResultsResource;
}

/**
 * Creates a client. Each client keeps its own small in-memory ETag cache.
 *
 * @example
 * const client = createClient({ baseUrl: 'https://api.kommunaldialog.de/v1' });
 * const { items } = await client.events.list({ municipality: 'tuebingen', from: '2026-12-01' });
 */
export function createClient(options: ClientOptions): KommunaldialogClient {
  const base = new URL(options.baseUrl, globalThis.location?.href).href.replace(/\/+$/, '');
  const http = createHttp({
    baseUrl: base,
    timeout: options.timeout ?? 15_000,
    retry: typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  return {
    baseUrl: base,
    municipalities: municipalities(http),
    topics: topics(http),
    events: events(http),
    registrations: registrations(http),
    concerns: concerns(http),
    results: results(http),
  };
}
