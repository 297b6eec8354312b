import { MunicipalityCheck, MunicipalityPageCheck } from '../../checks/municipality.js';
import type { Municipality } from '../../schemas/municipality.js';
import type { Http, RequestOptions } from '../http.js';
import { PagePromise } from '../page-promise.js';

const segment = encodeURIComponent;

export interface MunicipalitiesResource {
  /** All participating municipalities. */
  list(options?: RequestOptions): PagePromise<Municipality>;
  get(id: string, options?: RequestOptions): Promise<Municipality>;
}

export function municipalities(http: Http): MunicipalitiesResource {
  return {
    list: (options) =>
      new PagePromise((cursor) => http.get('/municipalities', MunicipalityPageCheck, { cursor }, options)),
    get: (id, options) => http.get(`/municipalities/${segment(id)}`, MunicipalityCheck, undefined, options),
  };
}
