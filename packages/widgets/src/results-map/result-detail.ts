import { html, nothing, type TemplateResult } from 'lit';
import type { DialogEvent, Result } from '@kommunaldialog/sdk';
import { heading, type View } from './view.js';

/*
 * The part of the detail panel that needs the whole result (`results.get(id)`): loaded with it,
 * when a visitor opens a result, so the page does not carry it.
 */

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
          ${href ? html`<a href=${href}><bdi>${label}</bdi></a>` : html`<bdi>${label}</bdi>`}
          ${event ? html`<time datetime=${event.start}>${view.fmt.dateTime(event.start)}</time>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Summary text, facts, concerns, timeline and related events of the whole result. */
export function renderDetailBody(view: View, result: Result, events: readonly (DialogEvent | undefined)[] | undefined): TemplateResult {
  const { t, fmt } = view;
  // Texts from the API are isolated from the widget's language (a German summary in an Arabic
  // panel keeps its full stop at its end).
  return html`<p class="detail__summary" dir="auto">${result.summary}</p>
    <dl class="detail__facts">
      <div><dt>${t('detailMunicipality')}</dt><dd>${view.municipalityName(result.municipality)}</dd></div>
      ${result.topics.length > 0
        ? html`<div><dt>${t('detailTopics')}</dt><dd>${view.list(result.topics.map(view.topicName))}</dd></div>`
        : nothing}
      ${result.office ? html`<div><dt>${t('detailOffice')}</dt><dd><bdi>${result.office}</bdi></dd></div>` : nothing}
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
              (step) => html`<li><time datetime=${step.date}>${fmt.date(step.date)}</time> <bdi>${step.text}</bdi></li>`,
            )}
          </ol>
        </section>`
      : nothing}
    ${renderRelated(view, result, events)}`;
}
