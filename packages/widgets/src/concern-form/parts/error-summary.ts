import { html, nothing, type TemplateResult } from 'lit';
import type { FieldId, FieldProblem } from '../form-model.js';
import { problemText } from './problem-text.js';
import type { FormMessages, Translate } from './translate.js';

export interface SummaryEntry {
  field: FieldId;
  label: string;
  problem: FieldProblem;
}

/**
 * The list of what to correct, shown (and focused) after a failed submit. Its entries are
 * buttons that move focus to the field: no `#hash` links, so the host page's URL stays as it is.
 */
export function renderErrorSummary(
  entries: readonly SummaryEntry[],
  general: string | undefined,
  t: Translate<FormMessages>,
  focusField: (field: FieldId) => void,
): TemplateResult {
  const count = entries.length + (general ? 1 : 0);
  return html`<div class="summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="summary-title">
    <h2 id="summary-title" class="summary__title">${t('summaryTitle', { count })}</h2>
    <ul class="summary__list">
      ${general ? html`<li>${general}</li>` : nothing}
      ${entries.map(
        ({ field, label, problem }) =>
          html`<li>
            <button type="button" class="summary__link" @click=${() => focusField(field)}>
              ${label}: ${problemText(field, problem, t)}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
