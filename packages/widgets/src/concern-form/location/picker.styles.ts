import { css } from 'lit';
import { token } from '../../shared/styles/tokens.styles.js';

/** Styles of the open location map, adopted into the form's shadow root when the map loads. */
export const pickerStyles = css`
  .picker {
    display: grid;
    gap: ${token('--kd-space-2')};
    min-inline-size: 0;
  }
  .picker__frame {
    position: relative;
    isolation: isolate;
  }
  .picker__map {
    block-size: var(--kd-concern-form-map-height, 18em);
    border: 0.0625em solid ${token('--kd-color-border')};
  }
  .picker__map:focus-visible {
    outline: 0.1875em solid ${token('--kd-color-focus')};
    outline-offset: 0.125em;
  }
  .picker__crosshair {
    position: absolute;
    z-index: 1000;
    inset: 0;
    margin: auto;
    inline-size: 2em;
    block-size: 2em;
    pointer-events: none;
    fill: none;
    stroke: ${token('--kd-color-text')};
    stroke-width: 2;
  }
  .picker__crosshair-halo {
    stroke: ${token('--kd-color-surface')};
    stroke-width: 5;
  }
  .picker-marker svg {
    inline-size: 100%;
    block-size: 100%;
    fill: ${token('--kd-color-primary')};
    stroke: ${token('--kd-color-surface')};
    stroke-width: 1.5;
  }
  .picker__zoom {
    min-inline-size: 2.75em;
  }
  .picker__credits {
    font-size: 0.875em;
    color: ${token('--kd-color-muted')};
  }
`;
