import { css, unsafeCSS } from 'lit';
import { token } from '../shared/styles/tokens.styles.js';
import { STATUS_ORDER, statusColour } from './status.js';

const accent = css`var(--kd-results-map-accent, ${token('--kd-color-primary')})`;
const height = css`var(--kd-results-map-height, 28em)`;
const faint = css`color-mix(in srgb, ${token('--kd-color-muted')} 12%, ${token('--kd-color-surface')})`;

/**
 * The colour of each status on icons and areas, by class: a strict Content Security Policy
 * (`style-src 'self'`) blocks style attributes. Built from our own constants only.
 */
const statusColours = unsafeCSS(
  STATUS_ORDER.map(
    (status) =>
      `.kd-status-icon--${status} .kd-status-icon__shape{fill:${statusColour(status)}}.kd-area--${status}{color:${statusColour(status)}}`,
  ).join(''),
);

export const resultsMapStyles = css`
  .kd-root {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: ${token('--kd-space-4')};
    grid-template-areas: 'toolbar' 'map' 'side';
  }
  @container (min-width: 46em) {
    .layout {
      grid-template-columns: minmax(17em, 2fr) 3fr;
      grid-template-areas: 'toolbar toolbar' 'side map';
      align-items: start;
    }
    /* Beside the list the notice is as tall as the map, so nothing jumps when the map loads. */
    .consent {
      min-block-size: ${height};
    }
    .side {
      max-block-size: calc(${height} + 6em);
      overflow-y: auto;
      overscroll-behavior: contain;
    }
  }
  .toolbar {
    grid-area: toolbar;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('--kd-space-3')} ${token('--kd-space-5')};
  }
  .map-area {
    grid-area: map;
    display: grid;
    gap: ${token('--kd-space-2')};
    min-inline-size: 0;
  }
  .side {
    grid-area: side;
    display: grid;
    gap: ${token('--kd-space-4')};
    align-content: start;
    min-inline-size: 0;
  }
  .kd-heading,
  .group__title,
  .detail__title,
  .consent__title {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }

  /* Filters and downloads */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-3')};
  }
  .filter {
    display: grid;
    gap: ${token('--kd-space-1')};
    font-size: 0.9375em;
    font-weight: 600;
  }
  select {
    min-block-size: 2.75em;
    min-inline-size: 10em;
    padding-inline: ${token('--kd-space-2')};
    border: 0.0625em solid ${token('--kd-color-border')};
    border-radius: ${token('--kd-radius')};
    background-color: ${token('--kd-color-surface')};
    font-weight: 400;
  }
  .count {
    font-weight: 700;
    align-self: center;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--kd-space-2')};
    margin-inline-start: auto;
    font-size: 0.9375em;
  }
  .downloads .kd-button[aria-disabled='true'] {
    cursor: progress;
  }
  .downloads__error {
    flex-basis: 100%;
    color: ${token('--kd-color-danger')};
    font-weight: 600;
  }

  /* Status, progress */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .kd-status-icon {
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
  }
  ${statusColours}
  .kd-status-icon__mark {
    fill: none;
    stroke: #fff;
    stroke-width: 2.4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: ${token('--kd-space-2')};
  }
  .progress__track {
    flex: 1;
    block-size: 0.5em;
    border-radius: 0.25em;
    background: ${faint};
    border: 0.0625em solid ${token('--kd-color-border')};
    overflow: hidden;
  }
  .progress__bar {
    block-size: 100%;
    background: ${token('--kd-color-success')};
  }
  .progress__bar--in-progress {
    background: var(--kd-results-map-status-in-progress, #8a4600);
  }
  .progress__bar--planned {
    background: var(--kd-results-map-status-planned, #005a9c);
  }
  .progress__text {
    min-inline-size: 3.5em;
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
  }

  /* List */
  .list {
    display: grid;
    gap: ${token('--kd-space-4')};
  }
  .group {
    display: grid;
    gap: ${token('--kd-space-2')};
  }
  .group__count {
    font-weight: 400;
    color: ${token('--kd-color-muted')};
    font-size: 0.875em;
  }
  .items {
    list-style: none;
    padding: 0;
    display: grid;
    gap: ${token('--kd-space-2')};
  }
  .item {
    position: relative;
    display: grid;
    gap: ${token('--kd-space-1')};
    padding: ${token('--kd-space-3')};
    border: 0.0625em solid ${token('--kd-color-border')};
    border-inline-start-width: 0.25em;
    border-radius: ${token('--kd-radius')};
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
  }
  .item--selected {
    border-color: ${accent};
    background: color-mix(in srgb, ${accent} 8%, ${token('--kd-color-surface')});
  }
  .item:has(.item__title:focus-visible) {
    outline: 0.1875em solid ${token('--kd-color-focus')};
    outline-offset: 0.125em;
  }
  .item__title {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 700;
    color: ${token('--kd-color-primary')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The whole card answers a click, the button alone carries the name. */
  .item__title::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .item__title:focus-visible {
    outline: none;
  }
  .item__meta {
    font-size: 0.875em;
    color: ${token('--kd-color-muted')};
  }
  .list__more {
    display: grid;
    justify-items: start;
    gap: ${token('--kd-space-2')};
  }

  /* Detail panel */
  .detail {
    display: grid;
    gap: ${token('--kd-space-3')};
    padding: ${token('--kd-space-4')};
    border: 0.125em solid ${accent};
    border-radius: ${token('--kd-radius')};
  }
  .detail__head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: ${token('--kd-space-3')};
  }
  .detail__close {
    flex: none;
    inline-size: 2.75em;
    block-size: 2.75em;
    border: 0.0625em solid ${token('--kd-color-border')};
    border-radius: ${token('--kd-radius')};
    background: ${token('--kd-color-surface')};
    font-size: 1em;
    line-height: 1;
  }
  .detail__area {
    padding: ${token('--kd-space-2')};
    border-inline-start: 0.25em solid ${token('--kd-color-muted')};
    background: ${faint};
  }
  .detail__facts {
    display: grid;
    gap: ${token('--kd-space-1')};
    margin: 0;
  }
  .detail__facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('--kd-space-2')};
  }
  .detail__facts dt {
    font-weight: 600;
  }
  .detail__facts dt::after {
    content: ':';
  }
  .detail__facts dd {
    margin: 0;
  }
  .detail__section {
    display: grid;
    gap: ${token('--kd-space-2')};
  }
  .detail__section .kd-heading {
    font-size: 1em;
  }
  .timeline {
    list-style: none;
    padding: 0;
    display: grid;
    gap: ${token('--kd-space-2')};
    border-inline-start: 0.125em solid ${token('--kd-color-border')};
  }
  .timeline li {
    display: grid;
    padding-inline-start: ${token('--kd-space-3')};
  }
  .timeline time,
  .detail__events time {
    font-size: 0.875em;
    color: ${token('--kd-color-muted')};
  }
  .detail__events {
    padding-inline-start: 1.25em;
    display: grid;
    gap: ${token('--kd-space-1')};
  }
  .detail__events li {
    display: grid;
  }

  /* Consent notice: on narrow screens no taller than its text, so the list stays close. */
  .consent {
    display: grid;
    align-content: center;
    justify-items: center;
    gap: ${token('--kd-space-3')};
    padding: ${token('--kd-space-5')};
    border: 0.0625em solid ${token('--kd-color-border')};
    border-radius: ${token('--kd-radius')};
    background: ${faint};
    text-align: center;
  }
  .consent p {
    max-inline-size: 36em;
  }
  .consent__memory {
    font-size: 0.875em;
    color: ${token('--kd-color-muted')};
  }

  /* Map */
  .map-frame {
    position: relative;
  }
  .map-canvas {
    /* Leaflet's panes stack up to z-index 700: keep them inside the map. */
    position: relative;
    isolation: isolate;
    block-size: ${height};
    border: 0.0625em solid ${token('--kd-color-border')};
    border-radius: ${token('--kd-radius')};
    background: ${faint};
    font: inherit;
  }
  .map-canvas:focus-visible {
    outline: 0.1875em solid ${token('--kd-color-focus')};
    outline-offset: 0.125em;
  }
  .map-status {
    position: absolute;
    inset-block-start: 50%;
    inset-inline: ${token('--kd-space-4')};
    transform: translateY(-50%);
    padding: ${token('--kd-space-3')};
    background: ${token('--kd-color-surface')};
    border-radius: ${token('--kd-radius')};
    text-align: center;
  }
  .map-status--error {
    border-inline-start: 0.25em solid ${token('--kd-color-danger')};
  }
  .map-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--kd-space-2')};
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-1')} ${token('--kd-space-3')};
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend__area rect {
    fill: none;
    stroke: ${unsafeCSS(statusColour('planned'))};
    stroke-width: 2;
  }
  .leaflet-container {
    font: inherit;
    font-size: 0.875em;
  }
  /* Our own zoom buttons (Leaflet's control writes innerHTML), where Leaflet puts its own.
     Sizes in em: host pages change the root font size (rem). */
  .map-zoom {
    position: absolute;
    z-index: 1000;
    inset-block-start: 0.75em;
    display: flex;
    flex-direction: column;
    border: 0.125em solid rgb(0 0 0 / 0.2);
    border-radius: 0.25em;
    background-clip: padding-box;
  }
  .map-zoom[hidden] {
    display: none;
  }
  .map-zoom--left {
    left: 0.75em;
  }
  .map-zoom--right {
    right: 0.75em;
  }
  .map-zoom__button {
    display: grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    margin: 0;
    padding: 0;
    border: 0;
    border-block-end: 0.0625em solid ${token('--kd-color-border')};
    background: ${token('--kd-color-surface')};
    color: ${token('--kd-color-text')};
    font-weight: 700;
    line-height: 1;
  }
  .map-zoom__button > span {
    font-family: 'Lucida Console', Monaco, monospace;
    font-size: 1.5em;
  }
  .map-zoom__button:first-child {
    border-start-start-radius: 0.125em;
    border-start-end-radius: 0.125em;
  }
  .map-zoom__button:last-child {
    border-block-end: 0;
    border-end-start-radius: 0.125em;
    border-end-end-radius: 0.125em;
  }
  .map-zoom__button:hover {
    background: ${faint};
  }
  .map-zoom__button[aria-disabled='true'] {
    cursor: default;
    background: ${faint};
    color: ${token('--kd-color-muted')};
  }
  .map-zoom__button:focus-visible {
    outline: 0.1875em solid ${token('--kd-color-focus')};
    outline-offset: 0;
    position: relative;
    z-index: 1;
  }
  /* Credits for Leaflet and the tiles, over the map's end corner (inside its border). */
  .map-attribution {
    position: absolute;
    z-index: 1;
    inset-block-end: 0.0625em;
    inset-inline-end: 0.0625em;
    max-inline-size: calc(100% - 0.125em);
    margin: 0;
    padding: 0 0.4em;
    background: ${token('--kd-color-surface')};
    color: ${token('--kd-color-text')};
    font-size: 0.75em;
    line-height: 1.4;
  }
  .kd-marker {
    display: grid;
    place-items: center;
    border: 0.125em solid ${token('--kd-color-text')};
    border-radius: 50%;
    background: ${token('--kd-color-surface')};
    box-shadow: 0 0.0625em 0.25em rgb(0 0 0 / 0.35);
  }
  .kd-marker .kd-status-icon {
    inline-size: 20px;
    block-size: 20px;
  }
  .kd-marker--selected {
    border-color: ${accent};
    box-shadow: 0 0 0 0.25em ${accent};
  }
  .kd-marker:focus-visible,
  .kd-cluster:focus-visible {
    outline: 0.1875em solid ${token('--kd-color-focus')};
    outline-offset: 0.1875em;
  }
  .kd-cluster__badge {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    box-shadow: 0 0.0625em 0.25em rgb(0 0 0 / 0.35);
  }
  .kd-cluster__count {
    display: grid;
    place-items: center;
    inline-size: 68%;
    block-size: 68%;
    border-radius: 50%;
    background: ${token('--kd-color-surface')};
    color: ${token('--kd-color-text')};
    font-weight: 700;
    font-size: 0.875em;
    letter-spacing: -0.02em;
  }
  .kd-cluster__badge {
    position: relative;
  }
  .kd-cluster__name {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 50%;
    transform: translateX(-50%);
    margin-block-start: 0.125em;
    padding: 0 0.25em;
    border-radius: 0.25em;
    background: ${token('--kd-color-surface')};
    color: ${token('--kd-color-text')};
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
  }
  .kd-cluster--group .kd-cluster__count {
    inline-size: 74%;
    block-size: 74%;
  }
  .kd-area {
    fill: currentColor;
    stroke: currentColor;
  }
  .kd-area:focus-visible,
  .kd-area--selected {
    outline: none;
    stroke: ${token('--kd-color-focus')};
    stroke-width: 5;
  }
  .kd-popup .leaflet-popup-content {
    margin: ${token('--kd-space-2')} ${token('--kd-space-3')};
    font-size: 1em;
    line-height: 1.4;
  }
  @media (forced-colors: active) {
    .kd-marker,
    .kd-cluster__badge {
      forced-color-adjust: none;
    }
    .progress__bar {
      background: Highlight;
    }
  }
`;
