import { svg, type SVGTemplateResult } from 'lit';
import { RESULT_STATUSES, type ResultStatus } from '@kommunaldialog/sdk';
import type { ResultsMapMessages } from './messages/index.js';

/** Statuses in the order a result moves through them; legends and CSV follow it. */
export const STATUS_ORDER: readonly ResultStatus[] = RESULT_STATUSES;

/** Message key of each status's label. */
export const STATUS_LABEL = {
  idea: 'statusIdea',
  planned: 'statusPlanned',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  discarded: 'statusDiscarded',
} as const satisfies Record<ResultStatus, keyof ResultsMapMessages>;

/**
 * Default colour per status (each ≥ 4.5:1 on white). Pages override them with
 * `--kd-results-map-status-<status>`; the shape tells the status apart even without colour.
 */
export const STATUS_COLOUR: Readonly<Record<ResultStatus, string>> = {
  idea: '#6a3d9a',
  planned: '#005a9c',
  'in-progress': '#8a4600',
  done: '#1e6b34',
  discarded: '#595959',
};

/** `var(--kd-results-map-status-done, #1e6b34)`: the themeable colour of a status. */
export function statusColour(status: ResultStatus): string {
  return `var(--kd-results-map-status-${status}, ${STATUS_COLOUR[status]})`;
}

/**
 * One shape per status in a 24×24 box: diamond (idea), square (planned), triangle (in
 * progress), circle with a tick (done), cross (discarded). `mark` is drawn in white on top.
 */
const GLYPHS: Readonly<Record<ResultStatus, { shape: string; mark?: string }>> = {
  idea: { shape: 'M12 1.5 22.5 12 12 22.5 1.5 12Z' },
  planned: { shape: 'M3.5 3.5h17v17h-17Z' },
  'in-progress': { shape: 'M12 2 23 21H1Z' },
  done: { shape: 'M12 1.5a10.5 10.5 0 1 0 0 21 10.5 10.5 0 1 0 0-21Z', mark: 'm6.8 12.3 3.5 3.5 6.9-7.1' },
  discarded: { shape: 'M5.6 2.4 12 8.8l6.4-6.4 3.2 3.2-6.4 6.4 6.4 6.4-3.2 3.2-6.4-6.4-6.4 6.4-3.2-3.2 6.4-6.4-6.4-6.4Z' },
};

/** The status glyph as a Lit template (list, detail, legend). Decorative: the label is text. */
export function statusIcon(status: ResultStatus): SVGTemplateResult {
  const glyph = GLYPHS[status];
  // The colour comes from the stylesheet (`.kd-status-icon--<status>`): a strict CSP forbids
  // style attributes.
  return svg`<svg class="kd-status-icon kd-status-icon--${status}" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
    <path class="kd-status-icon__shape" d=${glyph.shape}></path>
    ${glyph.mark ? svg`<path class="kd-status-icon__mark" d=${glyph.mark}></path>` : null}
  </svg>`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same glyph as a DOM node, for map markers that Leaflet places outside Lit's rendering. */
export function statusIconElement(status: ResultStatus): SVGSVGElement {
  const glyph = GLYPHS[status];
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('class', `kd-status-icon kd-status-icon--${status}`);
  root.setAttribute('viewBox', '0 0 24 24');
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  const shape = document.createElementNS(SVG_NS, 'path');
  shape.setAttribute('class', 'kd-status-icon__shape');
  shape.setAttribute('d', glyph.shape);
  root.append(shape);
  if (glyph.mark) {
    const mark = document.createElementNS(SVG_NS, 'path');
    mark.setAttribute('class', 'kd-status-icon__mark');
    mark.setAttribute('d', glyph.mark);
    root.append(mark);
  }
  return root;
}

/** Dash pattern of an area's outline per status, so areas too differ by more than colour. */
export const STATUS_DASH: Readonly<Record<ResultStatus, string | undefined>> = {
  idea: '2 6',
  planned: '8 6',
  'in-progress': '12 4 2 4',
  done: undefined,
  discarded: '2 3',
};
