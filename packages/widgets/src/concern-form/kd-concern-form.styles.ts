import { css } from 'lit';
import { token } from '../shared/styles/tokens.styles.js';

export const formStyles = css`
  .kd-root {
    position: relative;
    max-inline-size: var(--kd-concern-form-max-width, 48em);
  }
  form,
  .fields,
  .contact {
    display: grid;
    gap: ${token('--kd-space-5')};
    min-inline-size: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .contact {
    padding: ${token('--kd-space-4')};
    border-inline-start: 0.25em solid ${token('--kd-color-border')};
    background: color-mix(in srgb, ${token('--kd-color-border')} 6%, ${token('--kd-color-surface')});
  }
  .field {
    display: grid;
    gap: ${token('--kd-space-1')};
  }
  .label {
    font-weight: 700;
    padding: 0;
  }
  .hint,
  .note,
  .counter {
    color: ${token('--kd-color-muted')};
    font-weight: 400;
  }
  .hint--check {
    margin-block-start: calc(-1 * ${token('--kd-space-4')});
    padding-inline-start: 2.25em;
  }
  .counter {
    font-size: 0.875em;
  }
  .counter--over {
    color: ${token('--kd-color-danger')};
    font-weight: 700;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: ${token('--kd-space-2')};
    border: 0.125em solid ${token('--kd-color-border')};
    border-radius: ${token('--kd-radius')};
    background: ${token('--kd-color-surface')};
  }
  textarea {
    resize: vertical;
    min-block-size: 8em;
  }
  [aria-invalid='true'] {
    border-color: ${token('--kd-color-danger')};
  }
  .error {
    color: ${token('--kd-color-danger')};
    font-weight: 700;
    border-inline-start: 0.25em solid ${token('--kd-color-danger')};
    padding-inline-start: ${token('--kd-space-2')};
  }
  .kinds__cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: ${token('--kd-space-3')};
    margin-block-start: ${token('--kd-space-2')};
  }
  .card {
    display: flex;
    align-items: flex-start;
    gap: ${token('--kd-space-3')};
    min-block-size: 2.75em;
    padding: ${token('--kd-space-4')};
    border: 0.125em solid ${token('--kd-color-border')};
    border-radius: calc(2 * ${token('--kd-radius')});
    cursor: pointer;
  }
  .card:has(:checked) {
    border-color: ${token('--kd-color-primary')};
    background: var(
      --kd-concern-form-card-selected,
      color-mix(in srgb, ${token('--kd-color-primary')} 10%, ${token('--kd-color-surface')})
    );
    box-shadow: inset 0 0 0 0.0625em ${token('--kd-color-primary')};
  }
  .card:has(:focus-visible) {
    outline: 0.1875em solid ${token('--kd-color-focus')};
    outline-offset: 0.125em;
  }
  .card__text {
    display: grid;
    gap: ${token('--kd-space-1')};
  }
  .card__title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .card__hint {
    color: ${token('--kd-color-muted')};
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: ${token('--kd-color-primary')};
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: ${token('--kd-space-3')};
  }
  .check label {
    padding-block-start: 0.05em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-3')};
  }
  .kd-button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .status:empty {
    display: none;
  }
  .status,
  .notice {
    display: grid;
    gap: ${token('--kd-space-2')};
    justify-items: start;
    padding: ${token('--kd-space-3')} ${token('--kd-space-4')};
    border-inline-start: 0.25em solid ${token('--kd-color-primary')};
    background: color-mix(in srgb, ${token('--kd-color-primary')} 6%, ${token('--kd-color-surface')});
  }
  .status--queued {
    border-inline-start-color: ${token('--kd-color-danger')};
  }
  .status__title {
    font-weight: 700;
  }
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .location {
    display: grid;
    gap: ${token('--kd-space-2')};
    min-inline-size: 0;
  }
  .location__chosen:empty {
    display: none;
  }
  .location__actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-2')};
  }
  @media (forced-colors: active) {
    .card:has(:checked) {
      border-color: Highlight;
    }
    .error,
    .summary {
      border-color: CanvasText;
    }
  }
`;
