import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import {
  berlinDateKey,
  EVENT_FORMATS,
  expandOccurrences,
  formatBerlinIso,
  PAGE_LIMIT_MAX,
  type DialogEvent,
  type EventFeedQuery,
  type EventFormat,
  type EventSummary,
  type Registration,
  type Topic,
} from '@kommunaldialog/sdk';
import { events, topics } from '@kommunaldialog/sdk/resources';
import { resourcesPerApi } from '../shared/api.js';
import { KdElement } from '../shared/kd-element.js';
import { createFormatter, type Formatter } from '../shared/format.js';
import { renderEmpty, renderError, renderLoading, sharedText } from '../shared/states.js';
import { addDays, addMonths, monthOf, monthRange, sameMonth, startOfDay, todayKey, type DateKey } from './calendar-dates.js';
import { expandEntries, groupByDay, hasEnded, meetsNeeds, toEntry, type AccessNeed, type CalendarEntry } from './entries.js';
import type { DetailPart } from './detail/detail-part.js';
import { renderBackToDay, renderDayList, renderDialogHead, renderEntrySummary } from './dialog-parts.js';
import { KdEventSelectEvent, KdRangeChangeEvent, KdRegistrationEvent } from './events.js';
import { renderFilters, renderSubscribe, type FilterState } from './filters.js';
import { calendarStyles } from './kd-event-calendar.styles.js';
import { LIST_PAGE, renderCompact, renderList } from './list-view.js';
import { calendarMessages, type CalendarMessages } from './messages/index.js';
import { dateForKey, renderMonth } from './month-view.js';
import { heading, monthTitle, type Translate, type ViewContext } from './view-context.js';

export { KdEventSelectEvent, KdRangeChangeEvent, KdRegistrationEvent } from './events.js';

const calendarApi = resourcesPerApi((http) => ({
  events: events(http),
  topics: topics(http),
}));

let detailCode: Promise<typeof import('./detail/detail-part.js')> | undefined;

/**
 * The detail view's code (with registration, `.ics`, their styles and strings): a chunk of its
 * own, asked for when a visitor is about to open an event. A failed load is forgotten, so the
 * next attempt asks again.
 */
function loadDetailCode(): Promise<typeof import('./detail/detail-part.js')> {
  detailCode ??= import('./detail/detail-part.js').catch((error: unknown) => {
    detailCode = undefined;
    throw error;
  });
  return detailCode;
}

/** `month` (date grid), `list` (grouped by day) or `compact` (the next few, for a sidebar). */
export type CalendarView = 'month' | 'list' | 'compact';

/** Below this host width (px) the calendar shows the list unless `view` says otherwise. */
export const NARROW_WIDTH = 480;
const SEARCH_DELAY_MS = 300;
/** How far ahead the compact view looks for its next events. */
const COMPACT_DAYS = 183;
const FIVE_YEARS_MS = 5 * 365 * 86_400_000;

const commaList = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(','),
};

interface Loaded {
  events: EventSummary[];
  from: string;
  to: string;
}

interface Shown {
  loaded: Loaded;
  needs: ReadonlySet<AccessNeed>;
  locale: string;
  entries: CalendarEntry[];
  days: Map<DateKey, CalendarEntry[]>;
}

/** The API filters; empty ones are left out of the query. `format` holds only known formats. */
function filterQuery(municipality: string | undefined, topic: string, format: string, q: string): EventFeedQuery {
  return {
    municipality,
    topic: topic || undefined,
    format: format ? (format.split(',') as EventFormat[]) : undefined,
    q: q || undefined,
  };
}

/** The element holding focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : undefined;
}

/**
 * @summary The dialogue event calendar: month grid, list or teaser; filters, details,
 * registration, and calendar downloads and subscriptions.
 *
 * Events come from `GET /events?fields=summary` for the visible range (every page of it): what a
 * month, a list or a teaser shows, about half the bytes of whole events. The detail view fetches
 * the whole event (`GET /events/{id}`) each time it opens. Recurring events
 * are expanded in Europe/Berlin wall-clock time, so a weekly 18:00 language café stays at
 * 18:00 across both clock changes. All times are Berlin times, labelled as such when the
 * visitor's device is in another zone.
 *
 * Topic, format and free text are sent to the API as query parameters. Access needs
 * (interpretation into the visitor's language, step-free access, sign language, childcare) are
 * filtered in the browser: the API has no parameters for them.
 *
 * The month view follows the WAI-ARIA date-grid pattern: one tab stop on the active day;
 * arrows move by day and week (left and right mirrored in right-to-left languages); Home/End
 * go to the start/end of the week within the month; PageUp/PageDown change the month, with
 * Shift the year; Enter opens the day (or its only event). A day shows up to three events,
 * more as "+N weitere", which opens the whole day. The active day's events are reachable with
 * Tab. A live region announces the month after keyboard or button navigation.
 *
 * @event kd-event-select - The detail view of an event opened. `detail: { event, start, end }`;
 *   `event` is the summary the calendar lists (`events.get(event.id)` has the whole event).
 * @event kd-range-change - The visible range changed. `detail: { from, to, view }` (ISO, Berlin offset).
 * @event kd-registration - A registration went through. `detail: { event, registration }`;
 *   `registration.status` is `confirmed` or `waitlisted`.
 *
 * @csspart base - The widget's root.
 * @csspart toolbar - Month navigation and view switch.
 * @csspart filters - Search field and filter disclosure.
 * @csspart grid - The month table.
 * @csspart day - A day cell.
 * @csspart event - An event in a day cell, list or teaser.
 * @csspart list - The list and the compact list.
 * @csspart detail - The detail dialog.
 * @csspart close - The dialog's close button.
 * @csspart status - The status sentence (cancelled, postponed, moved online) in the detail.
 * @csspart map-link - The OpenStreetMap link.
 * @csspart online-link - The link to join online.
 * @csspart registration - The registration section.
 * @csspart ics-button - "Zum Kalender hinzufügen".
 * @csspart subscribe - The feed links.
 *
 * @cssproperty --kd-calendar-today - Marker of today. Default `--kd-color-primary`.
 * @cssproperty --kd-calendar-event-bg - Background of events in day cells. Default a tint of `--kd-color-primary`.
 * @cssproperty --kd-calendar-cancelled - Colour of cancelled and skipped events. Default `--kd-color-danger`.
 * @cssproperty --kd-calendar-day-min-height - Height of a day cell. Default `6.5em`.
 *
 * @example
 * <kd-event-calendar municipality="tuebingen" topics="wohnen,arbeit"></kd-event-calendar>
 * <kd-event-calendar municipality="tuebingen" view="compact" limit="3"></kd-event-calendar>
 */
export class KdEventCalendar extends KdElement<CalendarMessages> {
  static override styles = [KdElement.styles, calendarStyles];

  protected override readonly messages = calendarMessages;

  /**
   * `month`, `list` or `compact`. Without it the calendar shows the month, or the list when it
   * is narrower than 480 px. Month and list can be switched by the visitor.
   */
  @property() view?: CalendarView;

  /** Number of events in the `compact` view. */
  @property({ type: Number }) limit = 3;

  /** Topic ids to filter by, comma-separated (`topics="wohnen,arbeit"`); the visitor can change them. */
  @property({ converter: commaList }) topics: string[] = [];

  /** Formats to filter by, comma-separated (`formats="sprachcafe,infoabend"`); unknown ones are ignored. */
  @property({ converter: commaList }) formats: string[] = [];

  /** Month to show first, `YYYY-MM`. Default: the current month in Berlin. */
  @property() month?: string;

  /** Level of the calendar's heading (the month), 1–6; day headings in the list are one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The visitor's IANA time zone, for the note that times are German time. Default: the
   * browser's. Times are always shown in Europe/Berlin whatever this says.
   */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;

  @state() private active: DateKey = todayKey();
  @state() private needs: ReadonlySet<AccessNeed> = new Set();
  @state() private q = '';
  /** Measured host width below {@link NARROW_WIDTH}; undefined until first measured. */
  @state() private narrow: boolean | undefined;
  @state() private dialogState: { day?: DateKey | undefined; entry?: CalendarEntry | undefined } | undefined;
  @state() private listShown = LIST_PAGE;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.live') private live!: HTMLElement;

  /** The detail view, once its code has loaded; until then the dialog shows its title and a loading state. */
  private detail: DetailPart | undefined;
  private detailLoading: Promise<DetailPart> | undefined;
  @state() private detailError: unknown;
  /**
   * The whole open event when it is already in hand, so it is not asked for again: fetched by
   * `openEvent()`, or re-read after a registration (with the seats that are left now).
   */
  @state() private known: DialogEvent | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /** Width class last reported by the ResizeObserver, applied in the next frame. */
  private measuredNarrow: boolean | undefined;
  private narrowFrame = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private invoker: HTMLElement | undefined;
  private focusAfterUpdate: string | undefined;
  private focusDialogTitle = false;
  /** Set when a dialog was asked for; `showModal()` follows after the render. */
  private showDialog = false;
  private announceCount = false;
  private lastRange = '';
  private shownCache: Shown | undefined;
  private formatterCache: { key: string; fmt: Formatter } | undefined;

  private readonly data = new Task(this, {
    task: async ([api, municipality, range, topic, format, q, limit], { signal }) => {
      if (!range) return initialState;
      const [from = '', to = ''] = range.split('/');
      const events: EventSummary[] = [];
      const now = Date.now();
      let upcoming = 0;
      // One request for the whole month where the API allows (5 000 events = 5 pages, not 50), in
      // summary form: no view before the detail shows description, organizer, address or notes.
      const query = {
        ...filterQuery(municipality, topic, format, q),
        from,
        to,
        limit: limit > 0 ? 100 : PAGE_LIMIT_MAX,
        fields: 'summary' as const,
      };
      // Page by page: an async step per event (5 000 of them) costs more than what is done with it.
      for await (const { items } of api.events.list(query, { signal }).pages()) {
        for (const event of items) {
          events.push(event);
          // Events come sorted by (first) start: once `limit` one-off events lie ahead, nothing later can
          // be among the next `limit`; recurring ones met so far are expanded below.
          if (limit > 0 && !event.recurrence && Date.parse(event.start) >= now && ++upcoming >= limit) return { events, from, to };
        }
      }
      return { events, from, to } satisfies Loaded;
    },
    args: () =>
      [
        this.resources,
        this.resolvedMunicipality,
        this.rangeKey,
        this.topicParam,
        this.formatParam,
        this.q.trim(),
        this.currentView === 'compact' ? this.limit : 0,
      ] as const,
  });

  private readonly topicsTask = new Task(this, {
    task: async ([api], { signal }) => {
      const topics: Topic[] = [];
      for await (const topic of api.topics.list({ signal })) topics.push(topic);
      return topics;
    },
    args: () => [this.resources] as const,
  });

  /** The next day with an event after an empty range: asks the API for what comes after it. */
  private readonly nextTask = new Task(this, {
    task: async ([api, municipality, after, topic, format, q, needs, locale], { signal }) => {
      if (!after) return initialState;
      const from = new Date(after);
      const wanted = new Set(needs.split(',').filter(Boolean) as AccessNeed[]);
      let best: number | undefined;
      const query = { ...filterQuery(municipality, topic, format, q), from: after, limit: 20, fields: 'summary' as const };
      for await (const event of api.events.list(query, { signal })) {
        // Sorted by start, and no occurrence precedes its event's start: nothing later can be earlier.
        if (best !== undefined && Date.parse(event.start) >= best) break;
        if (!meetsNeeds(event, wanted, locale)) continue;
        const first = expandOccurrences(event, from, new Date(from.getTime() + FIVE_YEARS_MS), 1)[0];
        if (first) best = Math.min(best ?? Infinity, Math.max(Date.parse(first.start), from.getTime()));
      }
      return best === undefined ? null : berlinDateKey(best);
    },
    args: () =>
      [
        this.resources,
        this.resolvedMunicipality,
        this.emptyAfter,
        this.topicParam,
        this.formatParam,
        this.q.trim(),
        [...this.needs].join(','),
        this.locale,
      ] as const,
  });

  /**
   * The whole event of the open detail: asked for each time the detail opens, so that what the
   * list leaves out (description, organizer, address, access notes) is there and the seats left
   * are those of now, not of when the month was loaded (the ETag makes an unchanged one cheap).
   */
  private readonly wholeEvent = new Task(this, {
    task: async ([api, id], { signal }) => (id ? api.events.get(id, { signal }) : initialState),
    args: () => {
      const id = this.dialogState?.entry?.event.id;
      return [this.resources, this.known?.id === id ? undefined : id] as const;
    },
  });

  /** Formatting for the locale; honours {@link viewerTimeZone} for the time zone note. */
  protected override get fmt(): Formatter {
    if (!this.viewerTimeZone) return super.fmt;
    const key = `${this.locale}|${this.viewerTimeZone}`;
    if (this.formatterCache?.key !== key) {
      this.formatterCache = { key, fmt: createFormatter(this.locale, { viewerTimeZone: this.viewerTimeZone }) };
    }
    return this.formatterCache.fmt;
  }

  /** The view in effect: the attribute, else by width. */
  get currentView(): CalendarView {
    const view = this.view;
    if (view === 'month' || view === 'list' || view === 'compact') return view;
    return this.narrow ? 'list' : 'month';
  }

  /** The API resources this calendar uses, for the resolved API URL. */
  private get resources(): ReturnType<typeof calendarApi> {
    return calendarApi(this.http);
  }

  /** `from/to` of what is visible; empty until the width is known (when no `view` is set). */
  private get rangeKey(): string {
    const view = this.currentView;
    if (view !== this.view && this.narrow === undefined) return '';
    const today = todayKey();
    if (view === 'compact') {
      return `${formatBerlinIso(startOfDay(today))}/${formatBerlinIso(startOfDay(addDays(today, COMPACT_DAYS)))}`;
    }
    const { from, to } = monthRange(monthOf(this.active));
    // The list shows what is still to come: in the current month, from today.
    const start = view === 'list' && sameMonth(this.active, today) ? startOfDay(today) : from;
    return `${formatBerlinIso(start)}/${formatBerlinIso(to)}`;
  }

  private get topicParam(): string {
    return this.topics.join(',');
  }

  private get formatParam(): string {
    return this.formats.filter((f) => (EVENT_FORMATS as readonly string[]).includes(f)).join(',');
  }

  /** End of the range when it holds nothing to show (so the next event is looked up), else ''. */
  private get emptyAfter(): string {
    if (this.currentView === 'compact') return '';
    const shown = this.shown();
    return shown && this.visibleEntries(shown).length === 0 ? shown.loaded.to : '';
  }

  /**
   * Opens the detail view of an event by id, e.g. from a link on the page: its next date, or
   * the occurrence at `start`. Rejects with the SDK's error when the event cannot be loaded.
   */
  async openEvent(id: string, start?: string): Promise<void> {
    const invoker = deepActiveElement();
    const [event] = await Promise.all([
      this.resources.events.get(id),
      // Resolves once the detail can be shown; a failed load shows as an error in the dialog.
      this.requireDetail().catch(() => undefined),
    ]);
    const from = start ? new Date(start) : new Date();
    const occurrence = expandOccurrences(event, from, new Date(from.getTime() + FIVE_YEARS_MS), 1)[0] ?? {
      start: event.start,
      end: event.end,
    };
    const wasOpen = this.dialog?.open ?? false;
    this.openEntry(toEntry(event, occurrence.start, occurrence.end), undefined, event);
    // Focus returns to what had it when the call was made, not to what has it now the event is loaded.
    if (!wasOpen) this.invoker = invoker;
  }

  /** The detail view, loading its code first if needed (once; again after a failure). */
  private requireDetail(): Promise<DetailPart> {
    if (this.detail) return Promise.resolve(this.detail);
    this.detailError = undefined;
    this.detailLoading ??= loadDetailCode().then(
      (code) => {
        this.detail ??= code.createDetailPart(this, (event, registration) => this.registered(event, registration));
        this.requestUpdate();
        return this.detail;
      },
      (error: unknown) => {
        this.detailLoading = undefined;
        this.detailError = error;
        throw error;
      },
    );
    return this.detailLoading;
  }

  /**
   * A pointer over an event, or focus on an event or a day: the visitor may open it next, so the
   * detail's code starts loading now and is usually there by the click.
   */
  private readonly preloadDetail = (event: Event): void => {
    if (this.detail || this.detailLoading) return;
    if ((event.target as Element).closest?.('[part~="event"], td[data-date]')) this.requireDetail().catch(() => undefined);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((records) => {
      const box = records.at(-1)?.contentBoxSize[0];
      const width = box ? box.inlineSize : this.getBoundingClientRect().width;
      // No box yet (display: none, or not rendered): nothing to decide by.
      if (width === 0 && this.getClientRects().length === 0) return;
      this.measuredNarrow = width < NARROW_WIDTH;
      // Switching views changes the height: do it in the next frame, not inside this notification
      // (which would be a resize loop). The latest measurement wins.
      if (this.measuredNarrow !== this.narrow && !this.narrowFrame) {
        this.narrowFrame = requestAnimationFrame(() => {
          this.narrowFrame = 0;
          this.narrow = this.measuredNarrow;
        });
      }
    });
    this.resizeObserver.observe(this);
    // Measured now, so the first render shows the right view and the first request need not wait
    // for a rendered frame (a page opened in a background tab gets none, and so no ResizeObserver
    // notification, until it is shown). Without a box yet, the observer decides later.
    if (this.narrow === undefined && this.getClientRects().length > 0) {
      this.narrow = this.getBoundingClientRect().width < NARROW_WIDTH;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.narrowFrame);
    this.narrowFrame = 0;
    clearTimeout(this.searchTimer);
  }

  protected override firstUpdated(): void {
    // Escape is the dialog's own keyboard way out; a click on the backdrop is the pointer's.
    this.dialog.addEventListener('click', this.onDialogClick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') && this.month && /^\d{4}-(0[1-9]|1[0-2])$/.test(this.month)) {
      const first = `${this.month}-01`;
      this.active = sameMonth(first, todayKey()) ? todayKey() : first;
    }
  }

  protected override updated(): void {
    const range = this.rangeKey;
    if (range && range !== this.lastRange) {
      this.lastRange = range;
      const [from = '', to = ''] = range.split('/');
      this.dispatchEvent(new KdRangeChangeEvent({ from, to, view: this.currentView }));
    }
    if (this.focusAfterUpdate) {
      const selector = this.focusAfterUpdate;
      this.focusAfterUpdate = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
    // Only on request: after Escape, `dialogState` lingers until the `close` event, which Chromium
    // dispatches with the next animation frame; a render in between must not open it again.
    if (this.showDialog && this.isConnected) {
      this.showDialog = false;
      if (this.dialogState && !this.dialog.open) this.dialog.showModal();
    }
    if (this.focusDialogTitle) {
      this.focusDialogTitle = false;
      this.dialog.querySelector<HTMLElement>('#dialog-title')?.focus();
    }
    if (this.announceCount && this.data.status === TaskStatus.COMPLETE) {
      const shown = this.shown();
      if (shown) {
        this.announceCount = false;
        this.announce(this.t('eventCount', { count: this.visibleEntries(shown).length }));
      }
    }
  }

  private get ctx(): ViewContext {
    const locale = this.locale;
    const t = ((key: string, params?: object) =>
      (calendarMessages.t as (l: string, k: string, p?: object) => string)(locale, key, params)) as Translate;
    return {
      t,
      fmt: this.fmt,
      locale,
      headingLevel: this.headingLevel,
      topics: new Map((this.topicsTask.value ?? []).map((topic) => [topic.id, topic])),
      openEntry: (entry, day) => this.openEntry(entry, day),
    };
  }

  /** Entries of the loaded range after the access-need filter; undefined while another range loads. */
  private shown(): Shown | undefined {
    const loaded = this.data.value;
    const [from, to] = this.rangeKey.split('/');
    if (!loaded || loaded.from !== from || loaded.to !== to) return undefined;
    const cached = this.shownCache;
    if (cached && cached.loaded === loaded && cached.needs === this.needs && cached.locale === this.locale) return cached;
    const events = this.needs.size > 0 ? loaded.events.filter((e) => meetsNeeds(e, this.needs, this.locale)) : loaded.events;
    const entries = expandEntries(events, new Date(loaded.from), new Date(loaded.to));
    this.shownCache = { loaded, needs: this.needs, locale: this.locale, entries, days: groupByDay(entries) };
    return this.shownCache;
  }

  /** What the current view lists: the month grid shows all, list and teaser only what has not ended. */
  private visibleEntries(shown: Shown): CalendarEntry[] {
    if (this.currentView === 'month') return shown.entries;
    const now = Date.now();
    return shown.entries.filter((e) => !hasEnded(e, now));
  }

  private announce(text: string): void {
    // Written straight into the live region: a change there must not cause another render.
    if (this.live) this.live.textContent = text;
  }

  /** Moves the visible month (and the grid's tab stop) to `key`. */
  private goTo(key: DateKey, focus: 'cell' | 'title' | 'none' = 'none'): void {
    const monthChanged = !sameMonth(key, this.active);
    this.active = key;
    if (monthChanged) {
      this.listShown = LIST_PAGE;
      this.announce(monthTitle(this.locale, key));
    }
    if (focus === 'cell') this.focusAfterUpdate = `td[data-date="${key}"]`;
    // The button that was pressed may be gone with the empty month: focus the month's title instead.
    if (focus === 'title') this.focusAfterUpdate = '#kd-title';
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-date]');
    const key = cell?.dataset['date'];
    if (!cell || !key) return;
    if ((event.key === 'Enter' || event.key === ' ') && event.target === cell) {
      event.preventDefault();
      const entries = this.shown()?.days.get(key) ?? [];
      if (entries.length === 1) this.openEntry(entries[0]!);
      else if (entries.length > 1) this.openDay(key);
      return;
    }
    const next = dateForKey(key, event, this.dir === 'rtl', this.fmt.weekStart);
    if (!next) return;
    event.preventDefault();
    this.goTo(next, 'cell');
  }

  /** Before the dialog opens: remembers where focus goes back to, and asks for `showModal()`. */
  private prepareDialog(): void {
    if (!this.dialog?.open) this.invoker = deepActiveElement();
    this.showDialog = true;
  }

  private openDay(day: DateKey): void {
    this.prepareDialog();
    this.dialogState = { day };
    this.focusDialogTitle = true;
  }

  /** Opens an entry's detail; `whole` when the whole event is already in hand. */
  private openEntry(entry: CalendarEntry, day?: DateKey, whole?: DialogEvent): void {
    this.prepareDialog();
    // Normally loaded already (pointer or focus came first); otherwise the dialog shows a loading state meanwhile.
    this.requireDetail().catch(() => undefined);
    this.known = whole;
    this.dialogState = { entry, day };
    this.focusDialogTitle = true;
    this.dispatchEvent(new KdEventSelectEvent({ event: entry.event, start: entry.start, end: entry.end }));
  }

  /** The whole event of the open entry `id`, once it is there. */
  private wholeOf(id: string): DialogEvent | undefined {
    if (this.known?.id === id) return this.known;
    const whole = this.wholeEvent.value;
    return this.wholeEvent.status === TaskStatus.COMPLETE && whole?.id === id ? whole : undefined;
  }

  private backToDay(): void {
    const state = this.dialogState;
    if (!state?.day) return;
    this.dialogState = { day: state.day };
    // Back where the person left the list: on the event they had opened.
    this.focusAfterUpdate = state.entry ? `dialog [data-key="${CSS.escape(state.entry.key)}"]` : undefined;
    this.focusDialogTitle = !state.entry;
  }

  private closeDialog = (): void => {
    this.dialog.close();
  };

  private onDialogClose = (): void => {
    // The event comes a frame after closing: the dialog may have been opened again since.
    if (this.dialog.open) return;
    this.dialogState = undefined;
    this.detail?.reset();
    const fallback = this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]');
    const target = this.invoker?.isConnected ? this.invoker : fallback;
    this.invoker = undefined;
    // Only when focus was left behind (in the closed dialog, or nowhere): where the browser put it
    // back, or where the visitor has moved it since, it stays.
    const current = deepActiveElement();
    if (!current || current === document.body || current === this || this.dialog.contains(current)) target?.focus();
  };

  private onDialogClick = (event: MouseEvent): void => {
    // A click on the backdrop lands on the dialog element itself.
    if (event.target !== this.dialog) return;
    const r = this.dialog.getBoundingClientRect();
    const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    if (!inside) this.closeDialog();
  };

  private registered(event: DialogEvent, registration: Registration): void {
    this.dispatchEvent(new KdRegistrationEvent({ event, registration }));
    this.resources.events.get(event.id).then(
      (fresh) => {
        if (this.dialogState?.entry?.event.id === fresh.id) this.known = fresh;
      },
      // The confirmation already stands; only the seat count stays as it was.
      () => undefined,
    );
  }

  private changeFilters(patch: Partial<FilterState>): void {
    if (patch.topics) this.topics = [...patch.topics];
    if (patch.formats) this.formats = [...patch.formats];
    if (patch.needs) this.needs = patch.needs;
    if (patch.q !== undefined) this.q = patch.q;
    this.listShown = LIST_PAGE;
    this.announceCount = true;
  }

  private onSearch(text: string): void {
    clearTimeout(this.searchTimer);
    // Kept as typed (a trailing space must survive the next render); trimmed for the query.
    this.searchTimer = setTimeout(() => {
      if (text !== this.q) this.changeFilters({ q: text });
    }, SEARCH_DELAY_MS);
  }

  /** The feed links (webcal and https) with the current filters. */
  private subscribe(ctx: ViewContext): TemplateResult {
    const query = filterQuery(this.resolvedMunicipality, this.topicParam, this.formatParam, this.q.trim());
    const api = this.resources.events;
    return renderSubscribe(ctx, api.webcalUrl(query), api.icsUrl(query));
  }

  protected override render() {
    const ctx = this.ctx;
    const view = this.currentView;
    return html`<div
      part="base"
      class="kd-root calendar"
      dir=${this.dir}
      lang=${this.locale}
      data-view=${view}
      @pointerover=${this.preloadDetail}
      @focusin=${this.preloadDetail}
    >
      ${view === 'compact' ? this.renderCompactView(ctx) : this.renderFull(ctx, view)}
      <div class="live visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
      <dialog
        part="detail"
        class="dialog"
        aria-labelledby=${this.dialogState ? 'dialog-title' : nothing}
        @close=${this.onDialogClose}
      >
        ${this.renderDialog(ctx)}
      </dialog>
    </div>`;
  }

  private renderCompactView(ctx: ViewContext): TemplateResult {
    const note = this.fmt.timeZoneNote();
    const shown = this.shown();
    let content: unknown;
    if (this.data.status === TaskStatus.ERROR) content = renderError(this.data.error, () => void this.data.run());
    else if (!shown) content = renderLoading(Math.max(1, this.limit));
    else {
      const entries = this.visibleEntries(shown).slice(0, Math.max(1, this.limit));
      content = entries.length > 0 ? renderCompact(ctx, entries) : renderEmpty(ctx.t('emptyUpcoming'));
    }
    return html`${note ? html`<p class="tz-note">${note}</p>` : nothing}${content}`;
  }

  private renderFull(ctx: ViewContext, view: 'month' | 'list'): TemplateResult {
    const [from = ''] = this.rangeKey.split('/');
    const note = this.fmt.timeZoneNote(from || undefined);
    const rtl = this.dir === 'rtl';
    return html`<section class="calendar__main" aria-label=${ctx.t('calendarLabel')}>
      <div class="toolbar" part="toolbar">
        <div class="toolbar__nav">
          <button type="button" class="icon-button" @click=${() => this.goTo(addMonths(this.active, -1))}>
            <span aria-hidden="true">${rtl ? '›' : '‹'}</span><span class="visually-hidden">${ctx.t('previousMonth')}</span>
          </button>
          ${heading(this.headingLevel, monthTitle(this.locale, this.active), { id: 'kd-title', focusable: true })}
          <button type="button" class="icon-button" @click=${() => this.goTo(addMonths(this.active, 1))}>
            <span aria-hidden="true">${rtl ? '‹' : '›'}</span><span class="visually-hidden">${ctx.t('nextMonth')}</span>
          </button>
          <button type="button" class="kd-button kd-button--secondary" @click=${() => this.goTo(todayKey())}>
            ${ctx.t('today')}
          </button>
        </div>
        <div class="toolbar__views" role="group" aria-label=${ctx.t('viewLabel')}>
          ${(['month', 'list'] as const).map(
            (v) => html`<button
              type="button"
              class="kd-button ${v === view ? '' : 'kd-button--secondary'}"
              aria-pressed=${v === view ? 'true' : 'false'}
              @click=${() => (this.view = v)}
            >
              ${ctx.t(v === 'month' ? 'viewMonth' : 'viewList')}
            </button>`,
          )}
        </div>
      </div>
      ${note ? html`<p class="tz-note">${note}</p>` : nothing}
      ${renderFilters(ctx, {
        topics: this.topics,
        formats: this.formats,
        needs: this.needs,
        q: this.q,
        allTopics: this.topicsTask.value,
        change: (patch) => this.changeFilters(patch),
        search: (text) => this.onSearch(text),
        reset: () => {
          const input = this.renderRoot.querySelector<HTMLInputElement>('#kd-search');
          if (input) input.value = '';
          clearTimeout(this.searchTimer);
          this.changeFilters({ topics: [], formats: [], needs: new Set(), q: '' });
        },
      })}
      ${view === 'month' ? this.renderMonthContent(ctx) : this.renderListContent(ctx)}
      ${this.subscribe(ctx)}
    </section>`;
  }

  /**
   * Below the grid or instead of the list when the range is empty: the month after, if any.
   * `ended`: the month had events, all over now (the list shows only what has not ended).
   */
  private renderEmptyRange(ctx: ViewContext, ended = false): TemplateResult {
    const message = ctx.t(ended ? 'emptyRest' : 'emptyMonth', { month: this.fmt.monthName(monthOf(this.active).month) });
    const next = this.nextTask.status === TaskStatus.COMPLETE ? this.nextTask.value : undefined;
    let action: TemplateResult | undefined;
    if (next) {
      action = html`<button
        type="button"
        class="kd-button kd-button--secondary"
        @click=${() => this.goTo(next, this.currentView === 'month' ? 'cell' : 'title')}
      >
        ${ctx.t('goToMonth', { month: monthTitle(this.locale, next) })}
      </button>`;
    } else if (next === null) {
      action = html`<p>${ctx.t('noLaterEvents')}</p>`;
    }
    return renderEmpty(message, action);
  }

  private renderMonthContent(ctx: ViewContext): TemplateResult {
    const shown = this.shown();
    const failed = this.data.status === TaskStatus.ERROR;
    return html`${failed ? renderError(this.data.error, () => void this.data.run()) : nothing}
      ${!shown && !failed ? html`<p class="visually-hidden" role="status">${sharedText('loading')}</p>` : nothing}
      ${renderMonth(ctx, {
        active: this.active,
        today: todayKey(),
        days: shown?.days ?? (failed ? new Map() : undefined),
        titleId: 'kd-title',
        helpId: 'kd-grid-help',
        narrow: this.narrow === true,
        openDay: (key) => this.openDay(key),
        activate: (key) => this.goTo(key, 'cell'),
        focused: (key) => {
          if (key !== this.active) this.active = key;
        },
        onKeydown: (event) => this.onGridKeydown(event),
      })}
      ${shown && shown.entries.length === 0 ? this.renderEmptyRange(ctx) : nothing}`;
  }

  private renderListContent(ctx: ViewContext): unknown {
    if (this.data.status === TaskStatus.ERROR) return renderError(this.data.error, () => void this.data.run());
    const shown = this.shown();
    if (!shown) return renderLoading(5);
    const entries = this.visibleEntries(shown);
    if (entries.length === 0) return this.renderEmptyRange(ctx, shown.entries.length > 0);
    return renderList(ctx, {
      entries,
      fromKey: berlinDateKey(Date.parse(shown.loaded.from)),
      shown: this.listShown,
      showMore: () => {
        const next = entries[this.listShown];
        this.listShown += LIST_PAGE;
        if (next) this.focusAfterUpdate = `.list [data-key="${CSS.escape(next.key)}"]`;
      },
    });
  }

  private renderDialog(ctx: ViewContext): unknown {
    const state = this.dialogState;
    if (!state) return nothing;
    if (!state.entry) {
      const day = state.day!;
      return renderDayList(ctx, { day, entries: this.shown()?.days.get(day) ?? [], close: this.closeDialog });
    }
    const entry = state.entry;
    const whole = this.wholeOf(entry.event.id);
    let body: unknown;
    if (this.detail && whole) {
      // The occurrence keeps its own start and end; everything else comes from the whole event.
      body = this.detail.render(ctx, { entry: { ...entry, event: whole }, http: this.http, subscribe: this.subscribe(ctx) });
    } else {
      // Until the detail's code and the whole event are both there: what the summary tells.
      const eventFailed = this.wholeEvent.status === TaskStatus.ERROR;
      const retry = (): void => {
        if (this.detailError !== undefined) this.requireDetail().catch(() => undefined);
        if (eventFailed) void this.wholeEvent.run();
        // The button goes with the error: focus must not go with it.
        this.focusDialogTitle = true;
      };
      body = html`${renderEntrySummary(ctx, entry)}
      ${this.detailError !== undefined || eventFailed
        ? renderError(this.detailError ?? this.wholeEvent.error, retry)
        : renderLoading(6)}`;
    }
    return html`${renderDialogHead(ctx, html`<bdi>${entry.event.title}</bdi>`, this.closeDialog)}
      ${renderBackToDay(ctx, state.day, () => this.backToDay())} ${body}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kd-event-calendar': KdEventCalendar;
  }
}
