import { html, nothing, type TemplateResult } from 'lit';
import { CONCERN_KINDS, type ConcernKind } from '@kommunaldialog/sdk';
import type { FormMessages, Translate } from './translate.js';

const KIND_TEXT = {
  concern: ['kindConcern', 'kindConcernHint'],
  question: ['kindQuestion', 'kindQuestionHint'],
  idea: ['kindIdea', 'kindIdeaHint'],
  offer: ['kindOffer', 'kindOfferHint'],
} as const satisfies Record<ConcernKind, readonly [keyof FormMessages, keyof FormMessages]>;

export interface KindChoicesOptions {
  value: ConcernKind | '';
  error: TemplateResult | typeof nothing;
  invalid: boolean;
  select: (kind: ConcernKind) => void;
}

/** The four kinds as large radio cards: the whole card is the click and touch target. */
export function renderKindChoices(options: KindChoicesOptions, t: Translate<FormMessages>): TemplateResult {
  return html`<fieldset class="kinds" part="kinds" aria-describedby=${options.invalid ? 'kind-error' : nothing}>
    <legend class="label">${t('kindLegend')}</legend>
    ${options.error}
    <div class="kinds__cards">
      ${CONCERN_KINDS.map((kind) => {
        const [title, hint] = KIND_TEXT[kind];
        return html`<label class="card">
          <input
            type="radio"
            name="kind"
            value=${kind}
            data-field="kind"
            .checked=${options.value === kind}
            aria-invalid=${options.invalid ? 'true' : nothing}
            aria-labelledby="kind-${kind}-title"
            aria-describedby="kind-${kind}-hint"
            @change=${() => options.select(kind)}
          />
          <span class="card__text">
            <span class="card__title" id="kind-${kind}-title">${t(title)}</span>
            <span class="card__hint" id="kind-${kind}-hint">${t(hint)}</span>
          </span>
        </label>`;
      })}
    </div>
  </fieldset>`;
}
