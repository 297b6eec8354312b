import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '@kommunaldialog/widgets/define/kd-concern-form';

/** The story's mock API (see `.storybook/preview.ts`). */
function mockApi(context: { loaded: Record<string, unknown> }): string {
  return context.loaded['mockApi'] as string;
}

/** Long enough for a proof of work, the API's 3 s minimum fill time and a retry. */
const SENDING = { timeout: 20_000 };
const LOADING = { timeout: 15_000 };

function form(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector('kd-concern-form')!.shadowRoot!;
}

async function loaded(canvas: HTMLElement): Promise<ShadowRoot> {
  await waitFor(() => expect(canvas.querySelector('kd-concern-form')?.shadowRoot?.querySelector('#topic')).toBeTruthy(), LOADING);
  return form(canvas);
}

function setValue(root: ShadowRoot, selector: string, value: string): void {
  const control = root.querySelector<HTMLInputElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Fills in the form as a resident would. */
async function fill(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await loaded(canvas);
  root.querySelector<HTMLInputElement>('input[name=kind][value=concern]')!.click();
  setValue(root, '#topic', 'mobilitaet');
  setValue(root, '#title', 'Weg zur Bushaltestelle ist abends dunkel');
  setValue(
    root,
    '#description',
    'Zwischen der Unterkunft in der Hechinger Straße und der Haltestelle fehlt auf etwa 200 Metern eine Laterne. Kinder gehen dort im Winter im Dunkeln zur Schule.',
  );
  setValue(root, '#place', 'Hechinger Straße, Höhe Haltestelle Europastraße');
  return root;
}

function submit(root: ShadowRoot): void {
  root.querySelector<HTMLButtonElement>('button[part=submit]')!.click();
}

async function post(url: string, body: unknown): Promise<void> {
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const meta = {
  title: 'Widgets/kd-concern-form',
  component: 'kd-concern-form',
  // Drafts live in sessionStorage: every story starts from a clean tab.
  beforeEach: () => {
    sessionStorage.clear();
  },
  render: () => html`<kd-concern-form></kd-concern-form>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The empty form, as a resident first sees it. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    expect(root.querySelectorAll('input[name=kind]')).toHaveLength(4);
  },
};

/** Filled in, with the contact fields revealed by "Ich möchte eine Antwort". */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement);
    root.querySelector<HTMLInputElement>('#wantsAnswer')!.click();
    await waitFor(() => expect(root.querySelector('#email')).toBeTruthy());
    setValue(root, '#name', 'Amal H.');
    setValue(root, '#email', 'amal@example.org');
    root.querySelector<HTMLInputElement>('#consent')!.click();
  },
};

/** A submit with gaps: the error summary takes focus; its entries lead to the fields. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    setValue(root, '#title', 'x'.repeat(130));
    root.querySelector<HTMLInputElement>('#wantsAnswer')!.click();
    submit(root);
    await waitFor(() => expect(root.activeElement?.classList.contains('summary')).toBe(true));
    expect(root.querySelector('#title-error')?.textContent).toContain('120');
  },
};

/** Sending: the fields are locked and a status message says so (the API is held up here). */
export const Sending: Story = {
  render: () => html`<kd-concern-form submit-timeout="120000"></kd-concern-form>`,
  play: async ({ canvasElement, loaded: data }) => {
    const root = await fill(canvasElement);
    await post(`${mockApi({ loaded: data })}/__mock/faults`, { latencyMs: 110_000 });
    submit(root);
    await waitFor(() => expect(root.querySelector('[part=status]')?.textContent).toContain('gesendet'));
  },
};

/**
 * Offline: the concern is queued in the tab, the page says so, and it is sent when the
 * connection returns (the `online` event, backoff, or the next page load).
 */
export const QueuedOffline: Story = {
  beforeEach: () => {
    const realFetch = window.fetch;
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    let offline = false;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return offline && url.includes('/v1/') ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    };
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
    (window as { goOffline?: () => void }).goOffline = () => (offline = true);
    return () => {
      window.fetch = realFetch;
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    };
  },
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement);
    (window as { goOffline?: () => void }).goOffline?.();
    submit(root);
    await waitFor(() => expect(root.querySelector('[part=status]')?.textContent).toContain('offline'), SENDING);
  },
};

/** Sent: the receipt with the reference, what happens next, and the way to the status. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement);
    submit(root);
    await waitFor(() => expect(root.querySelector('[part=reference]')?.textContent).toMatch(/KD-\d{4}-\d{6}/), SENDING);
  },
};

/** Arabic: right to left; the text language follows the UI language. */
export const ArabicRtl: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await waitFor(() => expect(root.querySelector('[part=base]')?.getAttribute('dir')).toBe('rtl'));
    await waitFor(() => expect(root.querySelector('button[part=submit]')?.textContent).toContain('إرسال'));
  },
};

/** Leichte Sprache: short sentences, simple words. */
export const LeichteSprache: Story = {
  globals: { locale: 'de-x-ls' },
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    await waitFor(() => expect(root.querySelector('button[part=submit]')?.textContent).toContain('Abschicken'));
  },
};

/** The API refuses a field (here: a topic from an old draft it no longer knows): the error lands on that field. */
export const ServerValidationErrors: Story = {
  beforeEach: () => {
    sessionStorage.setItem(
      'kommunaldialog.concern-draft.tuebingen',
      JSON.stringify({
        savedAt: new Date().toISOString(),
        values: { kind: 'question', topic: 'abgeschafft', title: 'Frage zum Sprachkurs', description: 'Wann beginnt der nächste Kurs?', language: 'de' },
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    submit(root);
    await waitFor(() => expect(root.querySelector('#topic-error')).toBeTruthy(), SENDING);
    expect(root.querySelector('#topic')?.getAttribute('aria-invalid')).toBe('true');
  },
};

/** One grey tile for every place: a map that works offline and sends nothing anywhere. */
const OFFLINE_TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48uQBAAVYAqmD7BhKAAAAAElFTkSuQmCC';

/**
 * The location picker: before the map is asked for, a notice names where its tiles come from;
 * "Ort auf der Karte wählen" loads it; a click, or Enter / "Diesen Ort übernehmen" on the
 * crosshair, picks the place, shown as text with "Ort entfernen". (Offline tiles here.)
 */
export const LocationPicker: Story = {
  render: () => html`<kd-concern-form tiles=${OFFLINE_TILE}></kd-concern-form>`,
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    root.querySelector<HTMLButtonElement>('#map-open')!.click();
    await waitFor(() => expect(root.querySelector('.picker__map.leaflet-container')).toBeTruthy(), LOADING);
    const take = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Diesen Ort übernehmen'))!;
    take.click();
    await waitFor(() => expect(root.querySelector('.location__chosen')?.textContent).toContain('Auf der Karte gewählt'));
  },
};
