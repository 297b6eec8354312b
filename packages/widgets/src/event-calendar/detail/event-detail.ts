import type { DialogEvent } from '@kommunaldialog/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarEntry } from '../entries.js';
import { formatLabel, heading, statusOf, STATUS_LABELS, topicLabel, whenText, type TranslateOf, type ViewContext } from '../view-context.js';
import type { DetailMessages } from './messages/index.js';

/** The calendar's context plus the detail's own strings (`d`), which load with the detail's code. */
export interface DetailContext extends ViewContext {
  d: TranslateOf<DetailMessages>;
}

/** The online link appears this long before the start (and stays until the end). */
export const ONLINE_LINK_LEAD_MS = 30 * 60_000;

/** `https://www.openstreetmap.org/?mlat=…&mlon=…#map=18/…/…` for a venue. */
export function osmUrl(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`;
}

const STATUS_TEXTS = {
  cancelled: 'statusCancelledText',
  postponed: 'statusPostponedText',
  'moved-online': 'statusMovedOnlineText',
  skipped: 'statusSkippedText',
} as const;

/** The status as a sentence ("Abgesagt: Diese Veranstaltung wurde abgesagt."). */
function statusText(ctx: DetailContext, entry: CalendarEntry): TemplateResult | typeof nothing {
  const status = statusOf(entry);
  if (!status) return nothing;
  return html`<p class="status" data-status=${status} part="status">
    <strong>${ctx.t(STATUS_LABELS[status])}:</strong> ${ctx.d(STATUS_TEXTS[status])}
  </p>`;
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

function externalLink(ctx: DetailContext, href: string, text: string, part?: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" part=${part ?? nothing}
    >${text}<span class="visually-hidden"> ${ctx.d('newWindow')}</span></a
  >`;
}

export interface DetailOptions {
  /** The occurrence (its own start and end) with the whole event. */
  entry: CalendarEntry<DialogEvent>;
  now: number;
  downloadIcs(event: DialogEvent): void;
  /** The registration part (empty when the event needs none). */
  registration: unknown;
  /** The feed links ("Abonnieren"). */
  subscribe: unknown;
}

// What the API writes (names, addresses, notes) is isolated from the widget's language: a German
// address in an Arabic dialog keeps "72070 Tübingen" in that order and its full stop at its end, and
// a phone number always reads left to right.
function whereBlock(ctx: DetailContext, event: DialogEvent): TemplateResult | typeof nothing {
  const venue = event.status === 'moved-online' ? undefined : event.venue;
  if (!venue) return nothing;
  return html`<dt>${ctx.d('where')}</dt>
    <dd>
      <bdi class="venue">${venue.name}</bdi><br />
      <bdi>${venue.street}</bdi><br />
      <bdi>${venue.postalCode} ${venue.city}</bdi><br />
      ${externalLink(ctx, osmUrl(venue.lat, venue.lng), ctx.d('map'), 'map-link')}
    </dd>`;
}

function onlineBlock(ctx: DetailContext, entry: CalendarEntry<DialogEvent>, now: number): TemplateResult | typeof nothing {
  const url = entry.event.onlineUrl;
  if (!url || entry.event.status === 'cancelled' || entry.skipped) return nothing;
  const start = Date.parse(entry.start);
  const end = Date.parse(entry.end);
  if (now >= end) return nothing;
  return html`<dt>${ctx.t('online')}</dt>
    <dd>${now >= start - ONLINE_LINK_LEAD_MS ? externalLink(ctx, url, ctx.d('joinOnline'), 'online-link') : ctx.d('onlineLater')}</dd>`;
}

function accessibilityBlock(ctx: DetailContext, event: DialogEvent): TemplateResult {
  const a = event.accessibility;
  const items = [
    a.stepFree ? ctx.d('stepFree') : event.venue && event.status !== 'moved-online' ? ctx.d('notStepFree') : '',
    a.hearingLoop ? ctx.d('hearingLoop') : '',
    a.signLanguage ? ctx.d('signLanguage') : '',
    a.childcare ? ctx.d('childcare') : '',
    a.interpretation.length > 0 ? ctx.d('interpretation', { languages: languages(ctx, a.interpretation) }) : '',
  ].filter(Boolean);
  return html`<dt>${ctx.d('accessibility')}</dt>
    <dd>
      ${items.length > 0 ? html`<ul class="access">${items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
      ${a.notes ? html`<p class="text" dir="auto">${a.notes}</p>` : nothing}
    </dd>`;
}

function organizerBlock(ctx: DetailContext, event: DialogEvent): TemplateResult {
  const o = event.organizer;
  return html`<dt>${ctx.d('organizer')}</dt>
    <dd>
      <bdi>${o.name}</bdi>
      ${o.email ? html`<br /><a href="mailto:${o.email}" dir="ltr">${o.email}</a>` : nothing}
      ${o.phone ? html`<br /><a href="tel:${o.phone.replace(/[^\d+]/g, '')}" dir="ltr">${o.phone}</a>` : nothing}
      ${o.url ? html`<br />${externalLink(ctx, o.url, o.url.replace(/^https?:\/\//, ''))}` : nothing}
    </dd>`;
}

/**
 * Everything about one occurrence below the dialog's title: status in words, when, where (with
 * an OpenStreetMap link), the online link from 30 minutes before the start, topics, organizer,
 * accessibility and interpretation, the description as plain text, registration, and calendar
 * links.
 */
export function renderDetail(ctx: DetailContext, o: DetailOptions): TemplateResult {
  const { entry } = o;
  const event = entry.event;
  const note = ctx.fmt.timeZoneNote(entry.start);
  const when = whenText(ctx, entry);
  return html`${statusText(ctx, entry)}
    <dl class="facts">
      <dt>${ctx.d('when')}</dt>
      <dd>
        <span data-when class=${entry.skipped || event.status === 'cancelled' ? 'struck' : ''}>${when}</span>
        ${event.recurrence ? html`<br />${ctx.d('recurring')}` : nothing}
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
      ? html`${heading(3, ctx.d('description'))}
          <p class="text description" dir="auto">${event.description}</p>`
      : nothing}
    ${o.registration}
    <div class="actions">
      <button type="button" class="kd-button" part="ics-button" @click=${() => o.downloadIcs(event)}>${ctx.d('addToCalendar')}</button>
      ${o.subscribe}
    </div>`;
}
