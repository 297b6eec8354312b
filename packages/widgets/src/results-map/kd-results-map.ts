import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import {
  PAGE_LIMIT_MAX,
  RESULT_STATUSES,
  type DialogEvent,
  type Municipality,
  type PagePromise,
  type Result,
  type ResultStatus,
  type ResultSummary,
  type Topic,
} from '@kommunaldialog/sdk';
import { events, municipalities, results, topics } from '@kommunaldialog/sdk/resources';
import { resourcesPerApi } from '../shared/api.js';
import { KdElement } from '../shared/kd-element.js';
import { renderEmpty, renderError, renderLoading, renderTask } from '../shared/states.js';
import { formatNumber } from '../shared/i18n/define-messages.js';
import { intlLocale } from '../shared/i18n/locale.js';
import { tileConsent } from './consent.js';
import { KdConsentChangeEvent, KdResultSelectEvent, type ResultSelectSource } from './events.js';
import { applyFilters, filtersQuery, groupByMunicipality, topicLabel, type ResultFilters, type ResultGroup } from './filters.js';
import { renderConsentNotice, renderLegend } from './map-area.js';
import { resultsMapMessages, type ResultsMapMessages } from './messages/index.js';
import { LIST_PAGE, renderList } from './result-list.js';
import { STATUS_LABEL, STATUS_ORDER } from './status.js';
import { resolveTiles, type TileProvider } from './tiles.js';
import { renderDetail, type Translate, type View } from './view.js';
import { resultsMapStyles } from './kd-results-map.styles.js';
import type { MapEngine, MapLabels, ZoomState } from './map/engine.js';

interface ResultsData {
  /** Summaries (`fields: 'summary'`): the map and the list need no more; the details load the rest. */
  results: ResultSummary[];
  municipalities: Map<string, Municipality>;
  topics: Map<string, Topic>;
}

/** The first page of a large set, which the map shows while the rest loads. */
interface FirstPage {
  results: readonly ResultSummary[];
  municipalities: ReadonlyMap<string, Municipality>;
}

/** What the map was last given or is to show: results (filtered) and whether more are coming. */
interface MapInput {
  /** The data or first page it was derived from, and the filters, to know when it is stale. */
  from: ResultsData | FirstPage;
  key: string;
  results: readonly ResultSummary[];
  municipalities: ReadonlyMap<string, Municipality>;
  partial: boolean;
}

/**
 * Every item of every page; page by page (an await per item costs at 10 000 results).
 * `onFirstOfMany` gets the first page's items when more pages follow.
 */
async function collect<T>(list: PagePromise<T>, onFirstOfMany?: (items: readonly T[]) => void): Promise<T[]> {
  const items: T[] = [];
  let first = true;
  for await (const page of list.pages()) {
    items.push(...page.items);
    if (first && page.nextCursor !== null) onFirstOfMany?.(page.items);
    first = false;
  }
  return items;
}

const mapApi = resourcesPerApi((http) => ({
  results: results(http),
  municipalities: municipalities(http),
  topics: topics(http),
  events: events(http),
}));

/** Runs `callback` once the page is idle (soon after, where the browser cannot tell). */
const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback);
  else setTimeout(callback, 50);
};

/** Keeps a press on the map's own controls from also dragging, zooming or clicking the map. */
const shieldFromMap = (event: Event): void => event.stopPropagation();

/**
 * @summary What the dialogue led to: results in a list and, after consent, on a map.
 *
 * The list is complete on its own: filters (topic, status, municipality), status with icon and
 * progress bar, a detail panel (timeline, related events, number of concerns) and open-data
 * downloads (GeoJSON from the API, CSV made in the browser). The list and the map load result
 * summaries (`fields: 'summary'`); the detail panel loads the whole result it shows, and the
 * CSV the whole results of the filters, when asked for. The map (Leaflet with supercluster)
 * loads only when shown, and for a tile provider only after the visitor pressed "Karte laden"
 * (or the page set `consent="granted"`); until then no tile is requested. Results with
 * `precision: area` are drawn as areas, never as points. Markers, areas and clusters are
 * buttons with names; Enter opens, Escape closes and returns focus.
 *
 * @csspart base - The widget's root.
 * @csspart toolbar - Filters, count and downloads.
 * @csspart map - The map area (consent notice or map).
 * @csspart consent - The consent notice.
 * @csspart list - The list of results.
 * @csspart item - One entry of the list.
 * @csspart detail - The detail panel of the selected result.
 *
 * @cssproperty --kd-results-map-height - Height of the map. Default `28em`.
 * @cssproperty --kd-results-map-accent - Selection highlight. Default `--kd-color-primary`.
 * @cssproperty --kd-results-map-status-idea - Colour of "Idee". Default `#6a3d9a`.
 * @cssproperty --kd-results-map-status-planned - Colour of "Geplant". Default `#005a9c`.
 * @cssproperty --kd-results-map-status-in-progress - Colour of "In Umsetzung". Default `#8a4600`.
 * @cssproperty --kd-results-map-status-done - Colour of "Umgesetzt". Default `#1e6b34`.
 * @cssproperty --kd-results-map-status-discarded - Colour of "Verworfen". Default `#595959`.
 *
 * @event kd-result-select - {@link KdResultSelectEvent}: the visitor selected a result in the list or on the map (not fired when the page sets `selected`).
 * @event kd-consent-change - {@link KdConsentChangeEvent}: the visitor loaded or hid the map.
 *
 * @example
 * <kd-results-map municipality="tuebingen" event-url="/termine#{id}"></kd-results-map>
 */
export class KdResultsMap extends KdElement<ResultsMapMessages> {
  static override styles = [KdElement.styles, resultsMapStyles];

  protected override readonly messages = resultsMapMessages;

  /** Topic filter (a topic id such as `mobilitaet`); empty for all. Changes when the reader filters. */
  @property() topic = '';

  /** Status filter (`idea`, `planned`, `in-progress`, `done`, `discarded`); empty for all. */
  @property() status = '';

  /**
   * Map background: `basemap.de` (default; BKG web raster), `osm`, a Leaflet URL template with
   * `{z}`, `{x}`, `{y}`, or `none` (no tiles). Neither `none` nor a `data:` URL (one tile for
   * every place, for offline demos) sends anything anywhere, so neither asks for consent.
   */
  @property() tiles = 'basemap.de';

  /** Attribution shown for a custom `tiles` URL template (plain text). */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';

  /**
   * `granted` when the site's consent manager already has the visitor's agreement to load the
   * tiles; otherwise the widget asks ("Karte laden") and remembers the answer in memory until
   * the page is reloaded.
   */
  @property() consent = '';

  /**
   * Link of a related event; `{id}` and `{municipality}` are replaced, e.g.
   * `https://www.tuebingen.de/dialog/termine#{id}`. Without it, events are listed unlinked.
   */
  @property({ attribute: 'event-url' }) eventUrl = '';

  /**
   * Id of the selected result, whose details are open. Setting it (also as an attribute before
   * the results have arrived) opens them, highlights the result and moves the map to it; it
   * fires no `kd-result-select`, which reports the visitor's own choices only.
   */
  @property({ reflect: true }) selected?: string;

  /** Level of the widget's headings (group names, detail title); sub-headings one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private municipalityFilter = '';
  @state() private limit = LIST_PAGE;
  @state() private mapState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private zoomState: ZoomState = { canZoomIn: true, canZoomOut: true };
  /** The CSV download: being made (whole results loading), or the last attempt failed. */
  @state() private csv: 'idle' | 'busy' | 'failed' = 'idle';
  private csvAbort?: AbortController;

  /** The API resources the map uses, for the resolved API URL. */
  private get resources(): ReturnType<typeof mapApi> {
    return mapApi(this.http);
  }

  /** The first page of the results loading now, when more follow: the map draws it meanwhile. */
  @state() private firstPage?: FirstPage;

  private readonly data = new Task(this, {
    task: async ([api, municipality], { signal }): Promise<ResultsData> => {
      this.firstPage = undefined;
      const municipalities = collect(api.municipalities.list({ signal })).then((list) => new Map(list.map((m) => [m.id, m])));
      // Each page is asked for once the one before has arrived (cursor paging): while the page
      // waits for the others, the map shows the first, so that something is on it after one
      // request. Pages that arrive back to back leave no idle time: the complete set is near
      // then, and drawing a part first would only delay it.
      const showFirst = (results: readonly ResultSummary[]): void =>
        void municipalities.then(
          (found) =>
            whenIdle(() => {
              if (!signal.aborted && this.data.status === TaskStatus.PENDING) this.firstPage = { results, municipalities: found };
            }),
          // Reported by the task itself.
          () => undefined,
        );
      const [results, found, topics] = await Promise.all([
        // The largest pages the API serves: 10 000 results are 10 requests, not 100.
        // Summaries: a third of a whole result's bytes, and all the map and the list show.
        collect(
          api.results.list({ ...(municipality ? { municipality } : {}), limit: PAGE_LIMIT_MAX, fields: 'summary' }, { signal }),
          showFirst,
        ),
        municipalities,
        collect(api.topics.list({ signal })),
      ]);
      return { results, municipalities: found, topics: new Map(topics.map((t) => [t.id, t])) };
    },
    args: () => [this.resources, this.resolvedMunicipality] as const,
  });

  /**
   * The whole selected result, and the code that shows it (neither is needed before a visitor
   * opens one). Selecting another aborts the request still under way.
   */
  private readonly detail = new Task(this, {
    task: async ([api, id], { signal }) => {
      if (!id) return initialState;
      const [result, { renderDetailBody }] = await Promise.all([api.results.get(id, { signal }), import('./result-detail.js')]);
      return { result, renderBody: renderDetailBody };
    },
    args: () => [this.resources, this.selected] as const,
  });

  /** The selected whole result once it has arrived. */
  private get selectedWhole(): Result | undefined {
    const result = this.detail.status === TaskStatus.COMPLETE ? this.detail.value?.result : undefined;
    return result?.id === this.selected ? result : undefined;
  }

  private readonly relatedEvents = new Task(this, {
    task: async ([api, ids], { signal }): Promise<(DialogEvent | undefined)[]> =>
      Promise.all(ids.split(',').filter(Boolean).map((id) => api.events.get(id, { signal }).catch(() => undefined))),
    args: () => [this.resources, this.selectedWhole?.relatedEvents.join(',') ?? ''] as const,
  });

  /** Filtered results in display order (grouped view: group by group). */
  private visible: readonly ResultSummary[] = [];
  private groups: ResultGroup[] | undefined;
  private derivedFrom?: { data: ResultsData; key: string };
  /** The data for which the list was last extended to show the selected entry. */
  private listedFor?: ResultsData;

  private engine?: MapEngine;
  private engineKey = '';
  private engineLoading = false;
  /** What the map shows: the filtered results, or the filtered first page while the rest loads. */
  private mapInput?: MapInput;
  private pushed?: { results: readonly ResultSummary[]; selected: string | undefined; labels: string };
  private stopConsent?: () => void;

  /** Where focus returns when the details close, and where the selection came from. */
  private opener?: { source: ResultSelectSource; element: HTMLElement | undefined };
  private selectingInternally = false;
  private reveal = false;
  private focusAfterUpdate?: 'detail' | 'map' | 'consent' | { item: number };

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopConsent = tileConsent.subscribe(() => this.requestUpdate());
    // Moved in the page: its map was removed with it and is drawn again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConsent?.();
    this.csvAbort?.abort();
    this.destroyEngine();
  }

  /** The tile provider in effect; null for `tiles="none"`. */
  private get provider(): TileProvider | null {
    return resolveTiles(this.tiles);
  }

  /** True when the map may load: no third party involved, or the visitor (or site) agreed. */
  get mapAllowed(): boolean {
    const provider = this.provider;
    return !provider || !provider.needsConsent || this.consent === 'granted' || tileConsent.has(provider.key);
  }

  private get filters(): ResultFilters {
    return {
      topic: this.topic,
      status: (RESULT_STATUSES as readonly string[]).includes(this.status) ? (this.status as ResultStatus) : '',
      municipality: this.resolvedMunicipality ? '' : this.municipalityFilter,
    };
  }

  private get selectedResult(): ResultSummary | undefined {
    const id = this.selected;
    return id ? this.data.value?.results.find((r) => r.id === id) : undefined;
  }

  private readonly tr: Translate = (key, ...params) => (this.t as (k: string, ...p: unknown[]) => string)(key, ...params);

  private formats?: { locale: string; percent: Intl.NumberFormat; list: Intl.ListFormat };

  private get view(): View {
    const data = this.data.value;
    const locale = this.locale;
    // Made once per locale: every list entry formats its progress and topics (50 new formatters
    // cost ≈ 30 ms).
    if (this.formats?.locale !== locale) {
      this.formats = {
        locale,
        percent: new Intl.NumberFormat(intlLocale(locale), { style: 'percent' }),
        list: new Intl.ListFormat(intlLocale(locale), { type: 'unit', style: 'short' }),
      };
    }
    const { percent, list } = this.formats;
    return {
      t: this.tr,
      fmt: this.fmt,
      intl: intlLocale(locale),
      headingLevel: Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)),
      statusLabel: (status) => this.t(STATUS_LABEL[status]),
      percent: (fraction) => percent.format(fraction),
      list: (items) => list.format(items),
      topicName: (id) => topicLabel(data?.topics.get(id), id, locale),
      municipalityName: (id) => data?.municipalities.get(id)?.name ?? id,
      eventHref: ({ id, municipality }) =>
        this.eventUrl
          ? this.eventUrl.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{municipality}', encodeURIComponent(municipality ?? ''))
          : undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const data = this.data.value;
    const f = this.filters;
    const key = `${f.topic}|${f.status}|${f.municipality}|${this.resolvedMunicipality ?? ''}|${this.locale}`;
    if (data && (this.derivedFrom?.data !== data || this.derivedFrom.key !== key)) {
      const filtered = applyFilters(data.results, f);
      const grouped = !this.resolvedMunicipality && !f.municipality;
      this.groups = grouped ? groupByMunicipality(filtered, data.municipalities, this.locale) : undefined;
      this.visible = this.groups ? this.groups.flatMap((g) => g.results) : filtered;
      if (this.derivedFrom && this.derivedFrom.key !== key) this.limit = LIST_PAGE;
      this.derivedFrom = { data, key };
      // A result filtered away cannot stay open.
      if (this.selected && !this.visible.some((r) => r.id === this.selected)) this.selected = undefined;
    }
    // Set by the page (also before the results arrive): the map shows it once it can. No
    // kd-result-select: that event reports the visitor's choices, not the page's own.
    if (changed.has('selected') && this.selected && !this.selectingInternally) this.reveal = true;
    // The selected entry must be among those the list shows, also once the results arrive.
    if (this.selected && data && (changed.has('selected') || this.derivedFrom?.data !== this.listedFor)) {
      this.listedFor = this.derivedFrom?.data;
      const index = this.visible.findIndex((r) => r.id === this.selected);
      if (index >= this.limit) this.limit = Math.ceil((index + 1) / LIST_PAGE) * LIST_PAGE;
    }
    this.selectingInternally = false;
    this.mapInput = this.deriveMapInput(key);
    // A large set is clustered in a worker: hand it over now, and the list renders meanwhile.
    if (this.engine && this.mapAllowed && this.engineKey === this.mapKey) this.feedMap();
  }

  /** The map's results for the filters `key`: the loaded data, or the first page while the rest loads. */
  private deriveMapInput(key: string): MapInput | undefined {
    const first = this.data.status === TaskStatus.PENDING ? this.firstPage : undefined;
    const data = this.data.value;
    const from = first ?? data;
    if (!from) return undefined;
    if (this.mapInput?.from === from && this.mapInput.key === key) return this.mapInput;
    return {
      from,
      key,
      results: from === data ? this.visible : applyFilters(from.results, this.filters),
      municipalities: from.municipalities,
      partial: from === first,
    };
  }

  protected override render(): TemplateResult {
    const view = this.view;
    return html`<div
      part="base"
      class="kd-root"
      role="region"
      aria-label=${this.t('regionLabel')}
      dir=${this.dir}
      lang=${this.locale}
      @keydown=${this.onKeydown}
    >
      <div class="layout">
        ${this.data.value ? this.renderToolbar(view, this.data.value) : nothing}
        ${this.renderMapArea(view)}
        <div class="side">
          ${renderTask(this.data, {
            complete: () => this.renderSide(view),
            empty: (data) => data.results.length === 0,
            emptyMessage: this.t('emptyNone'),
          })}
        </div>
      </div>
    </div>`;
  }

  private renderToolbar(view: View, data: ResultsData): TemplateResult {
    const { t } = view;
    const f = this.filters;
    const collator = new Intl.Collator(view.intl);
    const topics = [...data.topics.values()]
      .map((topic) => ({ id: topic.id, label: topicLabel(topic, topic.id, this.locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const query = filtersQuery(f, this.resolvedMunicipality);
    return html`<div class="toolbar" part="toolbar">
      <div class="filters" role="group" aria-label=${t('filtersLabel')}>
        <label class="filter">
          <span>${t('filterTopic')}</span>
          <select name="topic" @change=${this.onFilter}>
            <option value="" ?selected=${!f.topic}>${t('filterAll')}</option>
            ${topics.map((o) => html`<option value=${o.id} ?selected=${o.id === f.topic}>${o.label}</option>`)}
          </select>
        </label>
        <label class="filter">
          <span>${t('filterStatus')}</span>
          <select name="status" @change=${this.onFilter}>
            <option value="" ?selected=${!f.status}>${t('filterAll')}</option>
            ${STATUS_ORDER.map((s) => html`<option value=${s} ?selected=${s === f.status}>${view.statusLabel(s)}</option>`)}
          </select>
        </label>
        ${this.resolvedMunicipality ? nothing : this.renderMunicipalityFilter(view, data, f, collator)}
      </div>
      <p class="count" role="status">${t('resultCount', { count: this.visible.length })}</p>
      <div class="downloads" role="group" aria-labelledby="downloads-label">
        <span id="downloads-label">${t('downloadLabel')}</span>
        <a class="kd-button kd-button--secondary" href=${this.resources.results.geojsonUrl(query)} download=${`${this.fileBase()}.geojson`}
          >${t('downloadGeojson')}</a
        >
        <button
          type="button"
          class="kd-button kd-button--secondary"
          aria-disabled=${this.csv === 'busy' ? 'true' : nothing}
          @click=${this.downloadCsv}
        >
          ${this.csv === 'busy' ? t('downloadCsvBusy') : t('downloadCsv')}
        </button>
        ${this.csv === 'failed' ? html`<p class="downloads__error" role="alert">${t('downloadCsvError')}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderMunicipalityFilter(view: View, data: ResultsData, f: ResultFilters, collator: Intl.Collator): TemplateResult {
    const { t } = view;
    const present = this.municipalitiesOf(data);
    const municipalities = [...data.municipalities.values()]
      .filter((m) => present.has(m.id))
      .sort((a, b) => collator.compare(a.name, b.name));
    return html`<label class="filter">
      <span>${t('filterMunicipality')}</span>
      <select name="municipality" @change=${this.onFilter}>
        <option value="" ?selected=${!f.municipality}>${t('filterAll')}</option>
        ${municipalities.map((m) => html`<option value=${m.id} ?selected=${m.id === f.municipality}>${m.name}</option>`)}
      </select>
    </label>`;
  }

  private present?: { data: ResultsData; ids: Set<string> };

  /** Municipalities with results (once per data set: it runs over every result). */
  private municipalitiesOf(data: ResultsData): Set<string> {
    if (this.present?.data !== data) this.present = { data, ids: new Set(data.results.map((r) => r.municipality)) };
    return this.present.ids;
  }

  private renderMapArea(view: View): TemplateResult {
    const provider = this.provider;
    if (provider && !this.mapAllowed) {
      return html`<section class="map-area" part="map" aria-label=${view.t('mapLabel')}>
        ${renderConsentNotice(view, provider, this.onConsent)}
      </section>`;
    }
    const revocable = provider?.needsConsent && this.consent !== 'granted';
    return html`<section class="map-area" part="map" aria-label=${view.t('mapLabel')}>
      <p id="map-help" class="visually-hidden">${view.t('mapHelp')}</p>
      <div class="map-frame">
        <div class="map-canvas" dir="ltr">${this.renderZoomButtons(view)}</div>
        ${this.mapState === 'ready' ? this.renderAttribution(provider) : nothing}
        ${this.mapState === 'loading' ? html`<p class="map-status" role="status">${view.t('mapLoading')}</p>` : nothing}
        ${this.mapState === 'error' ? html`<p class="map-status map-status--error" role="alert">${view.t('mapError')}</p>` : nothing}
      </div>
      <div class="map-footer">
        ${renderLegend(view)}
        ${revocable
          ? html`<button type="button" class="kd-button kd-button--secondary map-hide" @click=${this.onHideMap}>${view.t('mapHide')}</button>`
          : nothing}
      </div>
    </section>`;
  }

  /**
   * Zoom buttons of our own (Leaflet's control writes innerHTML, which Trusted Types forbid).
   * They sit inside the map container, before Leaflet's panes: Tab reaches them before
   * wandering through possibly hundreds of markers. At the start edge in the page's direction.
   * Always rendered, hidden until the map is ready: a child part that appeared inside the
   * container later would clear what Leaflet appended after it.
   */
  private renderZoomButtons(view: View): TemplateResult {
    const { canZoomIn, canZoomOut } = this.zoomState;
    return html`<div
      class="map-zoom map-zoom--${this.dir === 'rtl' ? 'right' : 'left'}"
      ?hidden=${this.mapState !== 'ready'}
      @pointerdown=${shieldFromMap}
      @mousedown=${shieldFromMap}
      @touchstart=${shieldFromMap}
      @dblclick=${shieldFromMap}
      @contextmenu=${shieldFromMap}
      @wheel=${shieldFromMap}
    >
      <button
        type="button"
        class="map-zoom__button"
        aria-label=${view.t('zoomIn')}
        title=${view.t('zoomIn')}
        aria-disabled=${canZoomIn ? nothing : 'true'}
        @click=${this.onZoomIn}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        class="map-zoom__button"
        aria-label=${view.t('zoomOut')}
        title=${view.t('zoomOut')}
        aria-disabled=${canZoomOut ? nothing : 'true'}
        @click=${this.onZoomOut}
      >
        <span aria-hidden="true">−</span>
      </button>
    </div>`;
  }

  /** Credits for the map: Leaflet and the tile provider, with the licence the provider asks for. */
  private renderAttribution(provider: TileProvider | null): TemplateResult {
    const separator = html` <span aria-hidden="true">|</span> `;
    let credits: unknown = nothing;
    switch (provider?.kind) {
      case 'basemap.de':
        credits = html`${separator}© <a href="https://basemap.de/">basemap.de</a> / <a href="https://www.bkg.bund.de/">BKG</a>${separator}${this.t(
            'dataSources',
          )}: © GeoBasis-DE${separator}${this.t('licence')}: <a href="https://www.govdata.de/dl-de/by-2-0">dl-de/by-2-0</a>`;
        break;
      case 'osm':
        credits = html`${separator}© <a href="https://www.openstreetmap.org/copyright">${this.t('osmContributors')}</a>`;
        break;
      case 'custom':
        credits = this.tileAttribution ? html`${separator}${this.tileAttribution}` : nothing;
        break;
      default:
        break;
    }
    return html`<p class="map-attribution"><a href="https://leafletjs.com">Leaflet</a>${credits}</p>`;
  }

  private renderSide(view: View): TemplateResult {
    const selected = this.selectedResult;
    if (this.visible.length === 0) {
      return renderEmpty(
        this.t('emptyFiltered'),
        html`<button type="button" class="kd-button kd-button--secondary" @click=${this.resetFilters}>${this.t('resetFilters')}</button>`,
      );
    }
    return html`${selected ? renderDetail(view, selected, this.renderDetailBody(view), () => void this.closeDetail()) : nothing}
    ${renderList(view, {
      results: this.visible,
      groups: this.groups,
      limit: this.limit,
      selected: this.selected,
      onSelect: (result, opener) => this.select(result, 'list', opener),
      onShowMore: this.showMore,
    })}`;
  }

  /** What the details add to the summary: loading, the whole result, or the error with a retry. */
  private renderDetailBody(view: View): unknown {
    const detail = this.detail;
    const whole = this.selectedWhole;
    if (whole && detail.value) {
      const events = this.relatedEvents.status === TaskStatus.COMPLETE ? this.relatedEvents.value : undefined;
      return detail.value.renderBody(view, whole, events);
    }
    if (detail.status === TaskStatus.ERROR) return renderError(detail.error, () => void detail.run());
    return renderLoading(4);
  }

  protected override updated(): void {
    this.syncMap();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    const root = this.renderRoot;
    if (focus === 'detail') root.querySelector<HTMLElement>('#detail-title')?.focus();
    else if (focus === 'consent') root.querySelector<HTMLElement>('.consent button')?.focus();
    else if (focus === 'map' && this.engine) root.querySelector<HTMLElement>('.map-canvas')?.focus();
    else if (focus === 'map') this.focusAfterUpdate = 'map';
    else if (typeof focus === 'object') root.querySelectorAll<HTMLElement>('.item__title')[focus.item]?.focus();
  }

  /** Opens a result's details; from the list the map also pans to it. */
  private select(result: ResultSummary, source: ResultSelectSource, element?: HTMLElement): void {
    this.opener = { source, element };
    this.reveal = source === 'list';
    this.selectingInternally = true;
    this.selected = result.id;
    this.focusAfterUpdate = 'detail';
    this.dispatchEvent(new KdResultSelectEvent({ id: result.id, result, source }));
  }

  /** Closes the details and returns focus to the list entry or marker that opened them. */
  private async closeDetail(): Promise<void> {
    const id = this.selected;
    if (!id) return;
    const opener = this.opener;
    this.opener = undefined;
    this.selectingInternally = true;
    this.selected = undefined;
    await this.updateComplete;
    if (opener?.source === 'map' && this.engine?.focusResult(id)) return;
    const element = opener?.element?.isConnected
      ? opener.element
      : this.renderRoot.querySelector<HTMLElement>(`.item__title[data-id="${CSS.escape(id)}"]`);
    element?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.selected) return;
    event.preventDefault();
    event.stopPropagation();
    void this.closeDetail();
  };

  private readonly onFilter = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'topic') this.topic = select.value;
    else if (select.name === 'status') this.status = select.value;
    else this.municipalityFilter = select.value;
  };

  private readonly resetFilters = (): void => {
    this.topic = '';
    this.status = '';
    this.municipalityFilter = '';
  };

  private readonly showMore = (): void => {
    this.focusAfterUpdate = { item: this.limit };
    this.limit += LIST_PAGE;
  };

  private readonly onConsent = (): void => {
    const provider = this.provider;
    if (!provider) return;
    this.focusAfterUpdate = 'map';
    tileConsent.grant(provider.key);
    this.dispatchEvent(new KdConsentChangeEvent({ consent: 'granted', provider: provider.key }));
  };

  private readonly onHideMap = (): void => {
    const provider = this.provider;
    if (!provider) return;
    this.focusAfterUpdate = 'consent';
    tileConsent.revoke(provider.key);
    this.destroyEngine();
    this.dispatchEvent(new KdConsentChangeEvent({ consent: 'pending', provider: provider.key }));
  };

  /**
   * The CSV is made on request only: its code loads then, not with the page, and so do the whole
   * results it needs (the list has summaries), for the filters in effect at the click.
   */
  private readonly downloadCsv = async (): Promise<void> => {
    if (this.csv === 'busy') return;
    const data = this.data.value;
    const query = { ...filtersQuery(this.filters, this.resolvedMunicipality), limit: PAGE_LIMIT_MAX };
    const order = this.visible.map((r) => r.id);
    const fileName = `${this.fileBase()}.csv`;
    const controller = new AbortController();
    this.csvAbort = controller;
    this.csv = 'busy';
    try {
      const { downloadResultsCsv } = await import('./csv-download.js');
      await downloadResultsCsv(this.resources.results.list(query, { signal: controller.signal }), {
        order,
        fileName,
        municipalityName: (id) => data?.municipalities.get(id)?.name ?? id,
      });
      this.csv = 'idle';
    } catch {
      // Nothing is lost: the list, the filters and the selection stay; the button tries again.
      this.csv = controller.signal.aborted ? 'idle' : 'failed';
    } finally {
      if (this.csvAbort === controller) this.csvAbort = undefined;
    }
  };

  /** `ergebnisse-tuebingen-mobilitaet`: file name of the downloads. */
  private fileBase(): string {
    const f = this.filters;
    return ['ergebnisse', this.resolvedMunicipality || f.municipality || 'alle', f.topic, f.status].filter(Boolean).join('-');
  }

  private readonly onZoomIn = (): void => this.engine?.zoomIn();
  private readonly onZoomOut = (): void => this.engine?.zoomOut();

  private mapLabels(): MapLabels {
    const status = (s: ResultStatus): string => this.t(STATUS_LABEL[s]);
    const cluster = (counts: Record<ResultStatus, number>, total: number): string =>
      this.t('clusterLabel', { count: total, done: counts.done });
    return {
      map: this.t('mapLabel'),
      status,
      marker: (r) => this.t('markerLabel', { title: r.title, status: status(r.status) }),
      area: (r) => this.t('areaLabel', { title: r.title, status: status(r.status) }),
      cluster,
      count: (n) => formatNumber(intlLocale(this.locale), n),
      group: (name, counts, total) => this.t('groupLabel', { name, summary: cluster(counts, total) }),
    };
  }

  /** Direction and tiles are fixed when Leaflet starts; a change means a new map. */
  private get mapKey(): string {
    return `${this.dir}|${this.tiles}|${this.tileAttribution}`;
  }

  /** Creates, feeds or removes the map so that it matches the widget's state. */
  private syncMap(): void {
    const canvas = this.renderRoot.querySelector<HTMLElement>('.map-canvas');
    // A removed widget may still update (a detail arriving late): it must not start a map that
    // cannot start, or it would retry on every update, and each failed start updates again.
    if (!canvas || !this.mapAllowed || !this.isConnected) {
      this.destroyEngine();
      return;
    }
    const key = this.mapKey;
    if (this.engine && (this.engineKey !== key || canvas !== this.engineContainer)) this.destroyEngine();
    if (!this.engine) {
      void this.loadEngine(canvas, key);
      return;
    }
    this.feedMap();
  }

  /** Gives the map what changed: labels, results (or a first page of them), selection. */
  private feedMap(): void {
    const engine = this.engine!;
    const data = this.data.value;
    const input = this.mapInput;
    const labelsKey = this.locale;
    if (!this.pushed || this.pushed.labels !== labelsKey) engine.setLabels(this.mapLabels());
    if (input && this.pushed?.results !== input.results) {
      const municipality = this.resolvedMunicipality ?? this.filters.municipality;
      void engine.setData({
        results: input.results,
        municipalities: input.municipalities,
        grouped: !municipality && new Set(input.results.map((r) => r.municipality)).size > 1,
        fallbackBounds: municipality ? input.municipalities.get(municipality)?.bbox : undefined,
        partial: input.partial,
      });
    }
    if (data && (this.pushed?.selected !== this.selected || this.reveal)) {
      engine.select(this.selected, { reveal: this.reveal });
      this.reveal = false;
    }
    // Without data the selection has not reached the map yet (select() above needs data): leave
    // it unrecorded so that it is pushed, and highlighted, once the results arrive.
    this.pushed = { results: input?.results ?? [], selected: data ? this.selected : undefined, labels: labelsKey };
  }

  private engineContainer?: HTMLElement;

  private async loadEngine(canvas: HTMLElement, key: string): Promise<void> {
    if (this.engineLoading) return;
    this.engineLoading = true;
    try {
      // Let the current update finish before the state changes again.
      await Promise.resolve();
      this.mapState = 'loading';
      const { createMapEngine } = await import('./map/engine.js');
      if (!canvas.isConnected || !this.mapAllowed) {
        this.mapState = 'idle';
        return;
      }
      this.engine = createMapEngine({
        container: canvas,
        root: this.renderRoot as ShadowRoot,
        tiles: this.provider,
        dir: this.dir,
        labels: this.mapLabels(),
        helpId: 'map-help',
        largeSets: true,
        onSelect: (id) => {
          const result = this.visible.find((r) => r.id === id);
          if (result) this.select(result, 'map');
        },
        onZoom: (zoom) => {
          if (zoom.canZoomIn === this.zoomState.canZoomIn && zoom.canZoomOut === this.zoomState.canZoomOut) return;
          // The map reports from inside our own update (setData in updated()): update after it.
          queueMicrotask(() => {
            this.zoomState = zoom;
          });
        },
      });
      this.engineContainer = canvas;
      this.engineKey = key;
      this.pushed = undefined;
      this.mapState = 'ready';
    } catch {
      this.mapState = 'error';
    } finally {
      this.engineLoading = false;
    }
  }

  private destroyEngine(): void {
    if (!this.engine) return;
    this.engine.destroy();
    this.engine = undefined;
    this.engineContainer = undefined;
    this.pushed = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kd-results-map': KdResultsMap;
  }
}
