import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens and their defaults. A page themes every widget by setting them anywhere above
 * the widgets (`body { --kd-color-primary: #8a1538 }`): custom properties inherit into shadow
 * roots. The default colours meet WCAG AA (≥ 4.5:1) against `--kd-color-surface`.
 */
export const tokenDefaults = {
  '--kd-color-primary': '#005a9c',
  '--kd-color-text': '#1b1b1b',
  '--kd-color-surface': '#ffffff',
  '--kd-color-muted': '#595959',
  '--kd-color-border': '#767676',
  '--kd-color-danger': '#b3261e',
  '--kd-color-success': '#1e6b34',
  '--kd-color-focus': '#0b57d0',
  '--kd-radius': '0.25em',
  '--kd-space-1': '0.25em',
  '--kd-space-2': '0.5em',
  '--kd-space-3': '0.75em',
  '--kd-space-4': '1em',
  '--kd-space-5': '1.5em',
  '--kd-space-6': '2em',
  /** `inherit`: the widget takes the page's font unless themed. */
  '--kd-font-family': 'inherit',
  '--kd-font-size': '1em',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/**
 * A token as a CSS value with its default as fallback, for use inside `css```:
 * `color: ${token('--kd-color-primary')}` → `color: var(--kd-color-primary, #005a9c)`.
 * Component variables default to tokens the same way:
 * `background: var(--kd-calendar-today, ${token('--kd-color-primary')})`.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${tokenDefaults[name]})`);
}
