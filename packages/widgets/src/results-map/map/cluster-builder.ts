import { trustedScriptURL } from '../../shared/namespace.js';
import { buildResultCluster, unpackResultCluster, type PackedIndex, type ResultCluster } from './cluster-build.js';

/** The worker's answer to job `id`. */
type WorkerAnswer = (PackedIndex & { id: number }) | { id: number; error: string };

/** Set when this module runs as TypeScript source (a dev server such as the test runner's). */
const SOURCE_WORKER = new URL(import.meta.url).pathname.endsWith('.ts') ? 'cluster.worker.ts' : undefined;

function spawnWorker(): Worker {
  // Source served as TypeScript has no compiled worker next to it. The name is a variable there
  // on purpose: bundlers then leave that branch alone and bundle the literal `.js` worker below.
  if (SOURCE_WORKER) return new Worker(new URL(SOURCE_WORKER, import.meta.url), { type: 'module' });
  // Pages with Trusted Types in their CSP accept the URL only through our policy.
  return new Worker(trustedScriptURL(new URL('./cluster.worker.js', import.meta.url)), { type: 'module' });
}

/** A macrotask between zoom levels: input and painting get their turn. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Why a build was dropped: a newer one replaced it, or the map went away. */
export class BuildCancelled extends Error {}

/** Where an index was built: `worker`, or `main` (one zoom level per task) where the page forbids workers. */
export type BuiltIn = 'worker' | 'main';

/**
 * Builds cluster indexes for one map: in a module worker (started with the first job), or, where
 * the page's CSP forbids workers or the worker fails, on the main thread (a large set one zoom
 * level per task).
 */
export class ClusterBuilder {
  #worker: Worker | undefined;
  #failed = false;
  /** Settles the job in flight; a worker that fails rejects it and is not tried again. */
  #pending: { id: number; resolve(packed: PackedIndex): void; reject(error: Error): void } | undefined;
  #jobs = 0;
  /** Where the last index was built; undefined when the main thread built it in one go. */
  builtIn: BuiltIn | undefined;

  /**
   * Starts the worker now, so that it is ready when a large set arrives (the map is usually
   * created while its results are still loading); false where the page forbids workers.
   */
  prepare(): boolean {
    return this.#start();
  }

  /** Starts the worker unless it runs; false where the page forbids it. */
  #start(): boolean {
    if (this.#worker) return true;
    if (this.#failed) return false;
    try {
      const worker = spawnWorker();
      worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
        const pending = this.#pending;
        // The answer to a job that a newer one replaced: nobody waits for it.
        if (!pending || pending.id !== event.data.id) return;
        this.#pending = undefined;
        if ('error' in event.data) pending.reject(new Error(event.data.error));
        else pending.resolve(event.data);
      });
      // A script the CSP blocks, or one that fails to load, ends up here.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.#fail();
      });
      this.#worker = worker;
      return true;
    } catch {
      // `worker-src` (or Trusted Types without our policy) forbids it: the main thread it is.
      this.#failed = true;
      return false;
    }
  }

  #fail(): void {
    this.#failed = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.reject(new Error('The clustering worker could not run.'));
  }

  /**
   * The index of `points` (packed `[lng, lat, status, …]`) clustered up to `maxZoom`. Without a
   * worker the main thread builds it, one zoom level per task when `sliced`.
   */
  async build(points: Float64Array, maxZoom: number, sliced: boolean): Promise<ResultCluster> {
    if (this.#start()) {
      try {
        const packed = await this.#inWorker(points, maxZoom);
        this.builtIn = 'worker';
        return unpackResultCluster(packed, points);
      } catch (error) {
        if (error instanceof BuildCancelled) throw error;
        // The worker failed: the main thread builds it.
      }
    }
    const index = await buildResultCluster(points, maxZoom, sliced ? pause : undefined);
    this.builtIn = sliced ? 'main' : undefined;
    return index;
  }

  #inWorker(points: Float64Array, maxZoom: number): Promise<PackedIndex> {
    // One job at a time: a newer one (the filters changed) supersedes the one in flight.
    this.#pending?.reject(new BuildCancelled('superseded'));
    const id = ++this.#jobs;
    return new Promise<PackedIndex>((resolve, reject) => {
      this.#pending = { id, resolve, reject };
      // A copy goes over: the caller keeps its points for the index it gets back.
      this.#worker!.postMessage({ id, points, maxZoom });
    });
  }

  /** Stops the worker (the map is gone). */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#pending?.reject(new BuildCancelled('disposed'));
    this.#pending = undefined;
  }
}
