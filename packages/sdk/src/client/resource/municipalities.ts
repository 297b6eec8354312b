import { pageOf } from '../../schemas/common.js';
import { Municipality } from '../../schemas/municipality.js';
import type { Http, RequestOptions } from '../http.js';
import { PagePromise } from '../page-promise.js';

const MunicipalityPage = /* @__PURE__ */ pageOf(Municipality);

const segment = encodeURIComponent;

export interface MunicipalitiesResource {
  /** All participating municipalities. */
  list(options?: RequestOptions): PagePromise<Municipality>;
  get(id: string, options?: RequestOptions): Promise<Municipality>;
}

export function municipalities(http: Http): MunicipalitiesResource {
  return {
    list: (options) =>
      new PagePromise((cursor) => http.get('/municipalities', MunicipalityPage, { cursor }, options)),
    get: (id, options) => http.get(`/municipalities/${segment(id)}`, Municipality, undefined, options),
  };
}
