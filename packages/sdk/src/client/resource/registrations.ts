import { RegistrationCheck } from '../../checks/event.js';
import { RegistrationRequest, type Registration } from '../../schemas/event.js';
import type { Http, SubmitOptions } from '../http.js';
import { checkedBody } from '../checked-body.js';
import { withIdempotencyKey } from '../idempotency-key.js';

const segment = encodeURIComponent;

export interface RegistrationsResource {
  /** Registers for an event; the result is `confirmed` or `waitlisted`. Retried safely. */
  create(eventId: string, request: RegistrationRequest, options?: SubmitOptions): Promise<Registration>;
}

export function registrations(http: Http): RegistrationsResource {
  return {
    // async: invalid input rejects the promise like every other failure, it never throws.
    create: async (eventId, request, options) =>
      http.post(
        `/events/${segment(eventId)}/registrations`,
        checkedBody(RegistrationRequest, request),
        RegistrationCheck,
        withIdempotencyKey(options),
      ),
  };
}
