// Fixtures shared by the calendar's browser tests (not shipped: excluded from the build).
import type { DialogEvent } from '@kommunaldialog/sdk';

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
