import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { DialogEvent } from '@kommunaldialog/sdk';
import '../define/kd-event-calendar.js';
import type { KdEventCalendar } from './kd-event-calendar.js';

const scenario = (name: string) => `${location.origin}/mock/${name}/v1`;
const root = (el: KdEventCalendar) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function allEvents(api: string): Promise<DialogEvent[]> {
  const out: DialogEvent[] = [];
  const from = encodeURIComponent(new Date().toISOString());
  let cursor: string | null = null;
  do {
    // The cursor is bound to the query: `from` must stay the same on every page.
    const url: string = `${api}/events?from=${from}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await (await fetch(url)).json()) as { items: DialogEvent[]; nextCursor: string | null };
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const HOUR = 3_600_000;
const open = (e: DialogEvent) =>
  e.registration.required && e.status !== 'cancelled' && !e.recurrence && Date.parse(e.registration.deadline ?? e.start) > Date.now() + HOUR;

async function remaining(api: string, id: string): Promise<number> {
  const event = (await (await fetch(`${api}/events/${id}`, { cache: 'no-store' })).json()) as DialogEvent;
  return event.registration.remaining!;
}

async function detail(api: string, id: string): Promise<{ el: KdEventCalendar; dialog: HTMLDialogElement }> {
  const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api} view="list"></kd-event-calendar>`);
  await el.openEvent(id);
  const dialog = root(el).querySelector('dialog')!;
  await waitUntil(() => dialog.open && dialog.querySelector('.registration'), 'detail did not open');
  return { el, dialog };
}

function fill(dialog: HTMLDialogElement, values: { name?: string; email?: string; phone?: string; people?: number; consent?: boolean }): void {
  const input = (name: string) => dialog.querySelector<HTMLInputElement>(`#reg-${name}`)!;
  if (values.name !== undefined) input('name').value = values.name;
  if (values.email !== undefined) input('email').value = values.email;
  if (values.phone !== undefined) input('phone').value = values.phone;
  if (values.people !== undefined) input('people').value = String(values.people);
  if (values.consent !== undefined) input('consent').checked = values.consent;
}

const submit = (dialog: HTMLDialogElement) => dialog.querySelector<HTMLButtonElement>('.registration__form [type="submit"]')!.click();

describe('registration', () => {
  it('shows the SDK’s validation errors at their fields and sends nothing', async () => {
    const api = scenario('default-reg-validation');
    const event = (await allEvents(api)).find((e) => open(e) && (e.registration.remaining ?? 0) >= 3)!;
    const before = await remaining(api, event.id);
    const { el, dialog } = await detail(api, event.id);
    expect(text(dialog.querySelector('.registration'))).to.include(`Noch ${before} Plätze frei.`);
    submit(dialog);
    await waitUntil(() => dialog.querySelector('.registration__summary'));
    expect(text(dialog.querySelector('.registration__summary'))).to.equal('Bitte prüfen Sie 3 Angaben.');
    expect(text(dialog.querySelector('#reg-name-error'))).to.equal('Bitte ausfüllen.');
    expect(text(dialog.querySelector('#reg-email-error'))).to.equal('Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.');
    expect(text(dialog.querySelector('#reg-consent-error'))).to.equal('Bitte stimmen Sie zu, sonst können wir Sie nicht anmelden.');
    const name = dialog.querySelector<HTMLInputElement>('#reg-name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('reg-name-error');
    expect(root(el).activeElement).to.equal(name);
    await expect(el).to.be.accessible();

    fill(dialog, { name: 'Amina Haddad', email: 'kein-at-zeichen', consent: true });
    submit(dialog);
    await waitUntil(() => dialog.querySelector('#reg-email-error') && !dialog.querySelector('#reg-name-error'));
    expect(text(dialog.querySelector('#reg-email-error'))).to.equal('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
    expect(root(el).activeElement).to.equal(dialog.querySelector('#reg-email'));
    expect(await remaining(api, event.id)).to.equal(before);
  });

  it('books once when the answer is lost after the server stored it (the SDK retries with the same key)', async () => {
    const api = scenario('default-reg-drop');
    const event = (await allEvents(api)).find((e) => open(e) && (e.registration.remaining ?? 0) >= 3)!;
    const before = await remaining(api, event.id);
    const faults = await fetch(`${api}/__mock/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dropAfterStore: 1 }),
    });
    expect(faults.ok).to.equal(true);
    const { el, dialog } = await detail(api, event.id);
    const registered = oneEvent(el, 'kd-registration');
    fill(dialog, { name: 'Amina Haddad', email: 'amina@example.org', people: 2, consent: true });
    submit(dialog);
    const { detail: result } = await registered;
    expect(result.registration.status).to.equal('confirmed');
    expect(result.event.id).to.equal(event.id);
    await waitUntil(() => dialog.querySelector('.registration__result'));
    expect(text(dialog.querySelector('.registration__result'))).to.equal('Sie sind angemeldet. Ihre Plätze sind bestätigt (2 Personen).');
    expect(root(el).activeElement).to.equal(dialog.querySelector('.registration__result'));
    expect(await remaining(api, event.id)).to.equal(before - 2);
    // The detail shows the seats left now.
    await waitUntil(() => text(dialog.querySelector('.registration')).includes(`Noch ${before - 2} Plätze frei.`));
    await expect(el).to.be.accessible();
  });

  it('after a failure, "Erneut versuchen" sends the same key: still one booking', async () => {
    const api = scenario('default-reg-retry');
    const event = (await allEvents(api)).find((e) => open(e) && (e.registration.remaining ?? 0) >= 3)!;
    const before = await remaining(api, event.id);
    const keys: string[] = [];
    let drops = 3;
    const original = globalThis.fetch;
    // Every attempt reaches the server, but the first three answers are lost on the way back.
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method !== 'POST' || !request.url.startsWith(api)) return original(request);
      keys.push(request.headers.get('idempotency-key') ?? '');
      const response = await original(request);
      if (drops-- > 0) throw new TypeError('Failed to fetch');
      return response;
    }) as typeof fetch;
    try {
      const { el, dialog } = await detail(api, event.id);
      fill(dialog, { name: 'Oleksandr Melnyk', phone: '+49 170 1234567', people: 3, consent: true });
      submit(dialog);
      await waitUntil(() => dialog.querySelector('.registration .kd-error'), 'no error shown', { timeout: 15_000 });
      expect(text(dialog.querySelector('.kd-error__reason'))).to.equal('Der Server ist gerade nicht erreichbar.');
      expect(keys).to.have.length(3);
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.registration .kd-error button')!.click();
      await waitUntil(() => dialog.querySelector('.registration__result'), 'retry did not succeed', { timeout: 15_000 });
      expect(keys).to.have.length(4);
      expect(new Set(keys).size, 'one key for the whole attempt').to.equal(1);
      expect(await remaining(api, event.id)).to.equal(before - 3);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('offers the waiting list when an event is full and says so afterwards', async () => {
    const api = scenario('default-reg-waitlist');
    const event = (await allEvents(api)).find((e) => open(e) && e.registration.remaining === 0 && e.registration.waitlist)!;
    expect(event, 'a full event with a waiting list in the seed').not.to.equal(undefined);
    const { el, dialog } = await detail(api, event.id);
    expect(text(dialog.querySelector('.registration'))).to.include('Alle Plätze sind vergeben. Sie können sich auf die Warteliste setzen.');
    const button = dialog.querySelector<HTMLButtonElement>('.registration__form [type="submit"]')!;
    expect(text(button)).to.equal('Auf die Warteliste setzen');
    await expect(el).to.be.accessible();
    const registered = oneEvent(el, 'kd-registration');
    fill(dialog, { name: 'Sara Ahmadi', email: 'sara@example.org', consent: true });
    submit(dialog);
    const { detail: result } = await registered;
    expect(result.registration.status).to.equal('waitlisted');
    await waitUntil(() => dialog.querySelector('.registration__result'));
    expect(text(dialog.querySelector('.registration__result'))).to.equal(
      `Sie stehen auf der Warteliste, auf Platz ${result.registration.waitlistPosition}. Wir melden uns, wenn ein Platz frei wird.`,
    );
    expect(result.registration.waitlistPosition).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });
});
