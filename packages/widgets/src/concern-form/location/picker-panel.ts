import { html, nothing, type TemplateResult } from 'lit';
import { button, type LocationView } from '../parts/location.js';
import type { FormMessages, Translate } from '../parts/translate.js';

/** Credits for the map: Leaflet and the tile provider, with the licence the provider asks for. */
function renderCredits(view: LocationView, t: Translate<FormMessages>): TemplateResult {
  const separator = html` <span aria-hidden="true">|</span> `;
  let credits: unknown = nothing;
  switch (view.tiles?.kind) {
    case 'basemap.de':
      credits = html`${separator}© <a href="https://basemap.de/">basemap.de</a> / <a href="https://www.bkg.bund.de/">BKG</a>${separator}${t(
          'mapDataSources',
        )}: © GeoBasis-DE${separator}${t('mapLicence')}: <a href="https://www.govdata.de/dl-de/by-2-0">dl-de/by-2-0</a>`;
      break;
    case 'osm':
      credits = html`${separator}© <a href="https://www.openstreetmap.org/copyright">${t('osmContributors')}</a>`;
      break;
    case 'custom':
      credits = view.tileAttribution ? html`${separator}${view.tileAttribution}` : nothing;
      break;
    default:
      break;
  }
  return html`<p class="picker__credits"><a href="https://leafletjs.com">Leaflet</a>${credits}</p>`;
}

/** The open map: instructions, the map under a crosshair, its buttons and credits. */
export function renderPickerPanel(view: LocationView, t: Translate<FormMessages>): TemplateResult {
  const remove = view.point ? button(t('mapRemove'), view.remove) : nothing;
  return html`<div class="picker" part="location-picker">
    <p id="map-help" class="hint">${t('mapHelp')}</p>
    <div class="picker__frame">
      <div class="picker__map"></div>
      <svg class="picker__crosshair" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path class="picker__crosshair-halo" d="M16 1v30M1 16h30"></path>
        <path d="M16 1v30M1 16h30"></path>
      </svg>
    </div>
    <div class="location__actions">
      <button type="button" class="kd-button kd-button--secondary picker__zoom" aria-label=${t('mapZoomIn')} title=${t('mapZoomIn')} @click=${view.zoomIn}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" class="kd-button kd-button--secondary picker__zoom" aria-label=${t('mapZoomOut')} title=${t('mapZoomOut')} @click=${view.zoomOut}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" class="kd-button" @click=${view.take}>${t('mapTake')}</button>
      ${remove} ${button(t('mapClose'), view.close)}
    </div>
    ${renderCredits(view, t)}
  </div>`;
}
