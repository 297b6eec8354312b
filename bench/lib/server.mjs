// One mock server on loopback for every browser benchmark: the API (the seed, with the 5 000
// events in the current month of the `many` scenario), the CDN files, the benchmark pages and
// bench/.work (peer bundles and recordings).
import { createScenarioApi, startServer } from '@kommunaldialog/api-mock/node';

/** Municipality every benchmark result lies in: the map then clusters them all (no per-town groups). */
export const MAP_MUNICIPALITY = 'tuebingen';

export async function startBenchServer({ cdnDir, pagesDir, workDir }) {
  const { events } = createScenarioApi('many').control.dataset();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    rateLimit: false,
    dataset: { events },
    staticDirs: [
      { prefix: '/cdn/', dir: cdnDir },
      { prefix: '/bench/', dir: pagesDir },
      { prefix: '/work/', dir: workDir },
    ],
  });
  return {
    url: server.url,
    api: server.api,
    events: events.length,
    close: () => server.close(),
  };
}
