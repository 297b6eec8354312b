/**
 * Building the cluster hierarchy of the results map, the one step that grows with the number of
 * results (≈ 0.1 s at 10 000, ≈ 1 s at 100 000). It runs in a module worker (`cluster.worker.ts`)
 * where the page allows workers, otherwise on the main thread one zoom level at a time with a
 * pause between levels, so that no single task blocks the page for long. Either way the result is
 * a supercluster index the main thread queries synchronously while the map moves.
 *
 * This module must stay free of DOM and Lit code: the worker imports it.
 *
 * It reaches into supercluster 8's internals (`trees`, `points`, `clusterProps`, `_createTree`,
 * `_cluster`): the public `load()` does all levels in one go and its index cannot cross a
 * thread boundary. The browser tests exercise both paths, so a supercluster update that changes
 * these internals fails them.
 */
import Supercluster, { type PointFeature } from 'supercluster';

/** Statuses counted per cluster, as indices into the widget's status order. */
export const STATUS_COUNT = 5;
/** Values per point in the packed input: longitude, latitude, status index. */
export const POINT_STRIDE = 3;
const MIN_ZOOM = 0;
const RADIUS = 60;

/** Per point: index among the results and status index. */
export interface PointProps {
  i: number;
  s: number;
}
/** Per cluster: results per status (flat numbers: supercluster copies properties shallowly). */
export interface ClusterProps {
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
}

export type ResultCluster = Supercluster<PointProps, ClusterProps>;

/** What a worker sends back: each zoom level's KD-tree and cluster data, and the cluster counts. */
export interface PackedIndex {
  maxZoom: number;
  /** Index = zoom; the KD-tree's own buffer (kdbush format) and supercluster's flat data. */
  trees: { tree: ArrayBuffer; data: Float64Array }[];
  /** Five counts per reduced cluster, in supercluster's `clusterProps` order. */
  counts: Float64Array;
}

/** Supercluster's inside, as far as this module uses it. */
interface KdTree {
  ids: { buffer: ArrayBuffer };
  data: ArrayLike<number>;
}
interface KdTreeClass {
  from(buffer: ArrayBuffer): KdTree;
}
interface Internals {
  trees: KdTree[];
  points: unknown[];
  clusterProps: ClusterProps[];
  _createTree(data: number[]): KdTree;
  _cluster(tree: KdTree, zoom: number): number[];
}
const internals = (index: ResultCluster): Internals => index as unknown as Internals;

function clusterOf(p: PointProps): ClusterProps {
  const s = p.s;
  return { c0: s === 0 ? 1 : 0, c1: s === 1 ? 1 : 0, c2: s === 2 ? 1 : 0, c3: s === 3 ? 1 : 0, c4: s === 4 ? 1 : 0 };
}

/** An empty index with the widget's clustering: counts per status through map/reduce. */
export function createResultCluster(maxZoom: number): ResultCluster {
  return new Supercluster<PointProps, ClusterProps>({
    radius: RADIUS,
    minZoom: MIN_ZOOM,
    maxZoom,
    map: clusterOf,
    reduce: (acc, p) => {
      acc.c0 += p.c0;
      acc.c1 += p.c1;
      acc.c2 += p.c2;
      acc.c3 += p.c3;
      acc.c4 += p.c4;
    },
  });
}

/** The features supercluster keeps per point: its index and status, at its position. */
export function pointFeatures(points: Float64Array): PointFeature<PointProps>[] {
  const features: PointFeature<PointProps>[] = [];
  for (let i = 0, k = 0; k < points.length; i++, k += POINT_STRIDE) {
    features.push({
      type: 'Feature',
      properties: { i, s: points[k + 2]! },
      geometry: { type: 'Point', coordinates: [points[k]!, points[k + 1]!] },
    });
  }
  return features;
}

/**
 * The same features as `pointFeatures`, each made when supercluster first hands it out: queries
 * after a worker's build touch only the points in view, and making 100 000 up front would be one
 * long task on the main thread.
 */
function lazyPointFeatures(points: Float64Array): PointFeature<PointProps>[] {
  const made: PointFeature<PointProps>[] = [];
  const length = points.length / POINT_STRIDE;
  return new Proxy(made, {
    get(target, key, receiver) {
      if (key === 'length') return length;
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        const i = Number(key);
        if (i >= length) return undefined;
        const k = i * POINT_STRIDE;
        return (target[i] ??= {
          type: 'Feature',
          properties: { i, s: points[k + 2]! },
          geometry: { type: 'Point', coordinates: [points[k]!, points[k + 1]!] },
        });
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

// Spherical mercator in [0, 1], as supercluster projects (rounded to 32-bit floats as it does).
const lngX = (lng: number): number => Math.fround(lng / 360 + 0.5);
function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return Math.fround(y < 0 ? 0 : y > 1 ? 1 : y);
}

/**
 * Clusters `points` (packed `[lng, lat, status, …]`) on every zoom up to `maxZoom`; the same
 * as supercluster's `load()`, with `pause()` awaited between zoom levels when given.
 */
export async function buildResultCluster(
  points: Float64Array,
  maxZoom: number,
  pause?: () => Promise<void>,
): Promise<ResultCluster> {
  const index = createResultCluster(maxZoom);
  const inside = internals(index);
  inside.points = pointFeatures(points);
  // Supercluster's per-point record: x, y, last zoom, source index, parent, count, props index.
  const data: number[] = [];
  for (let i = 0, k = 0; k < points.length; i++, k += POINT_STRIDE) {
    data.push(lngX(points[k]!), latY(points[k + 1]!), Infinity, i, -1, 1, 0);
  }
  let tree = (inside.trees[maxZoom + 1] = inside._createTree(data));
  for (let z = maxZoom; z >= MIN_ZOOM; z--) {
    if (pause) await pause();
    tree = inside.trees[z] = inside._createTree(inside._cluster(tree, z));
  }
  return index;
}

/** The index as transferable buffers (the worker's answer). */
export function packResultCluster(index: ResultCluster, maxZoom: number): PackedIndex {
  const inside = internals(index);
  const trees: PackedIndex['trees'] = [];
  for (let z = MIN_ZOOM; z <= maxZoom + 1; z++) {
    const tree = inside.trees[z]!;
    trees[z] = { tree: tree.ids.buffer, data: Float64Array.from(tree.data) };
  }
  const props = inside.clusterProps;
  const counts = new Float64Array(props.length * STATUS_COUNT);
  props.forEach((p, i) => counts.set([p.c0, p.c1, p.c2, p.c3, p.c4], i * STATUS_COUNT));
  return { maxZoom, trees, counts };
}

/** Buffers sent with the packed index (moved, not copied). */
export function transferables(packed: PackedIndex): ArrayBuffer[] {
  return [...packed.trees.flatMap((t) => [t.tree, t.data.buffer as ArrayBuffer]), packed.counts.buffer as ArrayBuffer];
}

/** The worker's answer as an index to query, over `points` (the same packed points it was sent). */
export function unpackResultCluster(packed: PackedIndex, points: Float64Array): ResultCluster {
  const index = createResultCluster(packed.maxZoom);
  const inside = internals(index);
  inside.points = lazyPointFeatures(points);
  // The KD-tree class supercluster bundles, from a tree it makes (kdbush is its dependency, not ours).
  const Tree = inside._createTree([]).constructor as unknown as KdTreeClass;
  packed.trees.forEach(({ tree, data }, z) => {
    const restored = Tree.from(tree);
    restored.data = data;
    inside.trees[z] = restored;
  });
  const props: ClusterProps[] = [];
  const { counts } = packed;
  for (let k = 0; k < counts.length; k += STATUS_COUNT) {
    props.push({ c0: counts[k]!, c1: counts[k + 1]!, c2: counts[k + 2]!, c3: counts[k + 3]!, c4: counts[k + 4]! });
  }
  inside.clusterProps = props;
  return index;
}
