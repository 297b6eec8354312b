import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import './support/kd-config-demo.js';

interface ProviderArgs {
  municipality?: string;
  lang?: string;
}

/** The text of one field of every `<kd-config-demo>` in the story, once all have loaded. */
function fields(canvas: HTMLElement, field: string): string[] {
  return [...canvas.querySelectorAll('kd-config-demo')].map(
    (demo) => demo.shadowRoot?.querySelector(`[data-field="${field}"]`)?.textContent?.trim() ?? '',
  );
}

/** Waits long enough for the SDK's retries against a failing API (two, one second apart). */
const SLOW = { timeout: 15_000 };

/** The story's mock API, mounted by the loader in `.storybook/preview.ts`. */
function mockApi(context: { loaded: Record<string, unknown> }): string | undefined {
  return context.loaded['mockApi'] as string | undefined;
}

const meta = {
  title: 'Platform/kd-provider',
  component: 'kd-provider',
  // The stories render their own provider (pointed at the story's mock API).
  parameters: { provider: false },
  args: { municipality: 'tuebingen' },
  argTypes: {
    lang: { control: 'select', options: ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'de-x-ls'] },
  },
  render: (args, context) =>
    html`<kd-provider
      api=${mockApi(context) ?? nothing}
      municipality=${args.municipality ?? nothing}
      lang=${args.lang ?? nothing}
    >
      <kd-config-demo></kd-config-demo>
      <kd-config-demo></kd-config-demo>
    </kd-provider>`,
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** Every widget inside the provider uses its API, municipality and language. */
export const SharedWithWidgets: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(fields(canvasElement, 'municipality')).toEqual([
          'Universitätsstadt Tübingen',
          'Universitätsstadt Tübingen',
        ]),
      SLOW,
    );
    expect(fields(canvasElement, 'locale')).toEqual(['en', 'en']);
    for (const date of fields(canvasElement, 'date')) expect(date).toMatch(/Thursday.*December.*2026/);
  },
};

/** Without `lang` on the provider, widgets take the page's language (here: the toolbar's). */
export const PageLanguage: Story = {
  play: async ({ canvasElement, globals }) => {
    await waitFor(() =>
      expect(fields(canvasElement, 'locale')).toEqual([globals['locale'], globals['locale']]),
    );
  },
};

/** A widget's own attribute wins over the provider's. */
export const OwnAttributeWins: Story = {
  args: { lang: 'de' },
  render: (args, context) =>
    html`<kd-provider
      api=${mockApi(context) ?? nothing}
      municipality=${args.municipality ?? nothing}
      lang=${args.lang ?? nothing}
    >
      <kd-config-demo></kd-config-demo>
      <kd-config-demo lang="uk" municipality="freiburg"></kd-config-demo>
    </kd-provider>`,
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(fields(canvasElement, 'municipality')).toEqual([
          'Universitätsstadt Tübingen',
          'Stadt Freiburg im Breisgau',
        ]),
      SLOW,
    );
    expect(fields(canvasElement, 'locale')).toEqual(['de', 'uk']);
  },
};

/** Arabic and Persian turn the widgets right to left; dates stay Gregorian, in Berlin time. */
export const RightToLeft: Story = {
  args: { lang: 'fa' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(fields(canvasElement, 'dir')).toEqual(['rtl', 'rtl']));
    // Gregorian 2026 (in Persian or Latin digits), not the Persian calendar's 1405.
    for (const date of fields(canvasElement, 'date')) expect(date).toMatch(/2026|۲۰۲۶/);
  },
};

/** Changing the provider's language at runtime re-renders every widget inside. */
export const LanguageSwitch: Story = {
  args: { lang: 'de' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(fields(canvasElement, 'locale')).toEqual(['de', 'de']));
    canvasElement.querySelector('kd-provider')!.setAttribute('lang', 'ar');
    await waitFor(() => expect(fields(canvasElement, 'dir')).toEqual(['rtl', 'rtl']));
  },
};

/** `mock.scenario: 'slow'`: the skeleton holds the place for 1.5 s, then the data arrives. */
export const SlowApi: Story = {
  parameters: { mock: { scenario: 'slow' } },
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(fields(canvasElement, 'municipality')).toEqual([
          'Universitätsstadt Tübingen',
          'Universitätsstadt Tübingen',
        ]),
      SLOW,
    );
  },
};

/** The error state every widget shares, as each failure of the API produces it. */
function errorKinds(canvas: HTMLElement): (string | undefined)[] {
  return [...canvas.querySelectorAll('kd-config-demo')].map(
    (demo) => demo.shadowRoot?.querySelector<HTMLElement>('[data-error-kind]')?.dataset['errorKind'],
  );
}

/** `mock.scenario: 'error'`: every request is answered 503. */
export const ApiUnavailable: Story = {
  parameters: { mock: { scenario: 'error' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(errorKinds(canvasElement)).toEqual(['server', 'server']), SLOW);
  },
};

/** `mock.scenario: 'offline'`: the connection drops. */
export const Offline: Story = {
  parameters: { mock: { scenario: 'offline' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(errorKinds(canvasElement)).toEqual(['network', 'network']), SLOW);
  },
};

/** `mock.scenario: 'invalid'`: the API answers with data the SDK's schemas reject. */
export const InvalidResponse: Story = {
  parameters: { mock: { scenario: 'invalid' } },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(errorKinds(canvasElement)).toEqual(['invalidResponse', 'invalidResponse']),
      SLOW,
    );
  },
};
