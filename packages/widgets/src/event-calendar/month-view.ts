import { html, nothing, type TemplateResult } from 'lit';
import {
  addDays,
  addMonths,
  endOfWeek,
  monthOf,
  monthWeeks,
  parseKey,
  sameMonth,
  startOfWeek,
  toKey,
  daysInMonth,
  weekdayOrder,
  type DateKey,
} from './calendar-dates.js';
import { formatNumber } from '../shared/i18n/define-messages.js';
import { intlLocale } from '../shared/i18n/locale.js';
import type { CalendarEntry } from './entries.js';
import { dayInstant, startText, statusBadge, type ViewContext } from './view-context.js';

/** Entries a day cell shows before it folds the rest into "+N weitere". */
export const MAX_PER_DAY = 3;

export interface MonthViewOptions {
  /** The day holding the grid's single tab stop. */
  active: DateKey;
  today: DateKey;
  /** Entries by day; `undefined` while the month loads. */
  days: ReadonlyMap<DateKey, CalendarEntry[]> | undefined;
  titleId: string;
  helpId: string;
  /** The calendar is narrower than 480 px. */
  narrow: boolean;
  /** A day's full list ("+N weitere", or Enter on a day with several entries). */
  openDay(key: DateKey): void;
  /** A click on a day moves the tab stop (and focus) there. */
  activate(key: DateKey): void;
  /** A day got focus some other way (script, screen reader): it becomes the tab stop. */
  focused(key: DateKey): void;
  onKeydown(event: KeyboardEvent): void;
}

/**
 * The date the grid moves to for a key press, or `undefined` for keys it does not handle.
 * Left and right swap in right-to-left scripts; Home and End stay inside the month.
 */
export function dateForKey(
  key: DateKey,
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  rtl: boolean,
  weekStart: number,
): DateKey | undefined {
  const { year, month } = parseKey(key);
  switch (event.key) {
    case 'ArrowRight':
      return addDays(key, rtl ? -1 : 1);
    case 'ArrowLeft':
      return addDays(key, rtl ? 1 : -1);
    case 'ArrowDown':
      return addDays(key, 7);
    case 'ArrowUp':
      return addDays(key, -7);
    case 'Home': {
      const start = startOfWeek(key, weekStart);
      return sameMonth(start, key) ? start : toKey(year, month, 1);
    }
    case 'End': {
      const end = endOfWeek(key, weekStart);
      return sameMonth(end, key) ? end : toKey(year, month, daysInMonth(year, month));
    }
    case 'PageUp':
      return addMonths(key, event.shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(key, event.shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}

function chip(ctx: ViewContext, entry: CalendarEntry, tabbable: boolean): TemplateResult {
  return html`<li>
    <button
      type="button"
      class="chip"
      part="event"
      data-key=${entry.key}
      data-status=${entry.skipped ? 'skipped' : entry.event.status}
      tabindex=${tabbable ? '0' : '-1'}
      @click=${() => ctx.openEntry(entry)}
    >
      <span class="chip__time">${startText(ctx, entry)}</span>
      <span class="chip__title">${statusBadge(ctx, entry)}<bdi>${` ${entry.event.title}`}</bdi></span>
    </button>
  </li>`;
}

function dayCell(ctx: ViewContext, o: MonthViewOptions, key: DateKey): TemplateResult {
  const entries = o.days?.get(key) ?? [];
  const isActive = key === o.active;
  const count = entries.length;
  // Folding leaves room for the "+N" line: a full cell shows MAX_PER_DAY − 1 entries then.
  const shown = count > MAX_PER_DAY ? entries.slice(0, MAX_PER_DAY - 1) : entries;
  const hidden = count - shown.length;
  const date = ctx.fmt.date(dayInstant(key), 'full');
  // In the locale's own digits (Persian ۲۸), as the times beside it.
  const dayNumber = formatNumber(intlLocale(ctx.locale), parseKey(key).day);
  return html`<td
    class="day"
    part="day"
    data-date=${key}
    tabindex=${isActive ? '0' : '-1'}
    aria-current=${key === o.today ? 'date' : nothing}
    @focus=${() => o.focused(key)}
    @click=${(e: Event) => {
      if (e.target === e.currentTarget || (e.target as Element).classList.contains('day__number'))
        o.activate(key);
    }}
  >
    <span class="day__number" aria-hidden="true">${dayNumber}</span>
    <span class="visually-hidden"
      >${o.days ? `${date}, ${count ? ctx.t('eventCount', { count }) : ctx.t('noEvents')}` : date}</span
    >
    ${
      o.days
        ? count > 0
          ? html`<ul class="chips">
              ${shown.map((e) => chip(ctx, e, isActive))}
            </ul>`
          : nothing
        : html`<span class="kd-skeleton day__skeleton" aria-hidden="true"></span>`
    }
    ${
      hidden > 0
        ? html`<button
            type="button"
            class="more"
            tabindex=${isActive ? '0' : '-1'}
            @click=${() => o.openDay(key)}
          >
            ${ctx.t('more', { count: hidden })}<span class="visually-hidden"
              >${` (${ctx.t('eventsOn', { date: ctx.fmt.date(dayInstant(key), 'long') })})`}</span
            >
          </button>`
        : nothing
    }
  </td>`;
}

/**
 * The month as a WAI-ARIA date grid: one tab stop (the active day), arrows by day and week,
 * Home/End, PageUp/PageDown by month, with Shift by year; today carries `aria-current="date"`.
 * Entries of the active day are reachable with Tab; other days' entries by mouse or Enter.
 */
export function renderMonth(ctx: ViewContext, o: MonthViewOptions): TemplateResult {
  const weekStart = ctx.fmt.weekStart;
  const weeks = monthWeeks(monthOf(o.active), weekStart);
  const days = weekdayOrder(weekStart);
  // Arabic and Persian short weekday names are whole words ("الأربعاء"): a narrow column breaks
  // them inside the word, which tears its joined letters apart. Their one-letter names fit.
  const width = o.narrow && days.some((d) => ctx.fmt.dayName(d, 'short').length > 3) ? 'narrow' : 'short';
  return html`<p id=${o.helpId} class="visually-hidden">${ctx.t('gridHelp')}</p>
    <table
      role="grid"
      class="grid"
      part="grid"
      aria-labelledby=${o.titleId}
      aria-describedby=${o.helpId}
      aria-busy=${o.days ? 'false' : 'true'}
      @keydown=${o.onKeydown}
    >
      <thead>
        <tr>
          ${days.map(
            (d) =>
              html`<th scope="col">
                <span aria-hidden="true">${ctx.fmt.dayName(d, width)}</span>
                <span class="visually-hidden">${ctx.fmt.dayName(d, 'long')}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((key) => (key ? dayCell(ctx, o, key) : html`<td class="pad"></td>`))}
            </tr>`,
        )}
      </tbody>
    </table>`;
}
