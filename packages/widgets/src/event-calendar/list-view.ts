import { html, nothing, type TemplateResult } from 'lit';
import { dayKeyOf, type DateKey } from './calendar-dates.js';
import type { CalendarEntry } from './entries.js';
import {
  dayInstant,
  heading,
  placeText,
  statusBadge,
  timeSpanText,
  type ViewContext,
} from './view-context.js';

/** Entries the list renders at first and adds per "show more": keeps 5 000 entries cheap. */
export const LIST_PAGE = 50;

function entryButton(ctx: ViewContext, entry: CalendarEntry, when: string): TemplateResult {
  return html`<button
    type="button"
    class="entry"
    part="event"
    data-key=${entry.key}
    data-status=${entry.skipped ? 'skipped' : entry.event.status}
    @click=${() => ctx.openEntry(entry)}
  >
    <span class="entry__when">${when}</span>
    <span class="entry__title">${statusBadge(ctx, entry)}<bdi>${` ${entry.event.title}`}</bdi></span>
    <span class="entry__place">${placeText(ctx, entry.event)}</span>
  </button>`;
}

/** Entries in start order, grouped by the Berlin day they start on (or `from`'s day if earlier). */
function groups(entries: readonly CalendarEntry[], fromKey: DateKey): [DateKey, CalendarEntry[]][] {
  const out: [DateKey, CalendarEntry[]][] = [];
  for (const e of entries) {
    let key = dayKeyOf(e.startMs);
    if (key < fromKey) key = fromKey;
    const last = out.at(-1);
    if (last && last[0] === key) last[1].push(e);
    else out.push([key, [e]]);
  }
  return out;
}

export interface ListViewOptions {
  entries: readonly CalendarEntry[];
  /** First day of the range: entries that began before it are listed under it. */
  fromKey: DateKey;
  /** How many entries to render. */
  shown: number;
  showMore(): void;
}

/** Upcoming entries grouped under a heading per day; long lists grow page by page. */
export function renderList(ctx: ViewContext, o: ListViewOptions): TemplateResult {
  const visible = o.entries.slice(0, o.shown);
  const rest = o.entries.length - visible.length;
  return html`<div class="list" part="list">
    ${groups(visible, o.fromKey).map(
      ([key, entries]) =>
        html`<section class="list__day">
          ${heading(ctx.headingLevel + 1, ctx.fmt.date(dayInstant(key), 'full'))}
          <ul>
            ${entries.map((e) => html`<li>${entryButton(ctx, e, timeSpanText(ctx, e))}</li>`)}
          </ul>
        </section>`,
    )}
    ${
      rest > 0
        ? html`<button type="button" class="kd-button kd-button--secondary show-more" @click=${o.showMore}>
            ${ctx.t('showMore', { count: Math.min(rest, LIST_PAGE) })}
          </button>`
        : nothing
    }
  </div>`;
}

/** The next few entries for a sidebar: date and time on each line, no grouping. */
export function renderCompact(ctx: ViewContext, entries: readonly CalendarEntry[]): TemplateResult {
  return html`<ul class="compact" part="list" aria-label=${ctx.t('upcoming')}>
    ${entries.map(
      (e) =>
        html`<li>
          ${entryButton(ctx, e, `${ctx.fmt.dayName(e.start, 'short')}, ${ctx.fmt.date(e.start, 'medium')}, ${timeSpanText(ctx, e)}`)}
        </li>`,
    )}
  </ul>`;
}
