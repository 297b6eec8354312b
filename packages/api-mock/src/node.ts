import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import type { Server } from 'node:http';
import { createMockApi } from './app.js';
import { DROP_HEADER } from './context.js';
import { problemDocument } from './http/problem.js';
import { serveStatic, type StaticDir } from './static.js';
import { SqliteStore } from './store/sqlite.js';
import type { MockApi, MockApiOptions } from './types.js';

export interface ServerOptions extends MockApiOptions {
  /** Port to listen on; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Keep submissions in `<dataDir>/kommunaldialog.sqlite` (ignored when `store` is given). */
  dataDir?: string;
  /** Directories to serve next to the API. */
  staticDirs?: StaticDir[];
}

export interface RunningServer {
  /** Origin the server answers on, e.g. `http://127.0.0.1:8080`. */
  url: string;
  api: MockApi;
  /** Stops accepting connections, ends open ones and closes the store. */
  close(): Promise<void>;
}

/**
 * Starts the mock as an HTTP server: the API under `/v1`, the control endpoints under
 * `/__mock` (with `control: true`), and static directories. Resolves once it listens.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { port = 8080, host = '127.0.0.1', dataDir, staticDirs = [], ...mockOptions } = options;
  const store = mockOptions.store ?? (dataDir === undefined ? undefined : new SqliteStore(dataDir));
  const api = createMockApi({ ...mockOptions, ...(store ? { store } : {}) });
  const basePath = (mockOptions.basePath ?? '/v1').replace(/\/+$/, '');

  const server = createAdaptorServer({
    hostname: host,
    // Leave the process's Request/Response alone: tests run MSW and this server side by side.
    overrideGlobalObjects: false,
    fetch: async (request: Request, env: HttpBindings | Http2Bindings) => {
      const { pathname } = new URL(request.url);
      const isApi = pathname === basePath || pathname.startsWith(`${basePath}/`) || pathname === '/__mock' || pathname.startsWith('/__mock/');
      if (isApi) {
        const response = await api.fetch(request, { clientAddress: env.incoming.socket.remoteAddress });
        if (response.headers.has(DROP_HEADER)) {
          // The record is stored; the client never learns it. This is what the fault is for.
          env.incoming.socket.destroy();
          return new Response(null, { status: 204 });
        }
        return response;
      }
      const file = await serveStatic(staticDirs, request);
      if (file) {
        file.headers.set('x-request-id', crypto.randomUUID());
        return file;
      }
      const doc = problemDocument({ status: 404, code: 'not_found', detail: `Nothing at ${pathname}.` }, crypto.randomUUID(), pathname);
      return new Response(JSON.stringify(doc), {
        status: 404,
        headers: { 'content-type': 'application/problem+json', 'x-request-id': doc.requestId ?? '' },
      });
    },
  }) as Server;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${String(address.port)}`,
    api,
    close() {
      closed ??= new Promise<void>((resolve) => {
        api.close();
        server.close(() => {
          api.store.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

export { SqliteStore, SQLITE_FILE } from './store/sqlite.js';
export { serveStatic, type StaticDir } from './static.js';
export * from './index.js';
