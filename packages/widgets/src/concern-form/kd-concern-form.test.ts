import { expect, fixture, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KdConcernForm } from './kd-concern-form.js';
import { $, fillValid, type } from './form.test-support.js';
import '../define/kd-concern-form.js';

let serial = 0;
/** A fresh mock instance per test: submissions and faults stay in their test. */
function freshApi(): string {
  serial++;
  return `${location.origin}/mock/default-cform-${String(Date.now())}-${String(serial)}/v1`;
}

async function storedCount(api: string): Promise<number> {
  const response = await fetch(`${api}/__mock/concerns`);
  return ((await response.json()) as { count: number }).count;
}

async function ready(el: KdConcernForm): Promise<void> {
  await waitUntil(() => $(el, '#topic'), 'the form did not load its topics', { timeout: 10_000 });
}

function render(api: string, extra: { lang?: string; municipality?: string } = {}) {
  return fixture<KdConcernForm>(
    html`<kd-concern-form
      api=${api}
      municipality=${extra.municipality ?? 'tuebingen'}
      lang=${extra.lang ?? 'de'}
      min-fill-time="300"
      submit-timeout="3000"
    ></kd-concern-form>`,
  );
}

function check(el: KdConcernForm, selector: string): void {
  const box = $(el, selector) as HTMLInputElement;
  box.click();
}

async function receiptShown(el: KdConcernForm): Promise<string> {
  await waitUntil(() => $(el, '[part=reference]'), 'no receipt', { timeout: 15_000 });
  return $(el, '[part=reference]')!.textContent!.trim();
}

interface AxNode {
  role: string;
  name: string;
  description?: string;
  required?: boolean;
  invalid?: string;
  checked?: boolean | 'mixed';
  children: AxNode[];
}

async function axTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

function axFind(tree: AxNode, role: string, name: string | RegExp): AxNode | null {
  return findAccessibilityNode<AxNode>(
    tree,
    (node) => node.role === role && (typeof name === 'string' ? node.name === name : name.test(node.name)),
  );
}

afterEach(() => sessionStorage.clear());

describe('kd-concern-form: filling in and sending', () => {
  it('can be completed and sent by keyboard alone, solving the challenge in a worker', async function (this: unknown) {
    // Dozens of real key presses: slow when other test files share the machine.
    (this as { timeout(ms: number): void }).timeout(60_000);
    const api = freshApi();
    const OriginalWorker = globalThis.Worker;
    let workers = 0;
    globalThis.Worker = class extends OriginalWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers++;
      }
    };
    try {
      // (A fixture of the element itself: a plain wrapper would wait for an animation frame,
      // which a background test page never gets.)
      const el = await fixture<KdConcernForm>(
        html`<kd-concern-form api=${api} municipality="tuebingen" min-fill-time="300"></kd-concern-form>`,
      );
      const before = document.createElement('button');
      before.textContent = 'vorher';
      el.before(before);
      await ready(el);
      before.focus();
      const submitted = new Promise<string>((resolve) =>
        el.addEventListener('kd-concern-submit', (e) => resolve(e.detail.reference), { once: true }),
      );

      await sendKeys({ press: 'Tab' }); // first kind card
      await sendKeys({ press: 'ArrowDown' }); // → "Frage", checked
      await sendKeys({ press: 'Tab' }); // topic
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' }); // title
      await sendKeys({ type: 'Kurs abends?' });
      await sendKeys({ press: 'Tab' }); // description
      await sendKeys({ type: 'Ab 18 Uhr?' });
      await sendKeys({ press: 'Tab' }); // place
      await sendKeys({ press: 'Tab' }); // "Ort auf der Karte wählen"
      await sendKeys({ press: 'Tab' }); // language
      await sendKeys({ press: 'Tab' }); // "Ich möchte eine Antwort"
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' }); // name
      await sendKeys({ type: 'Amal' });
      await sendKeys({ press: 'Tab' }); // e-mail
      await sendKeys({ type: 'a@b.de' });
      await sendKeys({ press: 'Tab' }); // phone
      await sendKeys({ press: 'Tab' }); // consent
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' }); // privacy link
      await sendKeys({ press: 'Tab' }); // remember contact
      await sendKeys({ press: 'Tab' }); // publish anonymously
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' }); // submit: the honeypot is skipped
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('submit');
      await sendKeys({ press: 'Enter' });

      const reference = await submitted;
      expect(reference).to.match(/^KD-\d{4}-\d{6}$/);
      expect(await receiptShown(el)).to.equal(reference);
      expect(el.shadowRoot!.activeElement?.id).to.equal('receipt-title');
      expect(await storedCount(api)).to.equal(1);
      expect(workers).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      globalThis.Worker = OriginalWorker;
    }
  });

  it('names and describes every control in the accessibility tree; the honeypot is not in it', async () => {
    const el = await render(freshApi());
    await ready(el);
    check(el, '#wantsAnswer');
    await el.updateComplete;
    const tree = await axTree();
    const title = axFind(tree, 'textbox', 'Überschrift');
    expect(title, 'title field').to.not.equal(null);
    expect(title!.required).to.equal(true);
    expect(title!.description).to.include('In wenigen Worten').and.include('Noch 120 Zeichen frei.');
    expect(axFind(tree, 'textbox', 'Beschreibung')!.description).to.include('Noch 4.000 Zeichen frei.');
    expect(axFind(tree, 'radio', 'Frage')!.description).to.equal('Sie möchten etwas wissen.');
    expect(axFind(tree, 'radio', 'Hilfe anbieten')!.description).to.equal(
      'Sie möchten mithelfen oder etwas anbieten.',
    );
    // The four cards form one group named by its legend.
    const kinds = $(el, 'fieldset.kinds')!;
    expect(kinds.querySelector('legend')!.textContent).to.equal('Was möchten Sie uns mitteilen?');
    expect(kinds.querySelectorAll('input[type=radio][name=kind]').length).to.equal(4);
    expect(axFind(tree, 'combobox', 'Thema')).to.not.equal(null);
    expect(axFind(tree, 'combobox', 'Sprache Ihres Textes')!.description).to.equal(
      'Niemand muss auf Deutsch schreiben.',
    );
    expect(axFind(tree, 'textbox', 'Ort (freiwillig)')).to.not.equal(null);
    expect(axFind(tree, 'textbox', 'E-Mail-Adresse (freiwillig)')).to.not.equal(null);
    expect(axFind(tree, 'checkbox', /^Ich bin einverstanden/)!.description).to.include(
      'Datenschutzhinweise der Gemeinde',
    );
    expect(axFind(tree, 'link', /^Datenschutzhinweise der Gemeinde/)).to.not.equal(null);
    expect(axFind(tree, 'button', 'Anliegen senden')).to.not.equal(null);
    expect(axFind(tree, 'form', 'Anliegen an die Gemeinde')).to.not.equal(null);
    expect(findAccessibilityNode<AxNode>(tree, (node) => /Website/.test(node.name))).to.equal(null);
    const link = $(el, '.privacy a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.tuebingen.de/datenschutz');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading and when the API is down, and cannot be sent before it loaded', async () => {
    const slow = await render(`${location.origin}/mock/slow-cform-${String(Date.now())}/v1`);
    expect($(slow, '[aria-busy=true]')).to.not.equal(null);
    expect($(slow, 'button[part=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    ($(slow, 'button[part=submit]') as HTMLButtonElement).click();
    await slow.updateComplete;
    expect($(slow, '.summary')).to.equal(null);
    await expect(slow).to.be.accessible();
    const down = await render(`${location.origin}/mock/error-cform-${String(Date.now())}/v1`);
    await waitUntil(() => $(down, '.kd-error'), 'no error state', { timeout: 15_000 });
    expect($(down, '.kd-error button')!.textContent).to.include('Erneut versuchen');
    await expect(down).to.be.accessible();
  });

  it('links the privacy notice given by the page instead of the municipality’s', async () => {
    const el = await fixture<KdConcernForm>(
      html`<kd-concern-form
        api=${freshApi()}
        municipality="tuebingen"
        privacy-url="https://example.org/datenschutz"
      ></kd-concern-form>`,
    );
    await ready(el);
    check(el, '#wantsAnswer');
    await el.updateComplete;
    expect(($(el, '.privacy a') as HTMLAnchorElement).href).to.equal('https://example.org/datenschutz');
  });

  it('asks for the municipality when the page sets none', async () => {
    const el = await fixture<KdConcernForm>(html`<kd-concern-form api=${freshApi()}></kd-concern-form>`);
    await ready(el);
    const select = $(el, '#municipality') as HTMLSelectElement;
    expect(select.options.length).to.equal(11);
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#municipality-error'), 'no error at the municipality');
    expect($(el, '#municipality-error')!.textContent).to.include('Bitte wählen Sie etwas aus.');
    await expect(el).to.be.accessible();
  });
});

describe('kd-concern-form: the receipt', () => {
  it('says what happens next and shows the status in place', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    const reference = await receiptShown(el);
    expect($(el, '[part=receipt]')!.textContent).to.include('So geht es weiter');
    await expect(el).to.be.accessible();
    const show = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Stand des Anliegens ansehen'),
    )!;
    show.click();
    await waitUntil(() => $(el, 'kd-concern-status')?.shadowRoot?.querySelector('.timeline'), 'no status', {
      timeout: 10_000,
    });
    const status = $(el, 'kd-concern-status')!;
    expect(status.getAttribute('reference')).to.equal(reference);
    expect(status.shadowRoot!.querySelector('.step__status')!.textContent).to.include('Eingegangen');
    await expect(el).to.be.accessible();

    // A new concern starts empty, with a new idempotency key.
    [...el.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Weiteres Anliegen schreiben'))!
      .click();
    await el.updateComplete;
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('');
    await fillValid(el, 'Zweites Anliegen');
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    expect(await receiptShown(el)).to.not.equal(reference);
    expect(await storedCount(api)).to.equal(2);
  });

  it('links to the page’s status view when given one', async () => {
    const el = await fixture<KdConcernForm>(
      html`<kd-concern-form
        api=${freshApi()}
        municipality="tuebingen"
        min-fill-time="300"
        status-url="/stand?nummer={reference}"
      ></kd-concern-form>`,
    );
    await ready(el);
    await fillValid(el);
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    const reference = await receiptShown(el);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=receipt] a')!;
    expect(link.getAttribute('href')).to.equal(`/stand?nummer=${reference}`);
  });
});

describe('kd-concern-form: validation', () => {
  it('shows a field’s error once it is left, not while typing, and clears it when fixed', async () => {
    const el = await render(freshApi());
    await ready(el);
    ($(el, '#title') as HTMLInputElement).focus();
    expect($(el, '#title-error')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    // The first check waits for the validation code, which starts loading as the form is entered.
    await waitUntil(() => $(el, '#title-error'), 'no error after leaving the title');
    const title = $(el, '#title') as HTMLInputElement;
    expect($(el, '#title-error')!.textContent).to.include('Bitte füllen Sie dieses Feld aus.');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')!.split(' ')).to.include('title-error');
    // Not yet visited: no error.
    expect($(el, '#description-error')).to.equal(null);
    type(el, '#title', 'Laterne fehlt');
    await el.updateComplete;
    expect($(el, '#title-error')).to.equal(null);
    expect(title.hasAttribute('aria-invalid')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('focuses the error summary on a failed submit; its entries focus the fields and leave the URL alone', async () => {
    const el = await render(freshApi());
    await ready(el);
    const href = location.href;
    type(el, '#title', 'Laterne fehlt');
    await el.updateComplete;
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('summary'));
    const summary = $(el, '.summary')!;
    expect(summary.textContent).to.include('Bitte korrigieren Sie 3 Angaben');
    const entries = [...summary.querySelectorAll('button')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(entries).to.deep.equal([
      'Was möchten Sie uns mitteilen?: Bitte wählen Sie etwas aus.',
      'Thema: Bitte wählen Sie etwas aus.',
      'Beschreibung: Bitte füllen Sie dieses Feld aus.',
    ]);
    await expect(el).to.be.accessible();

    summary.querySelectorAll('button')[2]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('description');
    summary.querySelectorAll('button')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('kind');
    expect(location.href).to.equal(href);
    // Nothing was sent.
    expect($(el, '[part=status]')!.textContent!.trim()).to.equal('');
  });

  it('counts characters as people see them, with the SDK’s limits', async () => {
    const el = await render(freshApi());
    await ready(el);
    type(el, '#title', '👩🏽‍🔧👩🏽‍🔧👩🏽‍🔧');
    await el.updateComplete;
    expect($(el, '#title-count')!.textContent!.trim()).to.equal('Noch 117 Zeichen frei.');
    type(el, '#title', 'x'.repeat(123));
    await el.updateComplete;
    expect($(el, '#title-count')!.textContent!.trim()).to.equal('3 Zeichen zu viel.');
    ($(el, '#title') as HTMLInputElement).dispatchEvent(
      new FocusEvent('focusout', { bubbles: true, composed: true }),
    );
    await waitUntil(() => $(el, '#title-error'), 'no error at the title');
    expect($(el, '#title-error')!.textContent).to.include('höchstens 120 Zeichen');
  });

  it('needs an e-mail address or phone number, and consent, when an answer is wanted', async () => {
    const el = await render(freshApi());
    await ready(el);
    await fillValid(el);
    check(el, '#wantsAnswer');
    await el.updateComplete;
    type(el, '#name', 'Amal');
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.summary'));
    expect($(el, '#email-error')!.textContent).to.include('E-Mail-Adresse oder eine Telefonnummer');
    expect($(el, '#consent-error')!.textContent).to.include('Bitte stimmen Sie zu');
    expect($(el, '#consent')!.getAttribute('aria-describedby')).to.include('consent-error');
    type(el, '#email', 'keine-adresse');
    await el.updateComplete;
    expect($(el, '#email-error')!.textContent).to.include('name@beispiel.de');
    await expect(el).to.be.accessible();
  });
});

describe('kd-concern-form: languages and small screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  function noHorizontalScroll(): void {
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  }

  it('reflows at 320 CSS pixels: no horizontal scrolling, in every state', async () => {
    await setViewport({ width: 320, height: 640 });
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    noHorizontalScroll();
    check(el, '#wantsAnswer');
    type(el, '#title', 'Ein sehr langes Wort: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen');
    await el.updateComplete;
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.summary'));
    noHorizontalScroll();
    await fillValid(el);
    check(el, '#wantsAnswer');
    await el.updateComplete;
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    await receiptShown(el);
    noHorizontalScroll();
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic right to left, and the text language follows the UI language', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(freshApi(), { lang: 'ar' });
    await ready(el);
    await waitUntil(
      () => $(el, 'button[part=submit]')!.textContent!.includes('إرسال الرسالة'),
      'Arabic strings did not load',
    );
    const base = $(el, '[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(($(el, '#language') as HTMLSelectElement).value).to.equal('ar');
    expect([...($(el, '#topic') as HTMLSelectElement).options].map((o) => o.textContent)).to.include('السكن');
    // Text fields follow what is typed, and say which language it is.
    expect($(el, '#description')!.getAttribute('dir')).to.equal('auto');
    expect($(el, '#description')!.getAttribute('lang')).to.equal('ar');
    ($(el, 'button[part=submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.summary'));
    expect($(el, '.summary')!.textContent).to.include('يرجى');
    noHorizontalScroll();
    await expect(el).to.be.accessible();
  });

  it('speaks Leichte Sprache, and the text language is German', async () => {
    const el = await render(freshApi(), { lang: 'de-x-ls' });
    await ready(el);
    await waitUntil(() => $(el, 'button[part=submit]')!.textContent!.includes('Abschicken'));
    expect(($(el, '#language') as HTMLSelectElement).value).to.equal('de');
    expect(el.shadowRoot!.textContent).to.include('Ich will eine Antwort');
    await expect(el).to.be.accessible();
  });

  it('keeps a text language the person chose when the page language changes', async () => {
    const el = await render(freshApi(), { lang: 'en' });
    await ready(el);
    expect(($(el, '#language') as HTMLSelectElement).value).to.equal('en');
    type(el, '#language', 'ti');
    el.lang = 'uk';
    await el.updateComplete;
    expect(($(el, '#language') as HTMLSelectElement).value).to.equal('ti');
  });
});
