import { html, nothing, type TemplateResult } from 'lit';
import type { ResultStatus, ResultSummary } from '@kommunaldialog/sdk';
import type { Formatter } from '../shared/format.js';
import type { ParamArgs } from '../shared/i18n/types.js';
import type { ResultsMapMessages } from './messages/index.js';
import { statusIcon } from './status.js';
import { styleProperties } from './style-properties.js';

/** The widget's `t`, for render helpers outside the class. */
export type Translate = <K extends keyof ResultsMapMessages & string>(key: K, ...params: ParamArgs<ResultsMapMessages[K]>) => string;

/** What the render helpers need from the widget. */
export interface View {
  t: Translate;
  fmt: Formatter;
  /** Intl tag for numbers (`de` for Leichte Sprache). */
  intl: string;
  headingLevel: number;
  statusLabel(status: ResultStatus): string;
  /** `40 %`: a fraction as a percentage in the locale's style. */
  percent(fraction: number): string;
  /** `Wohnen, Bauen`: a short list in the locale's style. */
  list(items: readonly string[]): string;
  topicName(id: string): string;
  municipalityName(id: string): string;
  /** Link of a related event, from the `event-url` template; undefined without one. */
  eventHref(event: { id: string; municipality?: string }): string | undefined;
}

/** A heading at the widget's level (`offset` deeper). */
export function heading(view: View, content: unknown, options: { id?: string; offset?: number; focusable?: boolean; className?: string } = {}): TemplateResult {
  const level = Math.min(6, view.headingLevel + (options.offset ?? 0));
  return html`<div
    role="heading"
    aria-level=${level}
    id=${options.id ?? nothing}
    class=${options.className ?? 'kd-heading'}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    ${content}
  </div>`;
}

export function renderStatus(view: View, status: ResultStatus): TemplateResult {
  return html`<span class="status status--${status}">${statusIcon(status)}<span>${view.statusLabel(status)}</span></span>`;
}

export function renderProgress(view: View, result: ResultSummary): TemplateResult {
  const text = view.percent(result.progress / 100);
  return html`<div class="progress">
    <div
      class="progress__track"
      role="progressbar"
      aria-label=${view.t('progress')}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${result.progress}
      aria-valuetext=${text}
    >
      <div class="progress__bar progress__bar--${result.status}" ${styleProperties({ 'inline-size': `${String(result.progress)}%` })}></div>
    </div>
    <span class="progress__text" aria-hidden="true">${text}</span>
  </div>`;
}

/**
 * The detail panel of one result: what the list already has (title, status, progress, whether
 * the place is approximate) at once, and `body` (the rest, from the whole result) below it.
 */
export function renderDetail(view: View, result: ResultSummary, body: unknown, onClose: () => void): TemplateResult {
  return html`<section class="detail" id="detail" part="detail" aria-labelledby="detail-title">
    <div class="detail__head">
      ${heading(view, result.title, { id: 'detail-title', focusable: true, className: 'detail__title' })}
      <button type="button" class="detail__close" @click=${onClose}>
        <span aria-hidden="true">×</span><span class="visually-hidden">${view.t('detailClose')}</span>
      </button>
    </div>
    <p>${renderStatus(view, result.status)}</p>
    ${renderProgress(view, result)}
    ${result.precision === 'area' ? html`<p class="detail__area">${view.t('detailArea')}</p>` : nothing}
    ${body}
  </section>`;
}
