import { css } from 'lit';
import { token } from './tokens.styles.js';

/**
 * The base of every widget's shadow styles: shields the widget from inherited page CSS
 * (`all: initial`, then font, colour and line height from tokens), sizes in `em` so the widget
 * scales with the page, a visible focus ring, button and link basics, and support for forced
 * colours and reduced motion.
 */
export const resetStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--kd-font-family, inherit);
    font-size: ${token('--kd-font-size')};
    line-height: 1.5;
    color: ${token('--kd-color-text')};
    text-align: start;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .kd-root {
    color: ${token('--kd-color-text')};
    background-color: ${token('--kd-color-surface')};
    overflow-wrap: anywhere;
    /* Page rules such as '*{line-height:1}' match the host element and beat ':host', so what
       they set is inherited inside: restate it here, and the widget looks the same on any site. */
    box-sizing: border-box;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    font-style: normal;
    font-weight: normal;
    white-space: normal;
  }
  p,
  h1,
  h2,
  h3,
  h4,
  ul,
  ol {
    margin: 0;
  }
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 0.1875em solid ${token('--kd-color-focus')};
    outline-offset: 0.125em;
  }
  .visually-hidden:not(:focus-within) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
  }
  a {
    color: ${token('--kd-color-primary')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  /* The default action button: at least 44 px high (2.75em at 16 px) for touch. */
  .kd-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('--kd-space-2')};
    min-height: 2.75em;
    padding: ${token('--kd-space-2')} ${token('--kd-space-4')};
    border: 0.0625em solid ${token('--kd-color-primary')};
    border-radius: ${token('--kd-radius')};
    background-color: ${token('--kd-color-primary')};
    color: ${token('--kd-color-surface')};
    font-weight: 600;
    text-decoration: none;
  }
  .kd-button--secondary {
    background-color: ${token('--kd-color-surface')};
    color: ${token('--kd-color-primary')};
  }
  @media (forced-colors: active) {
    .kd-button {
      border-color: ButtonText;
      background-color: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
