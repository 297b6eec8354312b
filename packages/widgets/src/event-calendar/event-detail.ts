import type { DialogEvent } from '@kommunaldialog/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { DateKey } from './calendar-dates.js';
import type { CalendarEntry } from './entries.js';
import {
  dayInstant,
  formatLabel,
  heading,
  placeText,
  statusBadge,
  statusText,
  timeSpanText,
  topicLabel,
  type ViewContext,
} from './view-context.js';

/** The online link appears this long before the start (and stays until the end). */
export const ONLINE_LINK_LEAD_MS = 30 * 60_000;

/** `https://www.openstreetmap.org/?mlat=…&mlon=…#map=18/…/…` for a venue. */
export function osmUrl(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** "Arabisch, Ukrainisch" for `['ar', 'uk']` in the widget's language. */
function languages(ctx: ViewContext, tags: readonly string[]): string {
  const tag = ctx.locale === 'de-x-ls' ? 'de' : ctx.locale;
  let names = languageNames.get(tag);
  if (!names) languageNames.set(tag, (names = new Intl.DisplayNames(tag, { type: 'language', fallback: 'code' })));
  const list = new Intl.ListFormat(tag, { type: 'conjunction' });
  return list.format(tags.map((t) => names.of(t) ?? t));
}

function externalLink(ctx: ViewContext, href: string, text: string, part?: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" part=${part ?? nothing}
    >${text}<span class="visually-hidden"> ${ctx.t('newWindow')}</span></a
  >`;
}

/** Closes the dialog: the same button on every page of it. */
function closeButton(ctx: ViewContext, close: () => void): TemplateResult {
  return html`<button type="button" class="close" part="close" @click=${close}>
    <span aria-hidden="true">×</span><span class="visually-hidden">${ctx.t('close')}</span>
  </button>`;
}

export interface DayListOptions {
  day: DateKey;
  entries: readonly CalendarEntry[];
  close(): void;
}

/** A day's entries, when a cell holds more than fits ("+N weitere") or Enter opens the day. */
export function renderDayList(ctx: ViewContext, o: DayListOptions): TemplateResult {
  return html`<div class="dialog__head">
      ${heading(2, ctx.t('eventsOn', { date: ctx.fmt.date(dayInstant(o.day), 'full') }), { id: 'dialog-title', focusable: true })}
      ${closeButton(ctx, o.close)}
    </div>
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

export interface DetailOptions {
  entry: CalendarEntry;
  /** Set when the detail was opened from a day's list: offers the way back. */
  day?: DateKey | undefined;
  now: number;
  close(): void;
  backToDay(): void;
  downloadIcs(event: DialogEvent): void;
  /** The registration part (empty when the event needs none). */
  registration: unknown;
  /** The feed links ("Abonnieren"). */
  subscribe: unknown;
}

function whereBlock(ctx: ViewContext, event: DialogEvent): TemplateResult | typeof nothing {
  const venue = event.status === 'moved-online' ? undefined : event.venue;
  if (!venue) return nothing;
  return html`<dt>${ctx.t('where')}</dt>
    <dd>
      <span class="venue">${venue.name}</span><br />
      ${venue.street}<br />
      ${venue.postalCode} ${venue.city}<br />
      ${externalLink(ctx, osmUrl(venue.lat, venue.lng), ctx.t('map'), 'map-link')}
    </dd>`;
}

function onlineBlock(ctx: ViewContext, entry: CalendarEntry, now: number): TemplateResult | typeof nothing {
  const url = entry.event.onlineUrl;
  if (!url || entry.event.status === 'cancelled' || entry.skipped) return nothing;
  const start = Date.parse(entry.start);
  const end = Date.parse(entry.end);
  if (now >= end) return nothing;
  return html`<dt>${ctx.t('online')}</dt>
    <dd>${now >= start - ONLINE_LINK_LEAD_MS ? externalLink(ctx, url, ctx.t('joinOnline'), 'online-link') : ctx.t('onlineLater')}</dd>`;
}

function accessibilityBlock(ctx: ViewContext, event: DialogEvent): TemplateResult {
  const a = event.accessibility;
  const items = [
    a.stepFree ? ctx.t('stepFree') : event.venue && event.status !== 'moved-online' ? ctx.t('notStepFree') : '',
    a.hearingLoop ? ctx.t('hearingLoop') : '',
    a.signLanguage ? ctx.t('signLanguage') : '',
    a.childcare ? ctx.t('childcare') : '',
    a.interpretation.length > 0 ? ctx.t('interpretation', { languages: languages(ctx, a.interpretation) }) : '',
  ].filter(Boolean);
  return html`<dt>${ctx.t('accessibility')}</dt>
    <dd>
      ${items.length > 0 ? html`<ul class="access">${items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
      ${a.notes ? html`<p class="text">${a.notes}</p>` : nothing}
    </dd>`;
}

function organizerBlock(ctx: ViewContext, event: DialogEvent): TemplateResult {
  const o = event.organizer;
  return html`<dt>${ctx.t('organizer')}</dt>
    <dd>
      ${o.name}
      ${o.email ? html`<br /><a href="mailto:${o.email}">${o.email}</a>` : nothing}
      ${o.phone ? html`<br /><a href="tel:${o.phone.replace(/[^\d+]/g, '')}">${o.phone}</a>` : nothing}
      ${o.url ? html`<br />${externalLink(ctx, o.url, o.url.replace(/^https?:\/\//, ''))}` : nothing}
    </dd>`;
}

/**
 * Everything about one occurrence: when, where (with an OpenStreetMap link), the online link
 * from 30 minutes before the start, status in words, topics, organizer, accessibility and
 * interpretation, the description as plain text, registration, and calendar links.
 */
export function renderDetail(ctx: ViewContext, o: DetailOptions): TemplateResult {
  const { entry } = o;
  const event = entry.event;
  const note = ctx.fmt.timeZoneNote(entry.start);
  const when = event.allDay ? `${ctx.fmt.date(entry.start, 'full')}, ${ctx.t('allDay')}` : ctx.fmt.range(entry.start, entry.end);
  return html`<div class="dialog__head">
      ${heading(2, html`<bdi>${event.title}</bdi>`, { id: 'dialog-title', focusable: true })} ${closeButton(ctx, o.close)}
    </div>
    ${o.day
      ? html`<button type="button" class="back" @click=${o.backToDay}>
          ${ctx.t('backToDay', { date: ctx.fmt.date(dayInstant(o.day), 'long') })}
        </button>`
      : nothing}
    ${statusText(ctx, entry)}
    <dl class="facts">
      <dt>${ctx.t('when')}</dt>
      <dd>
        <span data-when class=${entry.skipped || event.status === 'cancelled' ? 'struck' : ''}>${when}</span>
        ${event.recurrence ? html`<br />${ctx.t('recurring')}` : nothing}
        ${note ? html`<br /><span class="tz-note">${note}</span>` : nothing}
      </dd>
      ${whereBlock(ctx, event)} ${onlineBlock(ctx, entry, o.now)}
      <dt>${ctx.t('format')}</dt>
      <dd>${formatLabel(ctx, event.format)}</dd>
      ${event.topics.length > 0
        ? html`<dt>${ctx.t('topics')}</dt>
            <dd>${event.topics.map((t) => topicLabel(ctx, t)).join(', ')}</dd>`
        : nothing}
      ${organizerBlock(ctx, event)} ${accessibilityBlock(ctx, event)}
    </dl>
    ${event.description
      ? html`${heading(3, ctx.t('description'))}
          <p class="text description" dir="auto">${event.description}</p>`
      : nothing}
    ${o.registration}
    <div class="actions">
      <button type="button" class="kd-button" part="ics-button" @click=${() => o.downloadIcs(event)}>${ctx.t('addToCalendar')}</button>
      ${o.subscribe}
    </div>`;
}
