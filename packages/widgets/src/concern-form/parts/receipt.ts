import { html, nothing, type TemplateResult } from 'lit';
import type { ConcernReceipt } from '@kommunaldialog/sdk';
import type { FormMessages, Translate } from './translate.js';

export interface ReceiptOptions {
  receipt: ConcernReceipt;
  /** Where the status page lives, with `{reference}` filled in; without it a button shows the status here. */
  statusHref: string | undefined;
  /** The inline status view, once asked for. */
  status: TemplateResult | typeof nothing;
  showStatus: () => void;
  startOver: () => void;
}

/** What a person sees once the API confirmed: the reference, what happens next, and the way back to it. */
export function renderReceipt(options: ReceiptOptions, t: Translate<FormMessages>): TemplateResult {
  const { receipt, statusHref } = options;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title" class="receipt__title" tabindex="-1">${t('receiptTitle')}</h2>
    <p class="receipt__reference">
      <span>${t('receiptReference')}:</span>
      <strong part="reference" dir="ltr">${receipt.reference}</strong>
    </p>
    <p>${t('receiptKeep')}</p>
    <h3 class="receipt__next">${t('receiptNextTitle')}</h3>
    <ol class="receipt__steps">
      <li>${t('receiptStep1')}</li>
      <li>${t('receiptStep2')}</li>
      <li>${t('receiptStep3')}</li>
    </ol>
    <div class="actions">
      ${statusHref
        ? html`<a class="kd-button" href=${statusHref}>${t('receiptStatus')}</a>`
        : options.status === nothing
          ? html`<button type="button" class="kd-button" @click=${options.showStatus}>${t('receiptStatus')}</button>`
          : nothing}
      <button type="button" class="kd-button kd-button--secondary" @click=${options.startOver}>${t('receiptNew')}</button>
    </div>
    ${options.status}
  </section>`;
}
