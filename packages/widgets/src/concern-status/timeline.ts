import { html, nothing, type TemplateResult } from 'lit';
import type { ConcernStatus } from '@kommunaldialog/sdk';
import type { Formatter } from '../shared/format.js';
import type { Translate } from '../concern-form/parts/translate.js';
import type { ConcernStatusMessages } from './messages/index.js';

type Step = ConcernStatus['timeline'][number];

export interface TimelineLinks {
  /** `{id}` template for events, e.g. `/termine/{id}`. */
  eventUrl: string | undefined;
  resultUrl: string | undefined;
}

function fill(template: string | undefined, id: string | undefined): string | undefined {
  return template && id ? template.replaceAll('{id}', encodeURIComponent(id)) : undefined;
}

function renderStep(step: Step, current: boolean, links: TimelineLinks, fmt: Formatter, t: Translate<ConcernStatusMessages>) {
  const eventHref = fill(links.eventUrl, step.eventId);
  const resultHref = fill(links.resultUrl, step.resultId);
  return html`<li class="step ${current ? 'step--current' : ''}" aria-current=${current ? 'step' : nothing}>
    <span class="step__marker" aria-hidden="true"></span>
    <div class="step__body">
      <p class="step__status">
        ${t(`status_${step.status}`)}
        <time class="step__date" datetime=${step.at}>${fmt.date(step.at, 'long')}</time>
      </p>
      <p>${t(`statusText_${step.status}`)}</p>
      ${step.note
        ? html`<p class="step__note"><span class="step__note-label">${t('noteFromOffice')}:</span> <bdi lang="de">${step.note}</bdi></p>`
        : nothing}
      ${eventHref ? html`<p><a href=${eventHref}>${t('toEvent')}</a></p>` : nothing}
      ${resultHref ? html`<p><a href=${resultHref}>${t('toResult')}</a></p>` : nothing}
    </div>
  </li>`;
}

/** The public steps of a concern, oldest first; the last one is the current state. */
export function renderTimeline(
  status: ConcernStatus,
  links: TimelineLinks,
  fmt: Formatter,
  t: Translate<ConcernStatusMessages>,
): TemplateResult {
  const steps = [...status.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return html`<ol class="timeline" part="timeline">
    ${steps.map((step, i) => renderStep(step, i === steps.length - 1, links, fmt, t))}
  </ol>`;
}
