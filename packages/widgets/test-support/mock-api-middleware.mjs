// Serves the real API mock to the browser tests under /mock/<scenario>[-<name>]/v1, one fresh
// instance per distinct name, so tests that inject faults or submit data do not see each other.
import { getRequestListener } from '@hono/node-server';
import { createScenarioApi, DROP_HEADER } from '@kommunaldialog/api-mock';

const PREFIX = /^\/mock\/([a-z0-9-]+)(\/v1(?:\/.*)?)$/;

export function mockApiMiddleware() {
  const instances = new Map();
  const listeners = new Map();

  function listenerFor(name) {
    let listener = listeners.get(name);
    if (!listener) {
      const basePath = `/mock/${name}/v1`;
      const api = createScenarioApi(name, { control: true, basePath, rateLimit: false, minFillMs: 300 });
      instances.set(name, api);
      listener = getRequestListener(async (request, env) => {
        // The control endpoints live below the API path for tests: <api>/__mock/… → /__mock/…
        const url = new URL(request.url);
        const control = url.pathname.indexOf('/__mock');
        const forwarded =
          control >= 0 ? new Request(new URL(url.pathname.slice(control) + url.search, url), request) : request;
        const response = await api.fetch(forwarded, { clientAddress: env.incoming.socket.remoteAddress });
        if (response.headers.has(DROP_HEADER)) {
          env.incoming.socket.destroy();
          return new Response(null);
        }
        return response;
      });
      listeners.set(name, listener);
    }
    return listener;
  }

  const middleware = async (ctx, next) => {
    const match = PREFIX.exec(ctx.path);
    if (!match) return next();
    ctx.respond = false;
    await listenerFor(match[1])(ctx.req, ctx.res);
  };
  middleware.close = () => {
    for (const api of instances.values()) api.close();
  };
  return middleware;
}
