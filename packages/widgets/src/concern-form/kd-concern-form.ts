import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  CONCERN_DESCRIPTION_MAX,
  CONCERN_TITLE_MAX,
  type ConcernKind,
  type ConcernReceipt,
  type LatLng,
  type Municipality,
  type Topic,
} from '@kommunaldialog/sdk';
import { municipalities, topics, type ConcernsResource } from '@kommunaldialog/sdk/resources';
import { resourcesPerApi } from '../shared/api.js';
import { KdElement } from '../shared/kd-element.js';
import { errorKind, renderLoading, renderTask, type ErrorKind } from '../shared/states.js';
import { intlLocale } from '../shared/i18n/locale.js';
import { resolveTiles } from '../results-map/tiles.js';
import type { ConcernDelivery } from './delivery.js';
import type { ProofOfWork } from './proof-of-work.js';
import {
  draftKey,
  newIdempotencyKey,
  readDraft,
  removeDraft,
  restoreValues,
  storableValues,
  writeDraft,
  type OutboxEntry,
} from './draft-store.js';
import { KdConcernQueuedEvent, KdConcernSubmitEvent } from './events.js';
import {
  countCharacters,
  emptyValues,
  FIELD_ORDER,
  hasContent,
  type FieldId,
  type FieldProblems,
  type FormValues,
  type SubmissionContext,
} from './form-model.js';
import { concernFormMessages, type ConcernFormMessages } from './messages/index.js';
import { TEXT_LANGUAGES } from './languages.js';
import type { SummaryEntry } from './parts/error-summary.js';
import { renderKindChoices } from './parts/kind-choices.js';
import { renderLocation, type PickerState } from './parts/location.js';
import type { PickerMap } from './location/picker.js';
import type { FormMessages, Translate } from './parts/translate.js';
import type { MessageCatalog } from '../shared/i18n/define-messages.js';
import type { LaterMessages } from './later/messages/index.js';
import { formStyles } from './kd-concern-form.styles.js';

type Phase = 'editing' | 'sending' | 'queued' | 'sent';
/** Messages for problems that belong to no field. */
type GeneralProblem = 'errInvalid' | 'errAlreadySent' | 'errTooFast' | 'errChallenge' | 'errNotSent';

interface FormData {
  topics: Topic[];
  municipalities: Municipality[];
}

/** The code loaded once someone starts (see sending.ts). */
type Sending = typeof import('./sending.js');

/** Submissions: one try per call, the form retries on its own schedule (so not the shared transport). */
const submitters = new Map<string, ConcernsResource>();

function submitterFor(sending: Sending, api: string, timeout: number): ConcernsResource {
  const id = `${String(timeout)} ${api}`;
  let submitter = submitters.get(id);
  if (!submitter) submitters.set(id, (submitter = sending.concerns(sending.createHttp({ baseUrl: api, retry: 0, timeout }))));
  return submitter;
}

const formApi = resourcesPerApi((http) => ({ topics: topics(http), municipalities: municipalities(http) }));

/** Messages whose labels the error summary repeats. */
const FIELD_LABEL = {
  municipality: 'municipalityLabel',
  kind: 'kindLegend',
  topic: 'topicLabel',
  title: 'titleLabel',
  description: 'descriptionLabel',
  place: 'placeLabel',
  language: 'languageLabel',
  name: 'nameLabel',
  email: 'emailLabel',
  phone: 'phoneLabel',
  consent: 'consentLabel',
} as const satisfies Record<FieldId, keyof ConcernFormMessages>;

type AnyTranslate = (key: string, params?: object) => string;

/** Where the picker map starts when the municipality is not known yet: Baden-Württemberg. */
const STATE_CENTRE: LatLng = { lat: 48.66, lng: 9.0 };

/** Text language that matches the UI: Leichte Sprache is written in German. */
function textLanguageOf(locale: string): string {
  return locale === 'de-x-ls' ? 'de' : locale;
}

/**
 * @summary A form for residents to send a concern, question, idea or offer of help to their
 * municipality: by keyboard, screen reader or phone, in any language, and never lost.
 *
 * Validates with the SDK's own schema (errors after leaving a field or on submit; a focused
 * error summary after a failed submit). Keeps a draft in `sessionStorage` for the tab. Sending
 * solves the API's proof-of-work challenge in the background (a Web Worker, else in slices on
 * the main thread), waits out the API's minimum fill time, and retries with one idempotency
 * key until the API confirms: offline, timeouts, 5xx and 429 leave the concern queued and say
 * so, and it is sent again on backoff, on the `online` event and on the next page load.
 *
 * What stays in the tab's `sessionStorage`: the draft without contact data (unless the person
 * ticks "Kontaktdaten im Entwurf merken"), and — only while a sent concern awaits confirmation —
 * that submission exactly as sent, contact data included, so that a reload can finish it.
 * Everything is removed once the API confirms.
 *
 * The place is optional: described in words (sent located at the municipality, as an area), or
 * picked on a small map (sent as an exact point). The map's code and its tiles load only after
 * the person presses "Ort auf der Karte wählen", and the notice beside that button names the
 * tile provider first; it works by pointer (click or tap the place) and by keyboard (arrow keys
 * move the map under a crosshair, Enter or "Diesen Ort übernehmen" takes the centre).
 *
 * @csspart base - The widget's root.
 * @csspart form - The `<form>`.
 * @csspart kinds - The group of kind cards.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart status - The live region saying "sending" or "queued".
 * @csspart submit - The send button.
 * @csspart receipt - The confirmation with the reference.
 * @csspart reference - The reference number in the confirmation.
 * @csspart location - The picked point, the map button and its notice.
 * @csspart location-picker - The open map with its instructions, buttons and credits.
 *
 * @cssproperty --kd-concern-form-card-selected - Background of the chosen kind card. Default: a tint of `--kd-color-primary`.
 * @cssproperty --kd-concern-form-max-width - Widest the form grows. Default `48em`.
 * @cssproperty --kd-concern-form-map-height - Height of the location map. Default `18em`.
 *
 * @event kd-concern-submit - {@link KdConcernSubmitEvent}: the API stored the concern; `detail.reference`.
 * @event kd-concern-queued - {@link KdConcernQueuedEvent}: a try failed transiently; the concern stays queued.
 *
 * @example
 * <kd-concern-form api="https://api.kommunaldialog.de/v1" municipality="tuebingen"
 *   status-url="/anliegen/stand?nummer={reference}"></kd-concern-form>
 */
export class KdConcernForm extends KdElement<ConcernFormMessages> {
  static override styles = [KdElement.styles, formStyles];

  /**
   * How the code for checking and sending arrives (a chunk of its own, loaded at the first focus).
   * @internal Replaced in tests to stand for a connection that drops before it arrived.
   */
  static loadSendingCode: () => Promise<Sending> = () => import('./sending.js');

  protected override readonly messages = concernFormMessages;

  /** Link to the privacy notice next to the consent. Default: the municipality's `privacyUrl`. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /**
   * Page showing a concern's status, with `{reference}` where the reference goes
   * (`/stand?nummer={reference}`). Without it the receipt shows the status in place.
   */
  @property({ attribute: 'status-url' }) statusUrl?: string;

  /** Templates for the status view's links: `{id}` is the event's or result's id. */
  @property({ attribute: 'event-url' }) eventUrl?: string;
  @property({ attribute: 'result-url' }) resultUrl?: string;

  /**
   * The API's minimum time between fetching a challenge and sending the form, in ms. The form
   * waits it out silently before sending. Default 3000.
   */
  @property({ attribute: 'min-fill-time', type: Number }) minFillTime = 3000;

  /** Longest wait for one try to send, in ms, before it counts as failed and is queued. Default 15000. */
  @property({ attribute: 'submit-timeout', type: Number }) submitTimeout = 15_000;

  /**
   * Background of the location map, as on `<kd-results-map>`: `basemap.de` (default; BKG web
   * raster), `osm`, a Leaflet URL template with `{z}`, `{x}`, `{y}`, or `none`.
   */
  @property() tiles = 'basemap.de';

  /** Attribution shown for a custom `tiles` URL template (plain text). */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';

  @state() private values: FormValues = emptyValues('de');
  @state() private phase: Phase = 'editing';
  @state() private problems: FieldProblems = {};
  /** Fields whose problems are shown: left once, or all after a submit. */
  @state() private shown = new Set<FieldId>();
  @state() private summaryOpen = false;
  /** A problem that belongs to no field (message key). */
  @state() private generalProblem: GeneralProblem | undefined;
  @state() private restoredAt: string | undefined;
  @state() private discarded = false;
  @state() private queueReason: ErrorKind | undefined;
  @state() private receipt: ConcernReceipt | undefined;
  @state() private statusShown = false;
  @state() private picker: PickerState = 'closed';

  #key: string | undefined;
  #idempotencyKey: string | undefined;
  #outbox: OutboxEntry | undefined;
  #languageChosen = false;
  #pickerModule: typeof import('./location/picker.js') | undefined;
  #pickerMap: PickerMap | undefined;
  /** The element and settings the picker map was made for: another means a new map. */
  #pickerFor: { container: HTMLElement; key: string } | undefined;
  /** Move focus into the map once it is there (it was opened by the button). */
  #focusMap = false;
  #sending: Sending | undefined;
  #sendingLoad: Promise<Sending> | undefined;
  #pow: ProofOfWork | undefined;
  #delivery: ConcernDelivery | undefined;

  private readonly data = new Task(this, {
    task: async ([api, municipality]: readonly [ReturnType<typeof formApi>, string | undefined], { signal }): Promise<FormData> => {
      const [topics, municipalities] = await Promise.all([
        api.topics.list({ signal }),
        municipality
          ? api.municipalities.get(municipality, { signal }).then((m) => [m])
          : api.municipalities.list({ signal }).then((page) => page.items),
      ]);
      return { topics: topics.items, municipalities };
    },
    args: () => [formApi(this.http), this.resolvedMunicipality] as const,
  });

  /** Strings that came with the code loaded after the person acted (see later/messages). */
  #later: MessageCatalog<LaterMessages> | undefined;

  readonly #t = ((key: string, params?: object) => {
    const later = this.#later;
    if (later && Object.hasOwn(later.de, key)) return (later.t as (l: string, k: string, p?: object) => string)(this.locale, key, params);
    return (this.t as AnyTranslate).call(this, key, params);
  }) as Translate<FormMessages>;

  /** Takes up the later strings and waits for them in the current locale (no German flash). */
  async #useLater(catalog: MessageCatalog<LaterMessages>): Promise<void> {
    this.#later = catalog;
    await catalog.load(this.locale).catch(() => undefined);
  }

  readonly #onPageHide = (): void => this.#saveDraft();

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('pagehide', this.#onPageHide);
    if (this.#outbox && this.phase !== 'sent') void this.#startDelivery(this.#outbox);
  }

  /** Loads (once) the code for checking and sending, and sets up the delivery with it. */
  #loadSending(): Promise<Sending> {
    this.#sendingLoad ??= (this.constructor as typeof KdConcernForm).loadSendingCode().then(
      async (sending) => {
        await this.#useLater(sending.laterMessages);
        sending.adoptAfter(this.renderRoot as ShadowRoot, sending.sendingStyles);
        const submitter = (): ConcernsResource => submitterFor(sending, this.resolvedApi, this.submitTimeout);
        // Challenges go through the submission client too: the same timeout, and the delivery retries.
        const pow = new sending.ProofOfWork(submitter);
        this.#pow = pow;
        this.#delivery = new sending.ConcernDelivery({
          concerns: submitter,
          proofOfWork: pow,
          minFillTime: () => this.minFillTime,
          save: (entry) => {
            this.#outbox = entry;
            this.#saveDraft();
          },
          queued: (error) => {
            this.phase = 'queued';
            this.queueReason = errorKind(error);
            this.dispatchEvent(new KdConcernQueuedEvent({ error }));
          },
          confirmed: (receipt) => void this.#confirmed(receipt),
          rejected: (error) => void this.#rejected(error),
        });
        this.#sending = sending;
        return sending;
      },
      (error: unknown) => {
        // Offline before it arrived: the next attempt asks again.
        this.#sendingLoad = undefined;
        throw error;
      },
    );
    return this.#sendingLoad;
  }

  /** Delivers a queued submission; without the sending code (offline) it waits to be back online. */
  async #startDelivery(entry: OutboxEntry): Promise<void> {
    try {
      await this.#loadSending();
    } catch (error) {
      this.phase = 'queued';
      this.queueReason = errorKind(error);
      globalThis.addEventListener('online', () => this.#retryNow(), { once: true });
      return;
    }
    if (this.isConnected && this.#outbox === entry && this.phase !== 'sent') this.#delivery!.start(entry);
  }

  #retryNow(): void {
    if (this.#delivery?.running) this.#delivery.retryNow();
    else if (this.#outbox) void this.#startDelivery(this.#outbox);
    else if (this.#submitWaiting) void this.#onSubmit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('pagehide', this.#onPageHide);
    this.#saveDraft();
    this.#delivery?.stop();
    this.#pow?.dispose();
    this.#destroyPicker();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncPicker();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#languageChosen && this.values.language !== textLanguageOf(this.locale)) {
      this.values = { ...this.values, language: textLanguageOf(this.locale) };
    }
    const key = draftKey(this.resolvedMunicipality);
    if (key !== this.#key && !this.#delivery?.running) {
      this.#key = key;
      this.#restore(key);
    }
  }

  /** Takes up the draft (and a queued submission) this tab kept for the municipality. */
  #restore(key: string): void {
    const record = readDraft(key);
    if (!record) return;
    const values = restoreValues(record.values, textLanguageOf(this.locale));
    const contact = record.outbox?.body.contact;
    if (contact) {
      // What is being sent is shown as sent, contact included (the queue has to keep it anyway).
      Object.assign(values, {
        wantsAnswer: true,
        name: contact.name ?? '',
        email: contact.email ?? '',
        phone: contact.phone ?? '',
        consent: record.outbox?.body.contactConsent ?? false,
      });
    }
    this.values = values;
    this.#languageChosen = record.values.language !== undefined;
    this.#idempotencyKey = record.idempotencyKey;
    this.#outbox = record.outbox;
    this.restoredAt = hasContent(values) || record.outbox ? record.savedAt : undefined;
    if (record.outbox) {
      this.phase = 'sending';
      void this.#startDelivery(record.outbox);
    }
  }

  #saveDraft(): void {
    if (this.#key === undefined || this.phase === 'sent') return;
    if (!hasContent(this.values) && !this.#outbox && !this.#idempotencyKey) {
      removeDraft(this.#key);
      return;
    }
    writeDraft(this.#key, {
      savedAt: new Date().toISOString(),
      values: storableValues(this.values),
      ...(this.#idempotencyKey ? { idempotencyKey: this.#idempotencyKey } : {}),
      ...(this.#outbox ? { outbox: this.#outbox } : {}),
    });
  }

  get #context(): SubmissionContext {
    const id = this.resolvedMunicipality ?? this.values.municipality;
    return { municipality: this.resolvedMunicipality, centre: this.#municipality(id)?.centre };
  }

  #municipality(id: string): Municipality | undefined {
    return this.data.value?.municipalities.find((m) => m.id === id);
  }

  #set<K extends keyof FormValues>(field: K, value: FormValues[K]): void {
    if (this.phase !== 'editing') return;
    this.values = { ...this.values, [field]: value };
    this.discarded = false;
    if (field === 'language') this.#languageChosen = true;
    this.#check();
    this.#saveDraft();
  }

  /** Checks the values with the SDK's schema; the first check waits for that code to load. */
  #check(): void {
    const sending = this.#sending;
    if (!sending) {
      this.#loadSending().then(
        () => this.#check(),
        () => undefined,
      );
      return;
    }
    const result = sending.validate(this.values, this.#context);
    this.problems = result.ok ? {} : result.fields;
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const field = target.name as keyof FormValues;
    if (!(field in this.values) || field === 'kind') return;
    const value = target.type === 'checkbox' ? target.checked : target.value;
    this.#set(field, value as never);
  }

  #onFocusOut(event: FocusEvent): void {
    const field = (event.target as HTMLElement).dataset['field'] as FieldId | undefined;
    // Moving between the kind cards is not leaving the question.
    if (!field || (field === 'kind' && (event.relatedTarget as HTMLElement | null)?.dataset['field'] === 'kind')) return;
    if (this.shown.has(field)) return;
    this.#check();
    this.shown = new Set(this.shown).add(field);
  }

  #onFocusIn(): void {
    // The challenge is solved while the person types, so sending does not wait for it.
    this.#loadSending().then(
      () => {
        if (this.phase === 'editing') this.#pow!.prepare();
      },
      () => undefined,
    );
  }

  /** A submit that found no sending code (offline since the page loaded), waiting to go on. */
  #submitWaiting = false;

  async #onSubmit(event?: Event): Promise<void> {
    event?.preventDefault();
    // Before the topics (and the municipality's location) are there, there is nothing to check.
    const resuming = this.#submitWaiting && this.phase === 'queued';
    if ((this.phase !== 'editing' && !resuming) || this.data.status !== TaskStatus.COMPLETE) return;
    let sending: Sending;
    try {
      sending = await this.#loadSending();
    } catch (error) {
      // Offline since the page loaded: nothing can be checked or sent yet. All typed stays, the
      // status says it is waiting, and the submit goes on by itself once the browser is online.
      this.#submitWaiting = true;
      this.phase = 'queued';
      this.queueReason = errorKind(error);
      globalThis.addEventListener('online', () => this.#retryNow(), { once: true });
      return;
    }
    if (this.#submitWaiting) {
      this.#submitWaiting = false;
      this.phase = 'editing';
    }
    if (this.phase !== 'editing') return;
    const result = sending.validate(this.values, this.#context);
    this.generalProblem = undefined;
    if (!result.ok) {
      this.problems = result.fields;
      this.generalProblem = result.other.length > 0 ? 'errInvalid' : undefined;
      await this.#openSummary();
      return;
    }
    this.problems = {};
    this.summaryOpen = false;
    // The fields lock while sending: focus must not be left on a control that just got disabled.
    if (this.shadowRoot?.activeElement?.closest('.fields')) this.renderRoot.querySelector<HTMLElement>('[part=submit]')?.focus();
    this.#idempotencyKey ??= newIdempotencyKey();
    this.#outbox = { idempotencyKey: this.#idempotencyKey, body: result.body };
    this.phase = 'sending';
    this.discarded = false;
    this.#saveDraft();
    this.#delivery!.start(this.#outbox);
  }

  async #openSummary(): Promise<void> {
    this.shown = new Set(FIELD_ORDER);
    this.summaryOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  async #confirmed(receipt: ConcernReceipt): Promise<void> {
    if (this.#key !== undefined) removeDraft(this.#key);
    this.#outbox = undefined;
    this.#idempotencyKey = undefined;
    this.receipt = receipt;
    this.phase = 'sent';
    this.picker = 'closed';
    this.restoredAt = undefined;
    this.values = emptyValues(this.values.language);
    this.dispatchEvent(new KdConcernSubmitEvent({ reference: receipt.reference }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus();
  }

  async #rejected(error: unknown): Promise<void> {
    this.#outbox = undefined;
    this.phase = 'editing';
    this.queueReason = undefined;
    this.#saveDraft();
    const sending = this.#sending!;
    const fieldErrors = (error as { fieldErrors?: unknown }).fieldErrors;
    const { fields, other } = Array.isArray(fieldErrors)
      ? sending.problemsFrom(fieldErrors, this.values)
      : { fields: {}, other: [] };
    this.problems = fields;
    const codes = other.map((e) => e.code);
    this.generalProblem = sending.isKeyReused(error)
      ? 'errAlreadySent'
      : codes.includes('too_fast')
        ? 'errTooFast'
        : other.some((e) => e.path === 'proofOfWork')
          ? 'errChallenge'
          : Object.keys(fields).length === 0 || other.length > 0
            ? 'errNotSent'
            : undefined;
    await this.#openSummary();
  }

  #discardDraft(): void {
    if (this.#key !== undefined) removeDraft(this.#key);
    this.values = emptyValues(textLanguageOf(this.locale));
    this.#languageChosen = false;
    this.#idempotencyKey = undefined;
    this.problems = {};
    this.shown = new Set();
    this.summaryOpen = false;
    this.restoredAt = undefined;
    this.picker = 'closed';
    this.discarded = true;
    void this.updateComplete.then(() => this.#focusField('kind'));
  }

  #startOver(): void {
    this.receipt = undefined;
    this.statusShown = false;
    this.phase = 'editing';
    this.problems = {};
    this.shown = new Set();
    this.summaryOpen = false;
    void this.updateComplete.then(() => this.#focusField('kind'));
  }

  async #showStatus(): Promise<void> {
    await import('../define/kd-concern-status.js');
    this.statusShown = true;
  }

  async #openPicker(): Promise<void> {
    this.#focusMap = true;
    if (this.#pickerModule) {
      this.picker = 'open';
      return;
    }
    this.picker = 'loading';
    try {
      const picker = await import('./location/picker.js');
      await this.#useLater(picker.laterMessages);
      this.#pickerModule = picker;
      if (this.picker === 'loading') this.picker = 'open';
    } catch {
      this.picker = 'error';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#map-open')?.focus();
    }
  }

  async #closePicker(): Promise<void> {
    this.picker = 'closed';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#map-open')?.focus();
  }

  #pick(point: LatLng | null): void {
    this.#set('point', point);
    this.#pickerMap?.setMarker(this.values.point);
  }

  async #removePoint(): Promise<void> {
    this.#pick(null);
    await this.updateComplete;
    // The button pressed is gone: the map's own button (or the map) takes focus.
    this.renderRoot.querySelector<HTMLElement>('#map-open, .picker__map')?.focus();
  }

  /** Makes, keeps or drops the Leaflet map so that it matches what is rendered. */
  #syncPicker(): void {
    const container = this.picker === 'open' ? this.renderRoot.querySelector<HTMLElement>('.picker__map') : null;
    const key = `${this.tiles}|${this.dir}`;
    if (this.#pickerFor && (this.#pickerFor.container !== container || this.#pickerFor.key !== key)) this.#destroyPicker();
    if (!container || !this.#pickerModule) return;
    if (this.#pickerMap) {
      this.#pickerMap.setLabel(this.#t('mapLabel'));
      return;
    }
    const municipality = this.#municipality(this.resolvedMunicipality ?? this.values.municipality);
    const point = this.values.point;
    const centre = point ?? municipality?.centre ?? STATE_CENTRE;
    this.#pickerMap = this.#pickerModule.createPickerMap({
      container,
      root: this.renderRoot as ShadowRoot,
      tiles: resolveTiles(this.tiles),
      centre,
      zoom: point ? 17 : municipality ? 14 : 8,
      marker: point,
      label: this.#t('mapLabel'),
      helpId: 'map-help',
      onPick: (picked) => this.#pick(picked),
    });
    this.#pickerFor = { container, key };
    if (this.#focusMap) container.focus({ preventScroll: false });
    this.#focusMap = false;
  }

  #destroyPicker(): void {
    this.#pickerMap?.destroy();
    this.#pickerMap = undefined;
    this.#pickerFor = undefined;
  }

  #coordinate(degrees: number): string {
    return new Intl.NumberFormat(intlLocale(this.locale), { minimumFractionDigits: 5, maximumFractionDigits: 5 }).format(degrees);
  }

  #focusField(field: FieldId): void {
    const root = this.renderRoot;
    const target =
      field === 'kind'
        ? (root.querySelector<HTMLElement>('input[name=kind]:checked') ?? root.querySelector<HTMLElement>('input[name=kind]'))
        : root.querySelector<HTMLElement>(`#${field}`);
    target?.focus();
  }

  /** The problem shown at a field, if any. */
  #problem(field: FieldId) {
    return this.shown.has(field) ? this.problems[field] : undefined;
  }

  #errorFor(field: FieldId): TemplateResult | typeof nothing {
    const problem = this.#problem(field);
    // Problems come from the checking code: where there is one, that code is there.
    if (!problem || !this.#sending) return nothing;
    return html`<p id="${field}-error" class="error">
      <span class="visually-hidden">${this.#t('errorPrefix')}</span> ${this.#sending.problemText(field, problem, this.#t)}
    </p>`;
  }

  #describedBy(field: FieldId, ...ids: (string | false | undefined)[]): string {
    return [...ids, this.#problem(field) && `${field}-error`].filter(Boolean).join(' ');
  }

  #label(field: FieldId, optional = false): TemplateResult {
    // One text node: Chrome drops the space before a separate span from the accessible name.
    const text = optional ? `${this.t(FIELD_LABEL[field])} ${this.t('optional')}` : this.t(FIELD_LABEL[field]);
    return html`<label class="label" for=${field}>${text}</label>`;
  }

  #textField(
    field: 'title' | 'place' | 'name' | 'email' | 'phone',
    options: { hint?: string; max?: number; optional?: boolean; type?: string; autocomplete?: string; inputmode?: string; text?: boolean },
  ): TemplateResult {
    const value = this.values[field];
    const counter = options.max === undefined ? undefined : this.#counter(field, value, options.max);
    return html`<div class="field">
      ${this.#label(field, options.optional)}
      ${options.hint ? html`<p id="${field}-hint" class="hint">${options.hint}</p>` : nothing} ${this.#errorFor(field)}
      <input
        id=${field}
        name=${field}
        data-field=${field}
        type=${options.type ?? 'text'}
        .value=${value}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        dir=${options.text ? 'auto' : nothing}
        lang=${options.text ? this.values.language : nothing}
        ?required=${!options.optional}
        aria-invalid=${this.#problem(field) ? 'true' : nothing}
        aria-describedby=${this.#describedBy(field, options.hint && `${field}-hint`, counter && `${field}-count`) || nothing}
      />
      ${counter ?? nothing}
    </div>`;
  }

  #counter(field: string, value: string, max: number): TemplateResult {
    const left = max - countCharacters(value);
    return html`<p id="${field}-count" class="counter ${left < 0 ? 'counter--over' : ''}">
      ${left < 0 ? this.t('charactersOver', { count: -left }) : this.t('charactersLeft', { count: left })}
    </p>`;
  }

  #select(field: 'municipality' | 'topic' | 'language', options: TemplateResult[], hint?: string): TemplateResult {
    return html`<div class="field">
      ${this.#label(field)} ${hint ? html`<p id="${field}-hint" class="hint">${hint}</p>` : nothing} ${this.#errorFor(field)}
      <select
        id=${field}
        name=${field}
        data-field=${field}
        required
        aria-invalid=${this.#problem(field) ? 'true' : nothing}
        aria-describedby=${this.#describedBy(field, hint && `${field}-hint`) || nothing}
      >
        ${options}
      </select>
    </div>`;
  }

  #option(value: string, label: string, selected: string, lang?: string): TemplateResult {
    return html`<option value=${value} ?selected=${value === selected} lang=${lang ?? nothing}>${label}</option>`;
  }

  #checkbox(field: 'wantsAnswer' | 'consent' | 'rememberContact' | 'publishAnonymously', label: string, describedBy?: string): TemplateResult {
    const problemField = field === 'consent' ? 'consent' : undefined;
    const invalid = problemField !== undefined && this.#problem(problemField) !== undefined;
    const ids = [describedBy, invalid && 'consent-error'].filter(Boolean).join(' ');
    return html`<div class="check">
      <input
        type="checkbox"
        id=${field}
        name=${field}
        data-field=${problemField ?? nothing}
        .checked=${this.values[field]}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${ids || nothing}
      />
      <label for=${field}>${label}</label>
    </div>`;
  }

  #renderFields(data: FormData): TemplateResult {
    const { values } = this;
    const locale = this.locale;
    const municipality = this.#municipality(this.resolvedMunicipality ?? values.municipality);
    const privacyUrl = this.privacyUrl || municipality?.privacyUrl;
    const locked = this.phase === 'sending' || this.phase === 'queued';
    return html`<fieldset class="fields" ?disabled=${locked}>
      <p class="note">${this.t('requiredNote')}</p>
      ${this.resolvedMunicipality
        ? nothing
        : this.#select('municipality', [
            this.#option('', this.t('choose'), values.municipality),
            ...data.municipalities.map((m) => this.#option(m.id, m.name, values.municipality)),
          ])}
      ${renderKindChoices(
        {
          value: values.kind,
          error: this.#errorFor('kind'),
          invalid: this.#problem('kind') !== undefined,
          select: (kind: ConcernKind) => this.#set('kind', kind),
        },
        this.#t,
      )}
      ${this.#select('topic', [
        this.#option('', this.t('choose'), values.topic),
        ...data.topics.map((topic) => this.#option(topic.id, topic.labels[locale] ?? topic.labels.de, values.topic)),
      ])}
      ${this.#textField('title', { hint: this.t('titleHint'), max: CONCERN_TITLE_MAX, text: true })}
      <div class="field">
        <label class="label" for="description">${this.t('descriptionLabel')}</label>
        <p id="description-hint" class="hint">${this.t('descriptionHint')}</p>
        ${this.#errorFor('description')}
        <textarea
          id="description"
          name="description"
          data-field="description"
          rows="8"
          dir="auto"
          lang=${values.language}
          required
          .value=${values.description}
          aria-invalid=${this.#problem('description') ? 'true' : nothing}
          aria-describedby=${this.#describedBy('description', 'description-hint', 'description-count')}
        ></textarea>
        ${this.#counter('description', values.description, CONCERN_DESCRIPTION_MAX)}
      </div>
      ${this.#textField('place', { hint: this.t('placeHint'), optional: true, text: true })}
      ${renderLocation(
        {
          point: values.point,
          state: this.picker,
          tiles: resolveTiles(this.tiles),
          tileAttribution: this.tileAttribution,
          coordinate: (degrees) => this.#coordinate(degrees),
          open: () => void this.#openPicker(),
          close: () => void this.#closePicker(),
          take: () => this.#pickerMap && this.#pick(this.#pickerMap.centre),
          remove: () => void this.#removePoint(),
          zoomIn: () => this.#pickerMap?.zoomIn(),
          zoomOut: () => this.#pickerMap?.zoomOut(),
        },
        this.#t,
        this.#pickerModule && ((view) => this.#pickerModule!.renderPickerPanel(view, this.#t)),
      )}
      ${this.#select(
        'language',
        TEXT_LANGUAGES.map(([tag, name]) => this.#option(tag, name, values.language, tag)),
        this.t('languageHint'),
      )}
      ${this.#checkbox('wantsAnswer', this.t('answerLabel'))}
      ${values.wantsAnswer
        ? html`<fieldset class="contact" aria-describedby="contact-hint">
            <legend class="label">${this.t('contactLegend')}</legend>
            <p id="contact-hint" class="hint">${this.t('contactHint')}</p>
            ${this.#textField('name', { optional: true, autocomplete: 'name', text: true })}
            ${this.#textField('email', { optional: true, type: 'email', autocomplete: 'email' })}
            ${this.#textField('phone', { optional: true, type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
            ${this.#errorFor('consent')}
            ${this.#checkbox('consent', this.t('consentLabel'), privacyUrl ? 'consent-privacy' : undefined)}
            ${privacyUrl
              ? html`<p class="privacy" id="consent-privacy">
                  <a href=${privacyUrl} target="_blank" rel="noopener"
                    >${this.t('privacyLink')} <span class="visually-hidden">${this.t('newWindow')}</span></a
                  >
                </p>`
              : nothing}
            ${this.#checkbox('rememberContact', this.t('rememberContactLabel'), 'rememberContact-hint')}
            <p id="rememberContact-hint" class="hint hint--check">${this.t('rememberContactHint')}</p>
          </fieldset>`
        : nothing}
      ${this.#checkbox('publishAnonymously', this.t('anonymousLabel'), 'publishAnonymously-hint')}
      <p id="publishAnonymously-hint" class="hint hint--check">${this.t('anonymousHint')}</p>
      <div class="hp" aria-hidden="true">
        <label for="website">${this.t('honeypotLabel')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${values.website} />
      </div>
    </fieldset>`;
  }

  #renderStatus(): TemplateResult {
    let content: TemplateResult | typeof nothing = nothing;
    if (this.phase === 'sending') content = html`<p>${this.t('sending')}</p>`;
    else if (this.phase === 'queued') {
      content = html`<p class="status__title">${this.t('queuedTitle')}</p>
        <p>${this.queueReason ? this.#reasonText(this.queueReason) : nothing} ${this.t('queuedText')}</p>`;
    } else if (this.generalProblem && !this.#sending) content = html`<p>${this.#t(this.generalProblem)}</p>`;
    else if (this.discarded) content = html`<p>${this.t('draftDiscarded')}</p>`;
    return html`<div class="status status--${this.phase}" part="status" role="status">${content}</div>`;
  }

  #reasonText(kind: ErrorKind): string {
    switch (kind) {
      case 'offline':
        return this.t('errorOffline');
      case 'timeout':
        return this.t('errorTimeout');
      case 'rateLimited':
        return this.t('errorRateLimited');
      case 'server':
        return this.t('errorServer');
      default:
        return this.t('errorNetwork');
    }
  }

  #summaryEntries(): SummaryEntry[] {
    return FIELD_ORDER.flatMap((field) => {
      const problem = this.problems[field];
      return problem ? [{ field, label: this.t(FIELD_LABEL[field]), problem }] : [];
    });
  }

  #renderForm(): TemplateResult {
    const entries = this.#summaryEntries();
    const general = this.generalProblem ? this.#t(this.generalProblem) : undefined;
    const busy = this.phase === 'sending' || this.phase === 'queued';
    return html`<form
      part="form"
      novalidate
      aria-label=${this.t('formLabel')}
      @submit=${this.#onSubmit}
      @input=${this.#onInput}
      @focusout=${this.#onFocusOut}
      @focusin=${this.#onFocusIn}
    >
      ${this.summaryOpen && this.#sending && (entries.length > 0 || general)
        ? this.#sending.renderErrorSummary(entries, general, this.#t, (field) => this.#focusField(field))
        : nothing}
      ${this.restoredAt
        ? html`<div class="notice" part="draft-notice">
            <p>${this.t('draftRestored', { time: this.fmt.dateTime(this.restoredAt, 'medium') })}</p>
            ${busy
              ? nothing
              : html`<button type="button" class="kd-button kd-button--secondary" @click=${this.#discardDraft}>
                  ${this.t('draftDiscard')}
                </button>`}
          </div>`
        : nothing}
      ${renderTask(this.data, { pending: () => renderLoading(8), complete: (data) => this.#renderFields(data) })}
      <div class="actions">
        <button
          type="submit"
          class="kd-button"
          part="submit"
          aria-disabled=${busy || this.data.status !== TaskStatus.COMPLETE ? 'true' : nothing}
        >
          ${this.t('submit')}
        </button>
        ${this.phase === 'queued'
          ? html`<button type="button" class="kd-button kd-button--secondary" @click=${() => this.#retryNow()}>
              ${this.t('retryNow')}
            </button>`
          : nothing}
      </div>
      ${this.#renderStatus()}
    </form>`;
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="kd-root" dir=${this.dir} lang=${this.locale}>
      ${this.phase === 'sent' && this.receipt && this.#sending
        ? this.#sending.renderReceipt(
            {
              receipt: this.receipt,
              statusHref: this.statusUrl ? this.statusUrl.replaceAll('{reference}', encodeURIComponent(this.receipt.reference)) : undefined,
              status: this.statusShown
                ? html`<kd-concern-status
                    reference=${this.receipt.reference}
                    api=${this.resolvedApi}
                    lang=${this.locale}
                    event-url=${this.eventUrl ?? nothing}
                    result-url=${this.resultUrl ?? nothing}
                  ></kd-concern-status>`
                : nothing,
              showStatus: () => void this.#showStatus(),
              startOver: () => this.#startOver(),
            },
            this.#t,
          )
        : this.#renderForm()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kd-concern-form': KdConcernForm;
  }
}
