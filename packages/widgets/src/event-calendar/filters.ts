import { EVENT_FORMATS, type Topic } from '@kommunaldialog/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { interpretationLanguagesFor, type AccessNeed } from './entries.js';
import { formatLabel, topicLabel, type ViewContext } from './view-context.js';

export interface FilterState {
  topics: readonly string[];
  formats: readonly string[];
  needs: ReadonlySet<AccessNeed>;
  q: string;
}

export interface FilterOptions extends FilterState {
  /** All topics, once loaded; without them the topic choice is left out. */
  allTopics: readonly Topic[] | undefined;
  change(patch: Partial<FilterState>): void;
  /** Free text as typed; the element debounces it. */
  search(text: string): void;
  reset(): void;
}

function checked(event: Event): string[] {
  const fieldset = (event.target as HTMLElement).closest('fieldset')!;
  return [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
}

function box(name: string, value: string, label: string, isChecked: boolean): TemplateResult {
  return html`<label class="check"><input type="checkbox" name=${name} value=${value} .checked=${isChecked} /> ${label}</label>`;
}

/** Made once per locale: the filters render again on every change. */
const languageNames: Record<string, Intl.DisplayNames> = {};

const NEED_KEYS = {
  stepFree: 'needStepFree',
  signLanguage: 'needSignLanguage',
  childcare: 'needChildcare',
} as const;

/**
 * Search field and a disclosure with topic, format and access-need checkboxes. Topic, format
 * and text go to the API as query parameters; access needs are applied in the browser.
 */
export function renderFilters(ctx: ViewContext, o: FilterOptions): TemplateResult {
  const active = o.topics.length + o.formats.length + o.needs.size + (o.q.trim() ? 1 : 0);
  // German readers (de, de-x-ls) have no language to ask interpretation into.
  const language = interpretationLanguagesFor(ctx.locale)[0];
  const languageName = language && (languageNames[ctx.locale] ??= new Intl.DisplayNames(ctx.locale, { type: 'language' })).of(language);
  return html`<div class="filters" part="filters">
    <div class="field search">
      <label for="kd-search">${ctx.t('search')}</label>
      <input
        id="kd-search"
        type="search"
        maxlength="200"
        autocomplete="off"
        .value=${o.q}
        @input=${(e: Event) => o.search((e.target as HTMLInputElement).value)}
      />
    </div>
    <details class="filters__more">
      <summary>${ctx.t('filters')}${active > 0 ? html` <span class="count">(${ctx.t('filtersActive', { count: active })})</span>` : nothing}</summary>
      <div class="filters__groups">
        ${o.allTopics && o.allTopics.length > 0
          ? html`<fieldset @change=${(e: Event) => o.change({ topics: checked(e) })}>
              <legend>${ctx.t('topics')}</legend>
              ${o.allTopics.map((t) => box('topic', t.id, topicLabel(ctx, t.id), o.topics.includes(t.id)))}
            </fieldset>`
          : nothing}
        <fieldset @change=${(e: Event) => o.change({ formats: checked(e) })}>
          <legend>${ctx.t('format')}</legend>
          ${EVENT_FORMATS.map((f) => box('format', f, formatLabel(ctx, f), o.formats.includes(f)))}
        </fieldset>
        <fieldset @change=${(e: Event) => o.change({ needs: new Set(checked(e) as AccessNeed[]) })}>
          <legend>${ctx.t('needs')}</legend>
          ${languageName ? box('need', 'interpretation', ctx.t('needInterpretation', { language: languageName }), o.needs.has('interpretation')) : nothing}
          ${(Object.keys(NEED_KEYS) as (keyof typeof NEED_KEYS)[]).map((n) => box('need', n, ctx.t(NEED_KEYS[n]), o.needs.has(n)))}
        </fieldset>
      </div>
      ${active > 0 ? html`<button type="button" class="kd-button kd-button--secondary" @click=${o.reset}>${ctx.t('resetFilters')}</button>` : nothing}
    </details>
  </div>`;
}

/** "Abonnieren": the feed with the current filters as `webcal://`, and the same as https. */
export function renderSubscribe(ctx: ViewContext, webcal: string, https: string): TemplateResult {
  return html`<p class="subscribe" part="subscribe">
    <a href=${webcal} class="kd-button kd-button--secondary">${ctx.t('subscribe')}</a>
    <span class="subscribe__hint">${ctx.t('subscribeHint')} <a href=${https}>${ctx.t('subscribeHttps')}</a></span>
  </p>`;
}
