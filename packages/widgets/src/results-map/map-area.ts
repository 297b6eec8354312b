import { html, nothing, type TemplateResult } from 'lit';
import type { TileProvider } from './tiles.js';
import { STATUS_DASH, STATUS_ORDER, statusIcon } from './status.js';
import { heading, type View } from './view.js';

/** The tile provider as the consent notice names it. */
export function providerName(view: View, tiles: TileProvider): string {
  switch (tiles.kind) {
    case 'basemap.de':
      return view.t('providerBasemap');
    case 'osm':
      return view.t('providerOsm');
    case 'custom':
      return view.t('providerOther', { host: tiles.host });
  }
}

/**
 * The two-click notice: nothing is loaded from the tile provider until the visitor presses
 * "Karte laden".
 */
export function renderConsentNotice(view: View, tiles: TileProvider, onConsent: () => void): TemplateResult {
  return html`<div class="consent" part="consent">
    ${heading(view, view.t('consentTitle'), { className: 'consent__title' })}
    <p>${view.t('consentText', { provider: providerName(view, tiles) })}</p>
    <p class="consent__memory">${view.t('consentMemory')}</p>
    <button type="button" class="kd-button" @click=${onConsent}>${view.t('consentButton')}</button>
  </div>`;
}

/** What the shapes, colours and outlines on the map mean. */
export function renderLegend(view: View): TemplateResult {
  return html`<ul class="legend" aria-label=${view.t('legendLabel')}>
    ${STATUS_ORDER.map((status) => html`<li>${statusIcon(status)}<span>${view.statusLabel(status)}</span></li>`)}
    <li>
      <svg class="legend__area" viewBox="0 0 24 16" width="1.5em" height="1em" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="22" height="14" rx="4" stroke-dasharray=${STATUS_DASH.planned ?? nothing}></rect>
      </svg>
      <span>${view.t('legendArea')}</span>
    </li>
  </ul>`;
}
