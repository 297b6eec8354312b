import { TopicPageCheck } from '../../checks/topic.js';
import type { Topic } from '../../schemas/topic.js';
import type { Http, RequestOptions } from '../http.js';
import { PagePromise } from '../page-promise.js';

export interface TopicsResource {
  list(options?: RequestOptions): PagePromise<Topic>;
}

export function topics(http: Http): TopicsResource {
  return {
    list: (options) => new PagePromise((cursor) => http.get('/topics', TopicPageCheck, { cursor }, options)),
  };
}
