/**
 * Builds the results map's cluster index off the main thread. Message in: `{ id, points, maxZoom }`
 * (points packed `[lng, lat, status, …]`); message out: `{ id }` with the packed index (its buffers moved, not
 * copied), or `{ error }`.
 */
import { buildResultCluster, packResultCluster, transferables } from './cluster-build.js';

interface Job {
  id: number;
  points: Float64Array;
  maxZoom: number;
}

addEventListener('message', (event: MessageEvent<Job>) => {
  const { id, points, maxZoom } = event.data;
  buildResultCluster(points, maxZoom).then(
    (index) => {
      const packed = packResultCluster(index, maxZoom);
      postMessage({ id, ...packed }, { transfer: transferables(packed) });
    },
    (error: unknown) => postMessage({ id, error: String(error) }),
  );
});
