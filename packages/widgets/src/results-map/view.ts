import { html, nothing, type TemplateResult } from 'lit';
import type { DialogEvent, Result, ResultStatus } from '@kommunaldialog/sdk';
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

export function renderProgress(view: View, result: Result): TemplateResult {
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

function renderRelated(view: View, result: Result, events: readonly (DialogEvent | undefined)[] | undefined): unknown {
  if (result.relatedEvents.length === 0) return nothing;
  return html`<section class="detail__section">
    ${heading(view, view.t('detailEvents'), { offset: 1 })}
    <ul class="detail__events">
      ${result.relatedEvents.map((id, i) => {
        const event = events?.[i];
        const href = view.eventHref({ id, municipality: event?.municipality ?? result.municipality });
        const label = event ? event.title : id;
        return html`<li>
          ${href ? html`<a href=${href}>${label}</a>` : html`<span>${label}</span>`}
          ${event ? html`<time datetime=${event.start}>${view.fmt.dateTime(event.start)}</time>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The detail panel: everything about one result. */
export function renderDetail(
  view: View,
  result: Result,
  events: readonly (DialogEvent | undefined)[] | undefined,
  onClose: () => void,
): TemplateResult {
  const { t, fmt } = view;
  return html`<section class="detail" id="detail" part="detail" aria-labelledby="detail-title">
    <div class="detail__head">
      ${heading(view, result.title, { id: 'detail-title', focusable: true, className: 'detail__title' })}
      <button type="button" class="detail__close" @click=${onClose}>
        <span aria-hidden="true">×</span><span class="visually-hidden">${t('detailClose')}</span>
      </button>
    </div>
    <p>${renderStatus(view, result.status)}</p>
    ${renderProgress(view, result)}
    <p class="detail__summary">${result.summary}</p>
    ${result.precision === 'area' ? html`<p class="detail__area">${t('detailArea')}</p>` : nothing}
    <dl class="detail__facts">
      <div><dt>${t('detailMunicipality')}</dt><dd>${view.municipalityName(result.municipality)}</dd></div>
      ${result.topics.length > 0
        ? html`<div><dt>${t('detailTopics')}</dt><dd>${view.list(result.topics.map(view.topicName))}</dd></div>`
        : nothing}
      ${result.office ? html`<div><dt>${t('detailOffice')}</dt><dd>${result.office}</dd></div>` : nothing}
      <div>
        <dt>${t('detailUpdated')}</dt>
        <dd><time datetime=${result.updatedAt}>${fmt.date(result.updatedAt)}</time></dd>
      </div>
    </dl>
    <p class="detail__concerns">
      ${result.concernCount > 0 ? t('detailConcerns', { count: result.concernCount }) : t('detailNoConcerns')}
    </p>
    ${result.timeline.length > 0
      ? html`<section class="detail__section">
          ${heading(view, t('detailTimeline'), { offset: 1 })}
          <ol class="timeline">
            ${result.timeline.map(
              (step) => html`<li><time datetime=${step.date}>${fmt.date(step.date)}</time> <span>${step.text}</span></li>`,
            )}
          </ol>
        </section>`
      : nothing}
    ${renderRelated(view, result, events)}
  </section>`;
}
