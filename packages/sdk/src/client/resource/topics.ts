import { pageOf } from '../../schemas/common.js';
import { Topic } from '../../schemas/topic.js';
import type { Http, RequestOptions } from '../http.js';
import { PagePromise } from '../page-promise.js';

const TopicPage = /* @__PURE__ */ pageOf(Topic);

export interface TopicsResource {
  list(options?: RequestOptions): PagePromise<Topic>;
}

export function topics(http: Http): TopicsResource {
  return {
    list: (options) => new PagePromise((cursor) => http.get('/topics', TopicPage, { cursor }, options)),
  };
}
