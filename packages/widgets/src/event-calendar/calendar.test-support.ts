// Fixtures shared by the calendar's browser tests (not shipped: excluded from the build).
import type { DialogEvent } from '@kommunaldialog/sdk';
import { createMockFetch } from '@kommunaldialog/api-mock';

/** A valid event in Tübingen; `extra` overrides any field. */
export function event(id: string, start: string, end: string, extra: Partial<DialogEvent> = {}): DialogEvent {
  return {
    id,
    municipality: 'tuebingen',
    title: `Termin ${id}`,
    description: 'Beschreibung',
    format: 'runder-tisch',
    topics: ['zusammenleben'],
    start,
    end,
    allDay: false,
    timeZone: 'Europe/Berlin',
    venue: { name: 'Rathaus', street: 'Am Markt 1', postalCode: '72070', city: 'Tübingen', lat: 48.52036, lng: 9.05284 },
    accessibility: { stepFree: true, hearingLoop: true, signLanguage: false, interpretation: ['ar', 'uk'], childcare: false },
    registration: { required: false, waitlist: false },
    status: 'scheduled',
    organizer: { name: 'Integrationsbeauftragte', email: 'integration@tuebingen.de', phone: '+49 7071 204-0' },
    updatedAt: '2026-11-01T10:00:00+01:00',
    ...extra,
  };
}

/**
 * Serves `events` from the real mock core inside the page: each `api()` call returns a fresh API
 * base that the swapped-in `fetch` answers (other URLs go to the real fetch), faults included
 * (`POST <api>/__mock/faults`). Every URL the mock was asked for lands in `requests`. The real
 * `fetch` is put back after each test.
 */
export function syntheticApis(events: DialogEvent[], name: string): { api(): string; requests: string[] } {
  let count = 0;
  const requests: string[] = [];
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });
  return {
    requests,
    api() {
      const base = `https://${name}-${++count}.test/v1`;
      const mock = createMockFetch({ baseUrl: base, dataset: (seed) => ({ ...seed, events }), rateLimit: false, control: true });
      const previous = globalThis.fetch;
      globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        const url = input instanceof Request ? input.url : String(input);
        if (!url.startsWith(base)) return previous(input, init);
        requests.push(url);
        return mock(input, init);
      }) as typeof fetch;
      const outer = restore;
      restore = () => {
        globalThis.fetch = previous;
        outer?.();
      };
      return base;
    },
  };
}

/** Sets faults of the mock behind `api` (see the mock's `FaultSettings`). */
export async function setFaults(api: string, faults: Record<string, number>): Promise<void> {
  const response = await fetch(`${api}/__mock/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`faults not set: ${response.status}`);
}
