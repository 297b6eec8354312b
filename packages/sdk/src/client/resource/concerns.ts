import { ChallengeCheck } from '../../checks/concern.js';
import { ConcernReceiptCheck } from '../../checks/concern-status.js';
import { ConcernSubmission, type Challenge } from '../../schemas/concern.js';
import type { ConcernReceipt, ConcernStatus } from '../../schemas/concern-status.js';
import type { Http, RequestOptions, SubmitOptions } from '../http.js';
import { checkedBody } from '../checked-body.js';
import { withIdempotencyKey } from '../idempotency-key.js';
import { concernStatus } from './concern-status.js';

export interface ConcernsResource {
  /** A fresh proof-of-work challenge; single use, never served from cache. */
  challenge(options?: RequestOptions): Promise<Challenge>;
  /** Submits a concern; resolves with the public reference (`KD-2026-000123`). Retried safely. */
  submit(submission: ConcernSubmission, options?: SubmitOptions): Promise<ConcernReceipt>;
  /** The public timeline of a concern (what {@link concernStatus} answers on its own). */
  status(reference: string, options?: RequestOptions): Promise<ConcernStatus>;
}

export function concerns(http: Http): ConcernsResource {
  const statuses = concernStatus(http);
  return {
    challenge: (options) => http.get('/challenge', ChallengeCheck, undefined, { ...options, fresh: true }),
    submit: async (submission, options) =>
      http.post(
        '/concerns',
        checkedBody(ConcernSubmission, submission),
        ConcernReceiptCheck,
        withIdempotencyKey(options),
      ),
    status: (reference, options) => statuses.get(reference, options),
  };
}
