import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  createApiError,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
  ValidationError,
} from '@kommunaldialog/sdk';
import { KdElement } from './kd-element.js';
import { defineElement } from './define.js';
import { renderEmpty, renderError, renderLoading, renderTask } from './states.js';
import de from './messages/de.js';

/** Test-only widget rendering whichever state it is given. */
class KdStateProbe extends KdElement {
  @state() error: unknown;
  @state() mode: 'error' | 'loading' | 'empty' = 'error';
  retries = 0;

  protected override render() {
    let content;
    if (this.mode === 'loading') content = renderLoading(4);
    else if (this.mode === 'empty') content = renderEmpty('Keine Termine im Dezember.');
    else content = renderError(this.error, () => this.retries++);
    return html`<div part="base" class="kd-root" dir=${this.dir} lang=${this.locale}>${content}</div>`;
  }
}
defineElement('kd-state-probe', KdStateProbe);

/** Test-only widget whose task fails once, then succeeds. */
class KdTaskProbe extends KdElement {
  attempts = 0;
  empty = false;
  private readonly data = new Task(this, {
    task: async () => {
      this.attempts++;
      if (this.attempts === 1) throw new TimeoutError(100);
      return this.empty ? [] : ['Sprachcafé'];
    },
    args: () => [this.resolvedMunicipality],
  });

  protected override render() {
    return html`<div part="base" class="kd-root" dir=${this.dir} lang=${this.locale}>
      ${renderTask(this.data, {
        complete: (items) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`,
        empty: (items) => items.length === 0,
      })}
    </div>`;
  }
}
defineElement('kd-task-probe', KdTaskProbe);

function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

const headers = new Headers({ 'x-request-id': 'req-42' });
const CASES: [string, unknown, string][] = [
  ['NetworkError', new NetworkError(new TypeError('Failed to fetch')), de.errorNetwork],
  ['TimeoutError', new TimeoutError(15000), de.errorTimeout],
  ['ServerError (503)', createApiError(503, headers, undefined), de.errorServer],
  ['NotFoundError (404)', createApiError(404, headers, undefined), de.errorNotFound],
  ['RateLimitError (429)', createApiError(429, new Headers({ 'retry-after': '30' }), undefined), de.errorRateLimited],
  ['ResponseShapeError', new ResponseShapeError([{ path: 'items', code: 'invalid_type', message: 'x' }]), de.errorInvalidResponse],
  ['ValidationError', new ValidationError({ status: undefined, fieldErrors: [] }), de.errorInvalidRequest],
  ['a plain Error', new Error('boom'), de.errorUnknown],
];

describe('state helpers', () => {
  for (const [name, error, message] of CASES) {
    it(`explains a ${name}`, async () => {
      const el = await fixture<KdStateProbe>(html`<kd-state-probe .error=${error}></kd-state-probe>`);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.querySelector('.kd-error__title')!.textContent).to.equal(de.errorTitle);
      expect(alert.querySelector('.kd-error__reason')!.textContent).to.include(message);
    });
  }

  it('says the user is offline when the browser is offline', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await fixture<KdStateProbe>(html`<kd-state-probe .error=${new NetworkError()}></kd-state-probe>`);
      expect(root(el).querySelector('.kd-error__reason')!.textContent).to.include(de.errorOffline);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('shows the wait time of a 429 and the request id to quote', async () => {
    const el = await fixture<KdStateProbe>(html`<kd-state-probe
      .error=${createApiError(429, new Headers({ 'retry-after': '30', 'x-request-id': 'req-7' }), undefined)}
    ></kd-state-probe>`);
    expect(root(el).querySelector('.kd-error__reason')!.textContent).to.include('Bitte warten Sie 30 Sekunden.');
    expect(root(el).querySelector('.kd-error__ref')!.textContent).to.equal('Fehlernummer: req-7');
  });

  it('has a retry button that works from the keyboard', async () => {
    const el = await fixture<KdStateProbe>(html`<kd-state-probe .error=${new TimeoutError()}></kd-state-probe>`);
    await sendKeys({ press: 'Tab' });
    const button = root(el).querySelector('button')!;
    expect(root(el).activeElement).to.equal(button);
    expect(button.textContent).to.equal('Erneut versuchen');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(el.retries).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('translates the error state with the widget', async () => {
    const el = await fixture<KdStateProbe>(html`<kd-state-probe lang="ar" .error=${new TimeoutError()}></kd-state-probe>`);
    await waitUntil(() => root(el).querySelector('button')!.textContent === 'إعادة المحاولة', 'Arabic not rendered');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('announces loading, reserves the height of the content and passes axe', async () => {
    const el = await fixture<KdStateProbe>(html`<kd-state-probe .mode=${'loading'}></kd-state-probe>`);
    const busy = root(el).querySelector('[aria-busy="true"]')!;
    expect(busy.querySelector('[role="status"]')!.textContent).to.equal('Wird geladen …');
    expect(busy.querySelectorAll('.kd-skeleton')).to.have.length(4);
    const fontSize = parseFloat(getComputedStyle(el).fontSize);
    expect(busy.getBoundingClientRect().height).to.be.greaterThan(4 * 1.5 * fontSize);
    await expect(el).to.be.accessible();
  });

  it('shows an empty message', async () => {
    const el = await fixture<KdStateProbe>(html`<kd-state-probe .mode=${'empty'}></kd-state-probe>`);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Keine Termine im Dezember.');
    await expect(el).to.be.accessible();
  });

  it('renderTask: error state whose retry re-runs the task, then content', async () => {
    const el = await fixture<KdTaskProbe>(html`<kd-task-probe></kd-task-probe>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error state not shown');
    root(el).querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('li')?.textContent === 'Sprachcafé', 'content not shown after retry');
    expect(el.attempts).to.equal(2);
  });

  it('renderTask: the shared empty state', async () => {
    const el = await fixture<KdTaskProbe>(html`<kd-task-probe .empty=${true} .attempts=${1}></kd-task-probe>`);
    await waitUntil(() => root(el).querySelector('.kd-empty'), 'empty state not shown');
    expect(root(el).querySelector('.kd-empty')!.textContent!.trim()).to.equal(de.empty);
  });
});
