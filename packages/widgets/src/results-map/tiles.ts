/** The map's background: where tiles come from and whose terms apply. */
export interface TileProvider {
  /** `basemap.de`, `osm`, or the URL template itself: consent is remembered per key. */
  readonly key: string;
  readonly kind: 'basemap.de' | 'osm' | 'custom';
  /** Leaflet URL template with `{z}`, `{x}`, `{y}`. */
  readonly url: string;
  readonly maxZoom: number;
  /** Host the tiles are loaded from, named in the consent notice for custom templates. */
  readonly host: string;
  /** False only for a `data:` tile, which sends nothing anywhere. */
  readonly needsConsent: boolean;
}

/** basemap.de web raster (BKG), RESTful WMTS: note the row before the column, `{y}/{x}`. */
export const BASEMAP_DE_URL =
  'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png';
export const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

function hostOf(url: string): string {
  try {
    return new URL(url.replace(/\{[a-z]+\}/g, '0'), globalThis.location?.href).host || url;
  } catch {
    return url;
  }
}

/**
 * The provider named by the `tiles` attribute: `basemap.de` (default), `osm`, a URL template
 * (a `data:` URL is one tile for every place: offline demos), or `none` (no background; null).
 */
export function resolveTiles(value: string | null | undefined): TileProvider | null {
  const name = (value ?? '').trim();
  if (name === 'none') return null;
  if (name === 'osm') return { key: 'osm', kind: 'osm', url: OSM_URL, maxZoom: 19, host: 'tile.openstreetmap.org', needsConsent: true };
  if (name && name !== 'basemap.de') {
    const local = name.startsWith('data:');
    return { key: name, kind: 'custom', url: name, maxZoom: 19, host: local ? '' : hostOf(name), needsConsent: !local };
  }
  return { key: 'basemap.de', kind: 'basemap.de', url: BASEMAP_DE_URL, maxZoom: 18, host: 'sgx.geodatenzentrum.de', needsConsent: true };
}
