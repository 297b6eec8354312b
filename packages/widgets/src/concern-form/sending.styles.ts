import { css, type CSSResult } from 'lit';
import { token } from '../shared/styles/tokens.styles.js';

/** Styles of what only follows a submit (the error summary, the receipt): they come with its code. */
export const sendingStyles = css`
  .summary {
    display: grid;
    gap: ${token('--kd-space-2')};
    padding: ${token('--kd-space-4')};
    border: 0.1875em solid ${token('--kd-color-danger')};
    border-radius: ${token('--kd-radius')};
  }
  .summary__title {
    font-size: 1.25em;
  }
  .summary__list {
    display: grid;
    gap: ${token('--kd-space-2')};
    padding-inline-start: 1.25em;
  }
  .summary__link {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('--kd-color-danger')};
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .receipt {
    display: grid;
    gap: ${token('--kd-space-4')};
    padding: ${token('--kd-space-5')};
    border-inline-start: 0.375em solid ${token('--kd-color-success')};
  }
  .receipt__title {
    font-size: 1.375em;
    color: ${token('--kd-color-success')};
  }
  .receipt__reference strong {
    display: inline-block;
    margin-inline-start: ${token('--kd-space-2')};
    font-size: 1.5em;
    letter-spacing: 0.05em;
    font-variant-numeric: tabular-nums;
  }
  .receipt__steps {
    display: grid;
    gap: ${token('--kd-space-2')};
    padding-inline-start: 1.5em;
  }
`;

/** Adds `styles` after the form's own in its shadow root (once). */
export function adoptAfter(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && 'adoptedStyleSheets' in root) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
}
