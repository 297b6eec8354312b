import { css } from 'lit';
import { token } from '../../shared/styles/tokens.styles.js';

const primary = token('--kd-color-primary');
const border = token('--kd-color-border');
const surface = token('--kd-color-surface');
const danger = token('--kd-color-danger');
const cancelled = css`var(--kd-calendar-cancelled, ${danger})`;

/**
 * Layout of the detail view and registration form. Adopted into the calendar's shadow root with
 * the detail's code, so the first screen does not carry them.
 */
export const detailStyles = css`
  .struck {
    text-decoration: line-through;
  }
  input[aria-invalid='true'] {
    border-color: ${danger};
    border-width: 0.125em;
  }
  .field__error {
    color: ${danger};
    font-weight: 600;
  }
  .field--check {
    grid-template-columns: auto 1fr;
    align-items: start;
  }
  .field--check .field__error {
    grid-column: 1 / -1;
  }
  .status {
    padding: ${token('--kd-space-2')} ${token('--kd-space-3')};
    border-inline-start: 0.25em solid ${primary};
    background: color-mix(in srgb, ${primary} 8%, ${surface});
  }
  .status[data-status='cancelled'],
  .status[data-status='skipped'] {
    border-inline-start-color: ${cancelled};
    background: color-mix(in srgb, ${danger} 8%, ${surface});
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: ${token('--kd-space-2')} ${token('--kd-space-4')};
    margin: 0;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .text {
    white-space: pre-line;
  }
  .registration {
    display: grid;
    gap: ${token('--kd-space-2')};
    padding-block-start: ${token('--kd-space-3')};
    border-block-start: 0.0625em solid ${border};
  }
  .registration__form {
    display: grid;
    gap: ${token('--kd-space-3')};
    max-inline-size: 30em;
  }
  .registration__form .kd-button {
    justify-self: start;
  }
  .registration__summary,
  p.kd-error {
    color: ${danger};
    font-weight: 600;
  }
  .registration__result {
    padding: ${token('--kd-space-3')};
    border-inline-start: 0.25em solid ${token('--kd-color-success')};
    background: color-mix(in srgb, ${token('--kd-color-success')} 10%, ${surface});
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-3')};
    align-items: center;
  }
`;
