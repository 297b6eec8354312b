import { css } from 'lit';
import { token } from './tokens.styles.js';

/** Loading, empty and error states, the same in every widget. */
export const stateStyles = css`
  .kd-state {
    padding: ${token('--kd-space-4')};
  }
  .kd-loading {
    display: grid;
    gap: ${token('--kd-space-3')};
  }
  /* Fixed line boxes reserve the content's height, so nothing jumps when data arrives. */
  .kd-skeleton {
    display: block;
    height: 1.5em;
    border-radius: ${token('--kd-radius')};
    background: linear-gradient(
        90deg,
        transparent 0%,
        color-mix(in srgb, ${token('--kd-color-surface')} 60%, transparent) 50%,
        transparent 100%
      )
      0 0 / 200% 100% no-repeat,
      color-mix(in srgb, ${token('--kd-color-muted')} 18%, ${token('--kd-color-surface')});
    animation: kd-shimmer 1.4s ease-in-out infinite;
  }
  .kd-skeleton:last-child {
    width: 60%;
  }
  @keyframes kd-shimmer {
    from {
      background-position: 100% 0, 0 0;
    }
    to {
      background-position: -100% 0, 0 0;
    }
  }
  .kd-empty {
    display: grid;
    justify-items: start;
    gap: ${token('--kd-space-3')};
    color: ${token('--kd-color-muted')};
  }
  .kd-error {
    display: grid;
    justify-items: start;
    gap: ${token('--kd-space-2')};
    border-inline-start: 0.25em solid ${token('--kd-color-danger')};
  }
  .kd-error__title {
    font-weight: 700;
    color: ${token('--kd-color-danger')};
  }
  .kd-error__ref {
    font-size: 0.875em;
    color: ${token('--kd-color-muted')};
  }
  .kd-error .kd-button {
    margin-block-start: ${token('--kd-space-2')};
  }
  @media (forced-colors: active) {
    .kd-skeleton {
      background: GrayText;
    }
    .kd-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
