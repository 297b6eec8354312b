import { ResultCheck, ResultPageCheck, ResultSummaryPageCheck } from '../../checks/result.js';
import type { Result, ResultQuery, ResultSummary } from '../../schemas/result.js';
import type { Http, RequestOptions } from '../http.js';
import { PagePromise } from '../page-promise.js';
import { feedQuery } from '../query.js';

/** Filters of the GeoJSON export: those of `results.list` without paging. */
export type ResultFeedQuery = Omit<ResultQuery, 'cursor' | 'limit' | 'fields'>;

const segment = encodeURIComponent;

export interface ResultsResource {
  /**
   * Results, one page awaited or all of them with `for await`. With `fields: 'summary'`, each is a
   * `ResultSummary`: enough for a map and a list at a fraction of the bytes; `get` has the rest.
   */
  list(query: ResultQuery & { fields: 'summary' }, options?: RequestOptions): PagePromise<ResultSummary>;
  list(query?: ResultQuery & { fields?: undefined }, options?: RequestOptions): PagePromise<Result>;
  get(id: string, options?: RequestOptions): Promise<Result>;
  /** Absolute URL of the GeoJSON FeatureCollection with these filters. */
  geojsonUrl(query?: ResultFeedQuery): string;
}

export function results(http: Http): ResultsResource {
  return {
    list: ((query?: ResultQuery, options?: RequestOptions) => {
      const check = query?.fields === 'summary' ? ResultSummaryPageCheck : ResultPageCheck;
      return new PagePromise((cursor) =>
        http.get('/results', check, { ...query, cursor: cursor ?? query?.cursor }, options),
      );
    }) as ResultsResource['list'],
    get: (id, options) => http.get(`/results/${segment(id)}`, ResultCheck, undefined, options),
    geojsonUrl: (query) => http.url('/results.geojson', feedQuery(query)),
  };
}
