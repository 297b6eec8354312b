import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ResultSummary } from '@kommunaldialog/sdk';
import type { ResultGroup } from './filters.js';
import { heading, renderProgress, renderStatus, type View } from './view.js';

export interface ListOptions {
  /** Results in display order; grouped when `groups` is given. */
  results: readonly ResultSummary[];
  groups: readonly ResultGroup[] | undefined;
  /** How many entries are rendered (the rest behind "show more"). */
  limit: number;
  selected: string | undefined;
  onSelect(result: ResultSummary, opener: HTMLElement): void;
  onShowMore(): void;
}

/** Entries rendered per "show more": a long list stays fast and is read in portions. */
export const LIST_PAGE = 50;

function renderItem(view: View, result: ResultSummary, options: ListOptions): TemplateResult {
  const selected = result.id === options.selected;
  return html`<li class="item ${selected ? 'item--selected' : ''}" part="item">
    <button
      type="button"
      class="item__title"
      data-id=${result.id}
      aria-expanded=${selected ? 'true' : 'false'}
      aria-controls=${selected ? 'detail' : nothing}
      @click=${(e: Event) => options.onSelect(result, e.currentTarget as HTMLElement)}
    >
      ${result.title}
    </button>
    <p class="item__status">${renderStatus(view, result.status)}</p>
    ${renderProgress(view, result)}
    <p class="item__meta">
      ${result.topics.length > 0 ? `${view.list(result.topics.map(view.topicName))} · ` : ''}${view.municipalityName(result.municipality)}
    </p>
  </li>`;
}

function renderItems(view: View, results: readonly ResultSummary[], options: ListOptions): TemplateResult {
  return html`<ul class="items">
    ${repeat(results, (r) => r.id, (r) => renderItem(view, r, options))}
  </ul>`;
}

/**
 * The list of results: the first-class view, complete without the map. In the state-wide view
 * it is grouped by municipality.
 */
export function renderList(view: View, options: ListOptions): TemplateResult {
  const { results, groups, limit } = options;
  const total = results.length;
  const shown = Math.min(limit, total);
  let body: TemplateResult;
  if (groups) {
    let budget = shown;
    const visible = groups.flatMap((g) => {
      const take = g.results.slice(0, budget);
      budget -= take.length;
      return take.length > 0 ? [{ ...g, results: take, total: g.results.length }] : [];
    });
    body = html`${visible.map(
      (g) => html`<section class="group" aria-labelledby=${`group-${g.municipality}`}>
        ${heading(view, html`${g.name} <span class="group__count">(${view.t('resultCount', { count: g.total })})</span>`, {
          id: `group-${g.municipality}`,
          className: 'group__title',
        })}
        ${renderItems(view, g.results, options)}
      </section>`,
    )}`;
  } else {
    body = renderItems(view, results.slice(0, shown), options);
  }
  const rest = total - shown;
  return html`<div class="list" part="list" role="region" aria-label=${view.t('listLabel')}>
    ${body}
    ${rest > 0
      ? html`<div class="list__more">
          <p>${view.t('shownOf', { shown, total })}</p>
          <button type="button" class="kd-button kd-button--secondary" @click=${options.onShowMore}>
            ${view.t('showMore', { count: Math.min(LIST_PAGE, rest) })}
          </button>
        </div>`
      : nothing}
  </div>`;
}
