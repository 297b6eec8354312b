import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { ConcernStatus, Topic } from '@kommunaldialog/sdk';
import { isConcernReference } from '@kommunaldialog/sdk/checks';
import { concernStatus, topics } from '@kommunaldialog/sdk/resources';
import { resourcesPerApi } from '../shared/api.js';
import { KdElement } from '../shared/kd-element.js';
import { renderError, renderLoading } from '../shared/states.js';
import type { Translate } from '../concern-form/parts/translate.js';
import { KdConcernLookupEvent } from './events.js';
import { concernStatusMessages, type ConcernStatusMessages } from './messages/index.js';
import { renderTimeline } from './timeline.js';
import { statusStyles } from './kd-concern-status.styles.js';

interface StatusData {
  status: ConcernStatus;
  topics: Topic[];
}


const statusApi = resourcesPerApi((http) => ({ concernStatus: concernStatus(http), topics: topics(http) }));

/** `kd 2026 000123`, `kd-2026-000123 ` → `KD-2026-000123`: what people type from a printout. */
export function normaliseReference(input: string): string {
  const compact = input.trim().toUpperCase().replace(/[\s‐-―−]+/g, '-');
  const match = /^KD-?(\d{4})-?(\d{6})$/.exec(compact);
  return match ? `KD-${match[1]!}-${match[2]!}` : compact;
}

/** Unicode isolates keep a left-to-right reference intact inside right-to-left text. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * @summary The public timeline of a concern: received → in review → answered or discussed at
 * an event → addressed by a result, with links to them.
 *
 * Without `reference` it offers a field to enter one (checked against the `KD-2026-000123`
 * format before anything is sent). The timeline never holds the text or personal data.
 *
 * @csspart base - The widget's root.
 * @csspart lookup - The form to enter a reference.
 * @csspart timeline - The list of steps.
 *
 * @cssproperty --kd-concern-status-marker - Colour of the timeline dots and line. Default `--kd-color-primary`.
 *
 * @event kd-concern-lookup - {@link KdConcernLookupEvent}: the person entered a reference; `detail.reference`.
 *
 * @example
 * <kd-concern-status reference="KD-2026-000123" event-url="/termine/{id}" result-url="/ergebnisse/{id}"></kd-concern-status>
 */
export class KdConcernStatus extends KdElement<ConcernStatusMessages> {
  static override styles = [KdElement.styles, statusStyles];

  protected override readonly messages = concernStatusMessages;

  /** The reference to show (`KD-2026-000123`). Without it the widget asks for one. */
  @property({ reflect: true }) reference?: string;

  /** Link template for events a step refers to; `{id}` is replaced by the event's id. */
  @property({ attribute: 'event-url' }) eventUrl?: string;

  /** Link template for results a step refers to; `{id}` is replaced by the result's id. */
  @property({ attribute: 'result-url' }) resultUrl?: string;

  /** A reference the person entered; it wins over the attribute until they ask for another. */
  @state() private entered: string | undefined;
  @state() private draft = '';
  @state() private formatError = false;

  private readonly data = new Task(this, {
    task: async ([api, reference]: readonly [ReturnType<typeof statusApi>, string | undefined], { signal }): Promise<StatusData | undefined> => {
      if (!reference) return undefined;
      const [status, topics] = await Promise.all([
        api.concernStatus.get(reference, { signal }),
        // Topic names are a nicety: without them the id is shown.
        api.topics.list({ signal }).then((page) => page.items, () => [] as Topic[]),
      ]);
      return { status, topics };
    },
    args: () => [statusApi(this.http), this.#reference] as const,
  });

  #focusResult = false;

  readonly #t = ((key: string, params?: object) =>
    (this.t as (k: string, p?: object) => string).call(this, key, params)) as Translate<ConcernStatusMessages>;

  get #reference(): string | undefined {
    const reference = this.entered ?? this.reference;
    return reference ? normaliseReference(reference) : undefined;
  }

  async #lookup(event: Event): Promise<void> {
    event.preventDefault();
    const reference = normaliseReference(this.draft);
    this.formatError = !isConcernReference(reference);
    if (this.formatError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#reference')?.focus();
      return;
    }
    this.entered = reference;
    this.#focusResult = true;
    this.dispatchEvent(new KdConcernLookupEvent({ reference }));
  }

  protected override updated(): void {
    // After a lookup, focus goes to what was found (or the "not found" message) once it is there.
    if (!this.#focusResult) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('.heading');
    if (heading) {
      this.#focusResult = false;
      heading.focus();
    }
  }

  async #askAgain(): Promise<void> {
    this.entered = undefined;
    this.reference = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#reference')?.focus();
  }

  #renderLookup(): TemplateResult {
    const describedBy = ['reference-hint', this.formatError && 'reference-error'].filter(Boolean).join(' ');
    return html`<form class="lookup" part="lookup" novalidate aria-label=${this.t('lookupLabel')} @submit=${this.#lookup}>
      <label class="label" for="reference">${this.t('lookupLabel')}</label>
      <p id="reference-hint" class="hint">${this.t('lookupHint')}</p>
      ${this.formatError
        ? html`<p id="reference-error" class="error">
            <span class="visually-hidden">${this.t('errorPrefix')}</span> ${this.t('errFormat')}
          </p>`
        : nothing}
      <div class="lookup__row">
        <input
          id="reference"
          name="reference"
          dir="ltr"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          required
          .value=${this.draft}
          aria-invalid=${this.formatError ? 'true' : nothing}
          aria-describedby=${describedBy}
          @input=${(e: Event) => (this.draft = (e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="kd-button">${this.t('lookupSubmit')}</button>
      </div>
    </form>`;
  }

  #renderStatus({ status, topics }: StatusData): TemplateResult {
    const topic = topics.find((t) => t.id === status.topic);
    const topicName = topic ? (topic.labels[this.locale] ?? topic.labels.de) : status.topic;
    return html`<section class="status" aria-labelledby="status-title">
      <h2 id="status-title" class="heading" tabindex="-1">${this.t('title', { reference: isolate(status.reference) })}</h2>
      <dl class="facts">
        <div><dt>${this.t('kindLabel')}</dt><dd>${this.t(`kind_${status.kind}`)}</dd></div>
        <div><dt>${this.t('topicLabel')}</dt><dd>${topicName}</dd></div>
        <div><dt>${this.t('currentStatus')}</dt><dd><strong>${this.t(`status_${status.status}`)}</strong></dd></div>
      </dl>
      <p class="received">${this.t('receivedOn', { date: this.fmt.date(status.createdAt, 'long') })}</p>
      <h3 class="timeline__title">${this.t('timeline')}</h3>
      ${renderTimeline(status, { eventUrl: this.eventUrl, resultUrl: this.resultUrl }, this.fmt, this.#t)}
      ${this.#otherButton()}
    </section>`;
  }

  #otherButton(): TemplateResult {
    return html`<div>
      <button type="button" class="kd-button kd-button--secondary" @click=${this.#askAgain}>${this.t('otherReference')}</button>
    </div>`;
  }

  #renderFailure(error: unknown): TemplateResult {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 400) {
      return html`<div class="kd-state kd-empty" role="status">
          <p class="heading" tabindex="-1">${this.t('notFound', { reference: isolate(this.#reference ?? '') })}</p>
        </div>
        ${this.#renderLookup()}`;
    }
    return renderError(error, () => void this.data.run());
  }

  protected override render(): TemplateResult {
    const content = this.#reference
      ? this.data.render({
          initial: () => renderLoading(5),
          pending: () => renderLoading(5),
          complete: (data) => (data ? this.#renderStatus(data) : this.#renderLookup()),
          error: (error) => this.#renderFailure(error),
        })
      : this.#renderLookup();
    return html`<div part="base" class="kd-root" dir=${this.dir} lang=${this.locale}>${content}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kd-concern-status': KdConcernStatus;
  }
}
