import { html, nothing, type TemplateResult } from 'lit';
import type { LatLng } from '@kommunaldialog/sdk';
import { renderLoading } from '../../shared/states.js';
import type { TileProvider } from '../../results-map/tiles.js';
import type { FormMessages, Translate } from './translate.js';

/** Where the picker stands: no map yet (or closed), its code loading, shown, or failed to load. */
export type PickerState = 'closed' | 'loading' | 'open' | 'error';

export interface LocationView {
  point: LatLng | null;
  state: PickerState;
  tiles: TileProvider | null;
  /** Attribution of a custom tile template (plain text). */
  tileAttribution: string;
  /** A coordinate as the locale writes numbers. */
  coordinate(degrees: number): string;
  open(): void;
  close(): void;
  take(): void;
  remove(): void;
  zoomIn(): void;
  zoomOut(): void;
}

/** The tile provider as the notice names it. */
function providerName(tiles: TileProvider, t: Translate<FormMessages>): string {
  switch (tiles.kind) {
    case 'basemap.de':
      return t('providerBasemap');
    case 'osm':
      return t('providerOsm');
    case 'custom':
      return t('providerOther', { host: tiles.host });
  }
}

export function button(label: string, onClick: () => void, extra: { id?: string; describedBy?: string } = {}): TemplateResult {
  return html`<button
    type="button"
    class="kd-button kd-button--secondary"
    id=${extra.id ?? nothing}
    aria-describedby=${extra.describedBy ?? nothing}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/**
 * The optional point on a map, below the place field. The map (Leaflet and the tiles) loads only
 * after the person presses the button, and the notice beside it names where the tiles come from
 * before any is requested: that press is the consent. `panel` renders the open map; it comes
 * with the map's code.
 */
export function renderLocation(
  view: LocationView,
  t: Translate<FormMessages>,
  panel: ((view: LocationView) => TemplateResult) | undefined,
): TemplateResult {
  const { point, state } = view;
  const chosen = point ? t('mapChosen', { lat: view.coordinate(point.lat), lng: view.coordinate(point.lng) }) : '';
  const remove = point ? button(t('mapRemove'), view.remove) : nothing;
  const notice = view.tiles?.needsConsent ? t('mapNotice', { provider: providerName(view.tiles, t) }) : undefined;
  const closed = state === 'closed' || state === 'error';
  return html`<div class="location" part="location">
    <p class="location__chosen" role="status">${chosen}</p>
    ${closed
      ? html`${state === 'error' ? html`<p class="error" role="alert">${t('mapError')}</p>` : nothing}
          ${notice ? html`<p id="map-notice" class="hint">${notice}</p>` : nothing}
          <div class="location__actions">
            ${button(t(point ? 'mapChange' : 'mapOpen'), view.open, { id: 'map-open', ...(notice ? { describedBy: 'map-notice' } : {}) })}
            ${remove}
          </div>`
      : state === 'open' && panel
        ? panel(view)
        : renderLoading(1)}
  </div>`;
}
