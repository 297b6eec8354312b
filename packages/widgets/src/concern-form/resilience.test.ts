import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { KdConcernForm } from './kd-concern-form.js';
import { defineElement } from '../shared/define.js';
import { draftKey, type DraftRecord } from './draft-store.js';
import { $, fillValid, TITLE, type } from './form.test-support.js';
import '../define/kd-concern-form.js';

/*
 * Nothing lost, nothing doubled: drafts, and delivery against the mock's fault modes. Every
 * case ends with the concern confirmed (stored exactly once) — never lost, never stored twice.
 */

let serial = 0;
function freshApi(): string {
  serial++;
  return `${location.origin}/mock/default-cres-${String(Date.now())}-${String(serial)}/v1`;
}

async function storedCount(api: string): Promise<number> {
  const response = await fetch(`${api}/__mock/concerns`);
  return ((await response.json()) as { count: number }).count;
}

async function setFaults(api: string, faults: Record<string, number>): Promise<void> {
  const response = await fetch(`${api}/__mock/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  expect(response.ok).to.equal(true);
}

function render(api: string): Promise<KdConcernForm> {
  return fixture<KdConcernForm>(
    html`<kd-concern-form
      api=${api}
      municipality="tuebingen"
      min-fill-time="300"
      submit-timeout="2000"
    ></kd-concern-form>`,
  );
}

async function ready(el: KdConcernForm): Promise<void> {
  await waitUntil(() => $(el, '#topic'), 'the form did not load', { timeout: 10_000 });
}

function submit(el: KdConcernForm): void {
  ($(el, 'button[part=submit]') as HTMLButtonElement).click();
}

async function receipt(el: KdConcernForm): Promise<string> {
  await waitUntil(() => $(el, '[part=reference]'), 'no receipt', { timeout: 18_000 });
  return $(el, '[part=reference]')!.textContent!.trim();
}

function queued(el: KdConcernForm): Promise<void> {
  return new Promise((resolve) => el.addEventListener('kd-concern-queued', () => resolve(), { once: true }));
}

function storedDraft(): DraftRecord | undefined {
  const text = sessionStorage.getItem(draftKey('tuebingen'));
  return text ? (JSON.parse(text) as DraftRecord) : undefined;
}

afterEach(() => sessionStorage.clear());

describe('kd-concern-form: drafts', () => {
  it('restores the draft when the element is created again, with a notice and a way to discard it', async () => {
    const api = freshApi();
    let el = await render(api);
    await ready(el);
    await fillValid(el);
    type(el, '#place', 'Haltestelle Europaplatz');
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    fixtureCleanup();

    el = await render(api);
    await ready(el);
    expect(($(el, '#title') as HTMLInputElement).value).to.equal(TITLE);
    expect(($(el, '#place') as HTMLInputElement).value).to.equal('Haltestelle Europaplatz');
    expect(($(el, 'input[value=concern]') as HTMLInputElement).checked).to.equal(true);
    expect(($(el, '#topic') as HTMLSelectElement).value).to.equal('mobilitaet');
    expect($(el, '[part=draft-notice]')!.textContent).to.include('Wir haben Ihren Entwurf vom');
    await expect(el).to.be.accessible();

    const discard = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Entwurf verwerfen'),
    )!;
    discard.click();
    await el.updateComplete;
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('');
    expect($(el, '[part=draft-notice]')).to.equal(null);
    expect($(el, '[part=status]')!.textContent).to.include('Der Entwurf wurde verworfen.');
    expect(storedDraft()).to.equal(undefined);
  });

  it('keeps contact data in the draft only when the person asks for it', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    ($(el, '#wantsAnswer') as HTMLInputElement).click();
    await el.updateComplete;
    type(el, '#email', 'amal@example.org');
    await el.updateComplete;
    expect(JSON.stringify(storedDraft())).not.to.include('amal@example.org');
    expect(storedDraft()!.values.title).to.equal(TITLE);
    ($(el, '#rememberContact') as HTMLInputElement).click();
    await el.updateComplete;
    expect(storedDraft()!.values.email).to.equal('amal@example.org');
  });

  it('removes the draft once the API confirms, and not before', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    expect(storedDraft()).to.not.equal(undefined);
    submit(el);
    await receipt(el);
    expect(storedDraft()).to.equal(undefined);
  });
});

describe('kd-concern-form: chaos — confirmed or queued, never lost, never stored twice', () => {
  it('store, then the connection drops: the retry gets the stored answer, one concern', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    await setFaults(api, { dropAfterStore: 1 });
    submit(el);
    const reference = await receipt(el);
    expect(reference).to.match(/^KD-\d{4}-\d{6}$/);
    expect(await storedCount(api)).to.equal(1);
    // The fault did happen: the stored submission's answer was dropped once.
    const faults = (await (await fetch(`${api}/__mock/faults`)).json()) as { dropAfterStore: number };
    expect(faults.dropAfterStore).to.equal(0);
  });

  it('503 with Retry-After: queued with a status message, sent once the service is back', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    await setFaults(api, { errorRate: 1 });
    const wasQueued = queued(el);
    submit(el);
    await wasQueued;
    await el.updateComplete;
    const status = $(el, '[part=status]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.include('Auf dem Server ist ein Fehler aufgetreten.');
    expect(($(el, '#description') as HTMLTextAreaElement).value).to.include('Laterne');
    await expect(el).to.be.accessible();
    expect(await storedCount(api)).to.equal(0);
    await setFaults(api, { errorRate: 0 });
    await receipt(el);
    expect(await storedCount(api)).to.equal(1);
  });

  it('a request that never answers times out, is queued and sent again', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    await setFaults(api, { timeoutNext: 1 });
    const wasQueued = queued(el);
    submit(el);
    await wasQueued;
    await receipt(el);
    expect(await storedCount(api)).to.equal(1);
  });

  it('an answer slower than the timeout: queued, sent again, stored once', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    await setFaults(api, { processingDelayMs: 3000 });
    const wasQueued = queued(el);
    submit(el);
    await wasQueued;
    await setFaults(api, { processingDelayMs: 0 });
    await receipt(el);
    expect(await storedCount(api)).to.equal(1);
  });

  it('offline, then the online event: queued, then sent', async () => {
    const api = freshApi();
    const el = await render(api);
    await ready(el);
    await fillValid(el);
    const realFetch = window.fetch;
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).startsWith(api)
        ? Promise.reject(new TypeError('Failed to fetch'))
        : realFetch(input, init);
    try {
      const wasQueued = queued(el);
      submit(el);
      await wasQueued;
      await el.updateComplete;
      expect($(el, '[part=status]')!.textContent).to.include('Sie sind offline.');
      expect(storedDraft()!.outbox).to.not.equal(undefined);
    } finally {
      window.fetch = realFetch;
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    window.dispatchEvent(new Event('online'));
    await receipt(el);
    expect(await storedCount(api)).to.equal(1);
  });

  it('the page reloads while the submission is in flight: the next page sends it, once', async () => {
    const api = freshApi();
    let el = await render(api);
    await ready(el);
    await fillValid(el);
    await setFaults(api, { processingDelayMs: 1500 });
    const realFetch = window.fetch;
    const posted = new Promise<void>((resolve) => {
      window.fetch = (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        if (request.method === 'POST' && request.url.startsWith(api)) resolve();
        return realFetch(input, init);
      };
    });
    try {
      submit(el);
      await posted;
    } finally {
      window.fetch = realFetch;
    }
    // "Reload": the element goes away mid-request, a new one takes over from sessionStorage.
    fixtureCleanup();
    await setFaults(api, { processingDelayMs: 0 });
    el = await render(api);
    const reference = await receipt(el);
    expect(reference).to.match(/^KD-\d{4}-\d{6}$/);
    expect(await storedCount(api)).to.equal(1);
  });

  it('stored, the answer lost, then a reload: the next page gets the same reference, one concern', async () => {
    const api = freshApi();
    let el = await render(api);
    await ready(el);
    await fillValid(el);
    const realFetch = window.fetch;
    let stored: string | undefined;
    // The API stores the concern and answers; the answer never reaches the page.
    window.fetch = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const response = await realFetch(input, init);
      if (request.method === 'POST' && request.url.startsWith(api) && response.status === 201) {
        stored = ((await response.json()) as { reference: string }).reference;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      const wasQueued = queued(el);
      submit(el);
      await wasQueued;
      // The page goes away while the concern waits in the queue.
      fixtureCleanup();
    } finally {
      window.fetch = realFetch;
    }
    expect(await storedCount(api)).to.equal(1);
    el = await render(api);
    expect(await receipt(el)).to.equal(stored);
    expect(await storedCount(api)).to.equal(1);
  });

  it('an expired or spent challenge in the queue is replaced silently', async () => {
    const api = freshApi();
    const el0 = await render(api);
    await ready(el0);
    fixtureCleanup();
    const bogus = btoa(
      JSON.stringify({
        algorithm: 'SHA-256',
        challenge: '0'.repeat(64),
        number: 1,
        salt: 'x?expires=1&',
        signature: '0'.repeat(64),
      }),
    );
    const record: DraftRecord = {
      savedAt: new Date().toISOString(),
      values: {
        kind: 'idea',
        topic: 'zusammenleben',
        title: 'Sprachcafé',
        description: 'Ein Sprachcafé im Rathaus.',
        language: 'de',
      },
      idempotencyKey: crypto.randomUUID(),
      outbox: {
        idempotencyKey: '',
        body: {
          municipality: 'tuebingen',
          kind: 'idea',
          topic: 'zusammenleben',
          title: 'Sprachcafé',
          description: 'Ein Sprachcafé im Rathaus.',
          contactConsent: false,
          language: 'de',
          publishAnonymously: true,
        },
        proofOfWork: bogus,
        challengeFetchedAt: 0,
      },
    };
    record.outbox!.idempotencyKey = record.idempotencyKey!;
    sessionStorage.setItem(draftKey('tuebingen'), JSON.stringify(record));
    const el = await render(api);
    await receipt(el);
    expect($(el, '.summary')).to.equal(null);
    expect(await storedCount(api)).to.equal(1);
  });

  it('sends after the minimum fill time without ever showing an error', async () => {
    const api = freshApi();
    const el = await fixture<KdConcernForm>(
      // A client that does not know the API's minimum: the API says "too fast", the form waits.
      html`<kd-concern-form api=${api} municipality="tuebingen" min-fill-time="0"></kd-concern-form>`,
    );
    await ready(el);
    await fillValid(el);
    submit(el);
    await receipt(el);
    expect($(el, '.summary')).to.equal(null);
    expect(await storedCount(api)).to.equal(1);
  });
});

describe('kd-concern-form: server validation', () => {
  it('puts a 422 from the API onto its field and keeps everything typed', async () => {
    const api = freshApi();
    // The draft names a topic the API no longer has.
    sessionStorage.setItem(
      draftKey('tuebingen'),
      JSON.stringify({
        savedAt: new Date().toISOString(),
        values: {
          kind: 'question',
          topic: 'abgeschafft',
          title: 'Frage zum Kurs',
          description: 'Wann beginnt er?',
          language: 'de',
        },
      }),
    );
    const el = await render(api);
    await ready(el);
    submit(el);
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('summary'), 'no summary', {
      timeout: 15_000,
    });
    expect($(el, '#topic-error')!.textContent).to.include('Bitte wählen Sie etwas aus.');
    expect($(el, '#topic')!.getAttribute('aria-invalid')).to.equal('true');
    expect(($(el, '#title') as HTMLInputElement).value).to.equal('Frage zum Kurs');
    expect(await storedCount(api)).to.equal(0);
    await expect(el).to.be.accessible();
    // Corrected, it goes through under the same key.
    type(el, '#topic', 'lernen-sprache');
    await el.updateComplete;
    submit(el);
    await receipt(el);
    expect(await storedCount(api)).to.equal(1);
  });
});

describe('kd-concern-form: on a page served over plain http', () => {
  it('sends without crypto.subtle (and without a worker): the challenge is solved by our own SHA-256', async () => {
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    const OriginalWorker = globalThis.Worker;
    Object.defineProperty(Crypto.prototype, 'subtle', { configurable: true, get: () => undefined });
    // A worker would bring its own crypto.subtle here (the test page is a secure context).
    globalThis.Worker = function RefusedWorker() {
      throw new DOMException('Refused to create a worker', 'SecurityError');
    } as unknown as typeof Worker;
    try {
      expect(globalThis.crypto.subtle).to.equal(undefined);
      const api = freshApi();
      const el = await render(api);
      await ready(el);
      await fillValid(el);
      submit(el);
      expect(await receipt(el)).to.match(/^KD-\d{4}-\d{6}$/);
      expect(await storedCount(api)).to.equal(1);
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', subtle);
      globalThis.Worker = OriginalWorker;
    }
  });
});

describe('kd-concern-form: offline since the page loaded', () => {
  it('a submit before the sending code could arrive waits, says so, and goes on by itself once online', async () => {
    // The chunk with the checks and the delivery cannot be fetched until `online` is true.
    let online = false;
    const arrive = KdConcernForm.loadSendingCode;
    defineElement(
      'kd-concern-form-offline',
      class extends KdConcernForm {
        static override loadSendingCode = () =>
          online ? arrive() : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      },
    );
    const api = freshApi();
    const el = await fixture<KdConcernForm>(
      html`<kd-concern-form-offline
        api=${api}
        municipality="tuebingen"
        min-fill-time="300"
        submit-timeout="2000"
      ></kd-concern-form-offline>`,
    );
    await ready(el);
    await fillValid(el);
    submit(el);
    await waitUntil(
      () => $(el, '[part=status]')?.textContent?.includes('noch nicht angekommen'),
      'not told it waits',
    );
    expect(($(el, '#title') as HTMLInputElement).value).to.equal(TITLE);
    expect(await storedCount(api)).to.equal(0);

    online = true;
    window.dispatchEvent(new Event('online'));
    expect(await receipt(el)).to.match(/^KD-\d{4}-\d{6}$/);
    expect(await storedCount(api)).to.equal(1);
  });
});
