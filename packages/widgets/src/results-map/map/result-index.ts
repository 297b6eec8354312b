import type { BBox, Municipality, ResultStatus, ResultSummary } from '@kommunaldialog/sdk';
import { representativePoint, resultsBounds, type Position } from '../geometry.js';
import { STATUS_ORDER } from '../status.js';
import { BuildCancelled, type BuiltIn, type ClusterBuilder } from './cluster-builder.js';
import { buildResultCluster, POINT_STRIDE, type ClusterProps, type PointProps, type ResultCluster } from './cluster-build.js';

export type StatusCounts = Record<ResultStatus, number>;

/** What the map draws at one place. */
export type MapItem =
  | { kind: 'result'; key: string; position: Position; result: ResultSummary }
  /** A result with `precision: area`: drawn as its polygon (or an approximate circle), never as a point. */
  | { kind: 'area'; key: string; position: Position; result: ResultSummary }
  | { kind: 'cluster'; key: string; position: Position; clusterId: number; counts: StatusCounts; total: number }
  | { kind: 'group'; key: string; position: Position; municipality: string; name: string; bounds: BBox; counts: StatusCounts; total: number };

export function emptyCounts(): StatusCounts {
  return { idea: 0, planned: 0, 'in-progress': 0, done: 0, discarded: 0 };
}

/** The counts in STATUS_ORDER (`c0` = idea … `c4` = discarded). */
function countsOf(p: ClusterProps): StatusCounts {
  return { idea: p.c0, planned: p.c1, 'in-progress': p.c2, done: p.c3, discarded: p.c4 };
}

const STATUS_INDEX = new Map(STATUS_ORDER.map((status, i) => [status, i]));

/**
 * Below this many results the index is built right here, in one go: a worker's answer would take
 * longer than the clustering. From here on the worker builds it (where the page allows one)
 * while the main thread renders the list; a first page of the API's 1 000 goes there too.
 */
export const WORKER_BUILD_MIN = 1_000;

/**
 * Where no worker may run: up to this many results the main thread builds the index in one go
 * (≈ 0.1 s at 10 000), above it one zoom level per task, so that no task blocks the page long.
 */
export const INLINE_BUILD_LIMIT = 20_000;

/**
 * The results of the map, clustered with supercluster (counts per status through map/reduce)
 * and, for the state-wide view, grouped per municipality. Large sets are clustered by the
 * `ClusterBuilder` (a worker, or the main thread in slices).
 */
export class ResultIndex {
  private cluster: ResultCluster | undefined;
  private results: readonly ResultSummary[] = [];
  /** Packed `[lng, lat, status, …]`, one entry per result (the clustering's input too). */
  private points = new Float64Array(0);
  /** Index of each result by id, made when first asked for (100 000 ids take ≈ 0.1 s). */
  private idIndex: Map<string, number> | undefined;
  /** The groups of the state-wide view, made when first asked for (a municipality's map has none). */
  private groupItems: MapItem[] | undefined;
  private municipalities: ReadonlyMap<string, Municipality> = new Map();
  private allBounds: BBox | undefined;
  private loads = 0;
  /** Where the current index was built: see {@link ResultIndex.builtIn}. */
  private builtWhere: BuiltIn | undefined;

  /** `maxZoom`: the last zoom that clusters; one more and every result stands alone. */
  constructor(
    private readonly maxZoom: number,
    private readonly builder: ClusterBuilder,
  ) {}

  /** True once a set of results is indexed. */
  get ready(): boolean {
    return this.cluster !== undefined;
  }

  /**
   * Where the current index was built: `worker`, `main` (one zoom level per task, where the page
   * forbids workers), or undefined (on the main thread in one go).
   */
  get builtIn(): BuiltIn | undefined {
    return this.builtWhere;
  }

  /**
   * Indexes `results`; resolves to false when a later `load` replaced this one before it was
   * done (the index then holds the later results, or still the earlier ones).
   */
  async load(results: readonly ResultSummary[], municipalities: ReadonlyMap<string, Municipality>): Promise<boolean> {
    const load = ++this.loads;
    const count = results.length;
    const points = new Float64Array(count * POINT_STRIDE);
    // Positions and bounds in one pass with plain loops: it runs once per result and polygon
    // corner, in a page whose code is not optimised yet (iterators and closures cost there).
    let w = 180;
    let s = 90;
    let e = -180;
    let n = -90;
    for (let i = 0, k = 0; i < count; i++, k += POINT_STRIDE) {
      const r = results[i]!;
      const g = r.geometry;
      let lng: number;
      let lat: number;
      if (g.type === 'Point') {
        lng = g.coordinates[0];
        lat = g.coordinates[1];
        if (lng < w) w = lng;
        if (lng > e) e = lng;
        if (lat < s) s = lat;
        if (lat > n) n = lat;
      } else {
        const rings = g.coordinates;
        for (let j = 0; j < rings.length; j++) {
          const ring = rings[j]!;
          for (let v = 0; v < ring.length; v++) {
            const x = ring[v]![0]!;
            const y = ring[v]![1]!;
            if (x < w) w = x;
            if (x > e) e = x;
            if (y < s) s = y;
            if (y > n) n = y;
          }
        }
        const centre = representativePoint(g);
        lng = centre[0];
        lat = centre[1];
      }
      points[k] = lng;
      points[k + 1] = lat;
      points[k + 2] = STATUS_INDEX.get(r.status) ?? 0;
    }
    let cluster: ResultCluster;
    let builtIn: BuiltIn | undefined;
    try {
      if (count < WORKER_BUILD_MIN) {
        cluster = await buildResultCluster(points, this.maxZoom);
      } else {
        cluster = await this.builder.build(points, this.maxZoom, count > INLINE_BUILD_LIMIT);
        builtIn = this.builder.builtIn;
      }
    } catch (error) {
      if (error instanceof BuildCancelled) return false;
      throw error;
    }
    if (load !== this.loads) return false;
    this.cluster = cluster;
    this.builtWhere = builtIn;
    this.results = results;
    this.points = points;
    this.idIndex = undefined;
    this.allBounds = count > 0 ? [w, s, e, n] : undefined;
    this.municipalities = municipalities;
    this.groupItems = undefined;
    return true;
  }

  private buildGroups(): MapItem[] {
    const members = new Map<string, ResultSummary[]>();
    for (const r of this.results) {
      const list = members.get(r.municipality);
      if (list) list.push(r);
      else members.set(r.municipality, [r]);
    }
    return [...members].map(([id, list]) => {
      const m = this.municipalities.get(id);
      const counts = emptyCounts();
      for (const r of list) counts[r.status]++;
      const bounds = m?.bbox ?? resultsBounds(list)!;
      const position: Position = m ? [m.centre.lng, m.centre.lat] : [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
      return { kind: 'group', key: `g:${id}`, position, municipality: id, name: m?.name ?? id, bounds, counts, total: list.length };
    });
  }

  private get byId(): Map<string, number> {
    if (!this.idIndex) this.idIndex = new Map(this.results.map((r, i) => [r.id, i]));
    return this.idIndex;
  }

  private positionAt(i: number): Position {
    return [this.points[i * POINT_STRIDE]!, this.points[i * POINT_STRIDE + 1]!];
  }

  private itemOf(i: number, position?: Position): MapItem | undefined {
    const result = this.results[i];
    if (!result) return undefined;
    const at = position ?? this.positionAt(i);
    return result.precision === 'area'
      ? { kind: 'area', key: `a:${result.id}`, position: at, result }
      : { kind: 'result', key: `r:${result.id}`, position: at, result };
  }

  /** Clusters and single results inside `bbox` at `zoom`. */
  items(bbox: BBox, zoom: number): MapItem[] {
    if (!this.cluster) return [];
    return this.cluster.getClusters(bbox, Math.round(zoom)).flatMap((f): MapItem[] => {
      const p = f.properties;
      if ('cluster' in p && p.cluster) {
        const position: Position = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
        return [{ kind: 'cluster', key: `c:${p.cluster_id}`, position, clusterId: p.cluster_id, counts: countsOf(p), total: p.point_count }];
      }
      const item = this.itemOf((p as PointProps).i);
      return item ? [item] : [];
    });
  }

  /** One group per municipality. */
  groups(): MapItem[] {
    this.groupItems ??= this.buildGroups();
    return this.groupItems;
  }

  /** A single result as a map item (the selected one, drawn even when it is in a cluster). */
  single(id: string): MapItem | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.itemOf(i);
  }

  result(id: string): ResultSummary | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.results[i];
  }

  position(id: string): Position | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.positionAt(i);
  }

  expansionZoom(clusterId: number): number {
    return this.cluster?.getClusterExpansionZoom(clusterId) ?? this.maxZoom + 1;
  }

  /** The lowest zoom from `from` on at which the result is no longer part of a cluster. */
  unclusteredZoom(id: string, from: number): number {
    const position = this.position(id);
    const i = this.byId.get(id);
    if (!position || i === undefined || !this.cluster) return from;
    const [lng, lat] = position;
    const e = 1e-6;
    for (let zoom = Math.max(0, Math.round(from)); zoom <= this.maxZoom; zoom++) {
      const here = this.cluster.getClusters([lng - e, lat - e, lng + e, lat + e], zoom);
      if (here.some((f) => !('cluster' in f.properties) && f.properties.i === i)) return zoom;
    }
    return this.maxZoom + 1;
  }

  /** Bounds of every result (their full geometry), or undefined for none. */
  bounds(): BBox | undefined {
    return this.allBounds;
  }
}
