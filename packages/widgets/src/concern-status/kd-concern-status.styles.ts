import { css } from 'lit';
import { token } from '../shared/styles/tokens.styles.js';

export const statusStyles = css`
  .status,
  .lookup {
    display: grid;
    gap: ${token('--kd-space-3')};
  }
  .label,
  dt,
  .step__status {
    font-weight: 700;
  }
  .hint {
    color: ${token('--kd-color-muted')};
  }
  .error {
    color: ${token('--kd-color-danger')};
    font-weight: 700;
    border-inline-start: 0.25em solid ${token('--kd-color-danger')};
    padding-inline-start: ${token('--kd-space-2')};
  }
  .lookup__row {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-2')};
  }
  input {
    flex: 1 1 12em;
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding: ${token('--kd-space-2')};
    border: 0.125em solid ${token('--kd-color-border')};
    border-radius: ${token('--kd-radius')};
    font-variant-numeric: tabular-nums;
  }
  input[aria-invalid='true'] {
    border-color: ${token('--kd-color-danger')};
  }
  .heading {
    font-size: 1.25em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-2')} ${token('--kd-space-5')};
    margin: 0;
  }
  dd {
    margin: 0;
  }
  .received {
    color: ${token('--kd-color-muted')};
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: 1.5em 1fr;
    gap: ${token('--kd-space-3')};
    padding-block-end: ${token('--kd-space-4')};
  }
  /* The line between the dots. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 1.25em 0;
    inset-inline-start: 0.6875em;
    inline-size: 0.125em;
    background: var(--kd-concern-status-marker, ${token('--kd-color-primary')});
  }
  .step__marker {
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 0.1875em solid var(--kd-concern-status-marker, ${token('--kd-color-primary')});
    background: ${token('--kd-color-surface')};
  }
  .step--current .step__marker {
    background: var(--kd-concern-status-marker, ${token('--kd-color-primary')});
  }
  .step__body {
    display: grid;
    gap: ${token('--kd-space-1')};
    min-inline-size: 0;
  }
  .step__date {
    display: block;
    font-weight: 400;
    color: ${token('--kd-color-muted')};
  }
  .step__note {
    padding: ${token('--kd-space-2')} ${token('--kd-space-3')};
    border-inline-start: 0.25em solid ${token('--kd-color-border')};
    background: color-mix(in srgb, ${token('--kd-color-border')} 8%, ${token('--kd-color-surface')});
  }
  .step__note-label {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .step__marker,
    .step:not(:last-child)::before {
      border-color: CanvasText;
      background: Canvas;
    }
    .step--current .step__marker {
      background: Highlight;
    }
  }
`;
