import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { createMockApi } from '@kommunaldialog/api-mock';
import '@kommunaldialog/widgets/define/kd-concern-status';

// The mock's seed holds published concerns; pick ones whose timelines show every kind of step.
const concerns = createMockApi({}).control.dataset().concerns;
const addressed = concerns.find((c) => c.timeline.some((step) => step.resultId))?.reference ?? 'KD-2026-000001';
const discussed = concerns.find((c) => c.timeline.some((step) => step.eventId))?.reference ?? 'KD-2026-000001';

const LOADING = { timeout: 15_000 };

function root(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector('kd-concern-status')!.shadowRoot!;
}

interface StatusArgs {
  reference?: string;
}

const meta = {
  title: 'Widgets/kd-concern-status',
  component: 'kd-concern-status',
  args: { reference: addressed },
  render: (args) =>
    html`<kd-concern-status
      reference=${args.reference ?? ''}
      event-url="https://www.example.org/termine/{id}"
      result-url="https://www.example.org/ergebnisse/{id}"
    ></kd-concern-status>`,
} satisfies Meta<StatusArgs>;

export default meta;
type Story = StoryObj<StatusArgs>;

/** A concern that was answered and led to a result: received → in review → answered → addressed. */
export const StatusTimeline: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('.timeline')).toBeTruthy(), LOADING);
    expect(root(canvasElement).querySelector('[aria-current=step]')).toBeTruthy();
  },
};

/** A question discussed at a dialogue event, linking to it. */
export const DiscussedAtEvent: Story = {
  args: { reference: discussed },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).textContent).toContain('Zur Veranstaltung'), LOADING);
  },
};

/** Without a reference: a field to enter one, checked against the `KD-2026-000123` format. */
export const Lookup: Story = {
  render: () => html`<kd-concern-status></kd-concern-status>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('#reference')).toBeTruthy());
  },
};

/** A reference the API does not know. */
export const NotFound: Story = {
  args: { reference: 'KD-2026-999999' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).textContent).toContain('KD-2026-999999'), LOADING);
  },
};

/** Arabic, right to left. */
export const ArabicRtl: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part=base]')?.getAttribute('dir')).toBe('rtl'), LOADING);
  },
};
