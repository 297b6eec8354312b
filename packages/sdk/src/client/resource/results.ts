import { ResultCheck, ResultPageCheck } from '../../checks/result.js';
import type { Result, ResultQuery } from '../../schemas/result.js';
import type { Http, RequestOptions } from '../http.js';
import { PagePromise } from '../page-promise.js';
import { withoutPaging } from '../query.js';

/** Filters of the GeoJSON export: those of `results.list` without paging. */
export type ResultFeedQuery = Omit<ResultQuery, 'cursor' | 'limit'>;

const segment = encodeURIComponent;

export interface ResultsResource {
  list(query?: ResultQuery, options?: RequestOptions): PagePromise<Result>;
  get(id: string, options?: RequestOptions): Promise<Result>;
  /** Absolute URL of the GeoJSON FeatureCollection with these filters. */
  geojsonUrl(query?: ResultFeedQuery): string;
}

export function results(http: Http): ResultsResource {
  return {
    list: (query, options) =>
      new PagePromise((cursor) =>
        http.get('/results', ResultPageCheck, { ...query, cursor: cursor ?? query?.cursor }, options),
      ),
    get: (id, options) => http.get(`/results/${segment(id)}`, ResultCheck, undefined, options),
    geojsonUrl: (query) => http.url('/results.geojson', withoutPaging(query)),
  };
}
