import { html, nothing, type TemplateResult } from 'lit';
import type { DateKey } from './calendar-dates.js';
import type { CalendarEntry } from './entries.js';
import { dayInstant, heading, placeText, statusBadge, timeSpanText, whenText, type ViewContext } from './view-context.js';

/** Closes the dialog: the same button on every page of it. */
function closeButton(ctx: ViewContext, close: () => void): TemplateResult {
  return html`<button type="button" class="close" part="close" @click=${close}>
    <span aria-hidden="true">×</span><span class="visually-hidden">${ctx.t('close')}</span>
  </button>`;
}

/**
 * The dialog's title (which takes focus when it opens) and close button. Rendered with the
 * first screen's code, so the dialog opens, is named and can be closed at once, also while the
 * detail's code is still on its way.
 */
export function renderDialogHead(ctx: ViewContext, title: unknown, close: () => void): TemplateResult {
  return html`<div class="dialog__head">
    ${heading(2, title, { id: 'dialog-title', focusable: true })} ${closeButton(ctx, close)}
  </div>`;
}

/**
 * What the listed summary already says about an occurrence (status and when), shown below the
 * title while the whole event and the detail's code are on their way, or could not be loaded.
 */
export function renderEntrySummary(ctx: ViewContext, entry: CalendarEntry): TemplateResult {
  return html`<p class="dialog__when">${statusBadge(ctx, entry)}${` ${whenText(ctx, entry)}`}</p>`;
}

/** "Zurück zu allen Terminen am …" when the detail was opened from a day's list. */
export function renderBackToDay(ctx: ViewContext, day: DateKey | undefined, back: () => void): TemplateResult | typeof nothing {
  if (!day) return nothing;
  return html`<button type="button" class="back" @click=${back}>
    ${ctx.t('backToDay', { date: ctx.fmt.date(dayInstant(day), 'long') })}
  </button>`;
}

export interface DayListOptions {
  day: DateKey;
  entries: readonly CalendarEntry[];
  close(): void;
}

/** A day's entries, when a cell holds more than fits ("+N weitere") or Enter opens the day. */
export function renderDayList(ctx: ViewContext, o: DayListOptions): TemplateResult {
  return html`${renderDialogHead(ctx, ctx.t('eventsOn', { date: ctx.fmt.date(dayInstant(o.day), 'full') }), o.close)}
    <ul class="day-list">
      ${o.entries.map(
        (e) => html`<li>
          <button type="button" class="entry" part="event" data-key=${e.key} @click=${() => ctx.openEntry(e, o.day)}>
            <span class="entry__when">${timeSpanText(ctx, e)}</span>
            <span class="entry__title">${statusBadge(ctx, e)}<bdi>${` ${e.event.title}`}</bdi></span>
            <span class="entry__place">${placeText(ctx, e.event)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
}
