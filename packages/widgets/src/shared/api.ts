import type { Http } from '@kommunaldialog/sdk/resources';

/**
 * The SDK resources one widget uses, built once per transport. Tasks compare their arguments by
 * identity, so the same API URL must yield the same object or every render would reload.
 *
 * @example
 * const calendarApi = resourcesPerApi((http) => ({ events: events(http), topics: topics(http) }));
 * calendarApi(this.http).events.list(query);
 */
export function resourcesPerApi<T extends object>(make: (http: Http) => T): (http: Http) => T {
  const made = new WeakMap<Http, T>();
  return (http) => {
    let resources = made.get(http);
    if (!resources) made.set(http, (resources = make(http)));
    return resources;
  };
}
