import Supercluster from 'supercluster';
import type { BBox, Municipality, Result, ResultStatus } from '@kommunaldialog/sdk';
import { representativePoint, resultsBounds, type Position } from '../geometry.js';
import { STATUS_ORDER } from '../status.js';

export type StatusCounts = Record<ResultStatus, number>;

/** What the map draws at one place. */
export type MapItem =
  | { kind: 'result'; key: string; position: Position; result: Result }
  /** A result with `precision: area`: drawn as its polygon (or an approximate circle), never as a point. */
  | { kind: 'area'; key: string; position: Position; result: Result }
  | { kind: 'cluster'; key: string; position: Position; clusterId: number; counts: StatusCounts; total: number }
  | { kind: 'group'; key: string; position: Position; municipality: string; name: string; bounds: BBox; counts: StatusCounts; total: number };

export function emptyCounts(): StatusCounts {
  return { idea: 0, planned: 0, 'in-progress': 0, done: 0, discarded: 0 };
}

/** Per point: index in `results` and the status as an index into STATUS_ORDER. */
interface PointProps {
  i: number;
  s: number;
}
/** Per cluster: a count per status (flat numbers: supercluster copies properties shallowly). */
type ClusterProps = Record<`c${number}`, number>;

function countsOf(props: ClusterProps): StatusCounts {
  const counts = emptyCounts();
  STATUS_ORDER.forEach((status, i) => (counts[status] = props[`c${i}`] ?? 0));
  return counts;
}

/**
 * The results of the map, clustered with supercluster (counts per status through map/reduce)
 * and, for the state-wide view, grouped per municipality.
 */
export class ResultIndex {
  private cluster: Supercluster<PointProps, ClusterProps>;
  private results: readonly Result[] = [];
  private positions = new Map<string, Position>();
  private byId = new Map<string, number>();
  private groupItems: MapItem[] = [];

  /** `maxZoom`: the last zoom that clusters; one more and every result stands alone. */
  constructor(private readonly maxZoom: number) {
    this.cluster = this.create();
  }

  private create(): Supercluster<PointProps, ClusterProps> {
    return new Supercluster<PointProps, ClusterProps>({
      radius: 60,
      maxZoom: this.maxZoom,
      map: (p) => {
        const props: ClusterProps = {};
        for (let i = 0; i < STATUS_ORDER.length; i++) props[`c${i}`] = p.s === i ? 1 : 0;
        return props;
      },
      reduce: (acc, p) => {
        for (let i = 0; i < STATUS_ORDER.length; i++) acc[`c${i}`] = (acc[`c${i}`] ?? 0) + (p[`c${i}`] ?? 0);
      },
    });
  }

  load(results: readonly Result[], municipalities: ReadonlyMap<string, Municipality>): void {
    this.results = results;
    this.positions = new Map();
    this.byId = new Map();
    const features = results.map((r, i) => {
      const position = representativePoint(r.geometry);
      this.positions.set(r.id, position);
      this.byId.set(r.id, i);
      return {
        type: 'Feature' as const,
        properties: { i, s: STATUS_ORDER.indexOf(r.status) },
        geometry: { type: 'Point' as const, coordinates: [position[0], position[1]] },
      };
    });
    this.cluster = this.create().load(features);
    this.groupItems = this.buildGroups(municipalities);
  }

  private buildGroups(municipalities: ReadonlyMap<string, Municipality>): MapItem[] {
    const members = new Map<string, Result[]>();
    for (const r of this.results) {
      const list = members.get(r.municipality);
      if (list) list.push(r);
      else members.set(r.municipality, [r]);
    }
    return [...members].map(([id, list]) => {
      const m = municipalities.get(id);
      const counts = emptyCounts();
      for (const r of list) counts[r.status]++;
      const bounds = m?.bbox ?? resultsBounds(list)!;
      const position: Position = m ? [m.centre.lng, m.centre.lat] : [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
      return { kind: 'group', key: `g:${id}`, position, municipality: id, name: m?.name ?? id, bounds, counts, total: list.length };
    });
  }

  private itemOf(i: number, position?: Position): MapItem | undefined {
    const result = this.results[i];
    if (!result) return undefined;
    const at = position ?? this.positions.get(result.id)!;
    return result.precision === 'area'
      ? { kind: 'area', key: `a:${result.id}`, position: at, result }
      : { kind: 'result', key: `r:${result.id}`, position: at, result };
  }

  /** Clusters and single results inside `bbox` at `zoom`. */
  items(bbox: BBox, zoom: number): MapItem[] {
    return this.cluster.getClusters(bbox, Math.round(zoom)).flatMap((f): MapItem[] => {
      const position: Position = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
      const p = f.properties;
      if ('cluster' in p && p.cluster) {
        return [{ kind: 'cluster', key: `c:${p.cluster_id}`, position, clusterId: p.cluster_id, counts: countsOf(p), total: p.point_count }];
      }
      const item = this.itemOf((p as PointProps).i);
      return item ? [item] : [];
    });
  }

  /** One group per municipality. */
  groups(): MapItem[] {
    return this.groupItems;
  }

  /** A single result as a map item (the selected one, drawn even when it is in a cluster). */
  single(id: string): MapItem | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.itemOf(i);
  }

  result(id: string): Result | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.results[i];
  }

  position(id: string): Position | undefined {
    return this.positions.get(id);
  }

  expansionZoom(clusterId: number): number {
    return this.cluster.getClusterExpansionZoom(clusterId);
  }

  /** The lowest zoom from `from` on at which the result is no longer part of a cluster. */
  unclusteredZoom(id: string, from: number): number {
    const position = this.positions.get(id);
    const i = this.byId.get(id);
    if (!position || i === undefined) return from;
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
    return resultsBounds(this.results);
  }
}
