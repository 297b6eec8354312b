// Types for the two map libraries as this widget imports them.

// Leaflet's source modules, which `leaflet.ts` picks from and gives the types of `leaflet`.
declare module 'leaflet/src/*';

// supercluster 8 ships no types; only what the widget uses.
declare module 'supercluster' {
  import type { BBox, Feature, Point } from 'geojson';

  export interface ClusterProperties {
    cluster: true;
    cluster_id: number;
    point_count: number;
    point_count_abbreviated: number | string;
  }

  export interface Options<P, C> {
    minZoom?: number;
    maxZoom?: number;
    minPoints?: number;
    radius?: number;
    extent?: number;
    nodeSize?: number;
    log?: boolean;
    generateId?: boolean;
    map?: (props: P) => C;
    reduce?: (accumulated: C, props: Readonly<C>) => void;
  }

  export type PointFeature<P> = Feature<Point, P>;
  export type ClusterFeature<C> = Feature<Point, ClusterProperties & C>;

  export default class Supercluster<P = Record<string, unknown>, C = Record<string, unknown>> {
    constructor(options?: Options<P, C>);
    load(points: PointFeature<P>[]): this;
    getClusters(bbox: BBox, zoom: number): (PointFeature<P> | ClusterFeature<C>)[];
    getLeaves(clusterId: number, limit?: number, offset?: number): PointFeature<P>[];
    getClusterExpansionZoom(clusterId: number): number;
  }
}
