import { createHttp, type ClientOptions } from './http.js';
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

export type { ClientOptions };

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
  const http = createHttp(options);
  return {
    baseUrl: http.baseUrl,
    municipalities: municipalities(http),
    topics: topics(http),
    events: events(http),
    registrations: registrations(http),
    concerns: concerns(http),
    results: results(http),
  };
}
