import { ConcernStatusCheck } from '../../checks/concern-status.js';
import type { ConcernStatus } from '../../schemas/concern-status.js';
import type { Http, RequestOptions } from '../http.js';

/** The public timeline of concerns, for code that does not submit any (the status widget). */
export interface ConcernStatusResource {
  /** The public timeline of the concern with this reference (`KD-2026-000123`). */
  get(reference: string, options?: RequestOptions): Promise<ConcernStatus>;
}

export function concernStatus(http: Http): ConcernStatusResource {
  return {
    get: (reference, options) =>
      http.get(`/concerns/${encodeURIComponent(reference)}`, ConcernStatusCheck, undefined, options),
  };
}
