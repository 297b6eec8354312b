import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { createMockApi } from '@kommunaldialog/api-mock';
import type { KdResultsMap } from '@kommunaldialog/widgets';
import '@kommunaldialog/widgets/define/kd-results-map';

/**
 * Storybook has no tile server: a `data:` tile (a plain light square, the same for every place)
 * stands in for basemap.de. It sends nothing anywhere, so the map shows without a consent notice.
 */
const OFFLINE_TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAQAAAAEACAIAAADTED8xAAACDUlEQVR42u3TMQ0AMAgAQfzLYkIAEjp0rAQM1AGXnIJPPqoT1orqvO/ATgbAAEJgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAABjAABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAEwgAoYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAyAAQyAAYTAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAADGAADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAD4GXrIbVTIaCGUAAAAAElFTkSuQmCC';

// The seed of every story's mock (same seed, same day): pick what the stories filter and select.
const tuebingen = createMockApi({}).control.dataset().results.filter((r) => r.municipality === 'tuebingen');
const area = tuebingen.find((r) => r.precision === 'area');
const filterTopic = tuebingen.flatMap((r) => r.topics)[0];
const filterStatus = tuebingen.find((r) => r.topics.includes(filterTopic ?? ''))?.status;

/** Loading 10 000 results page by page, or waiting out the SDK's retries, takes a while. */
const LOADING = { timeout: 45_000 };

function widget(canvas: HTMLElement): KdResultsMap {
  return canvas.querySelector('kd-results-map')!;
}

/** Waits until the element shows `selector` in its shadow root, and returns that root. */
async function settled(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  await waitFor(() => expect(widget(canvas)?.shadowRoot?.querySelector(selector)).toBeTruthy(), LOADING);
  return widget(canvas).shadowRoot!;
}

interface ResultsMapArgs {
  tiles?: string;
  consent?: string;
  topic?: string;
  status?: string;
  selected?: string;
  eventUrl?: string;
}

const meta = {
  title: 'Widgets/kd-results-map',
  component: 'kd-results-map',
  args: { tiles: OFFLINE_TILE, eventUrl: 'https://www.example.de/dialog/termine#{id}' },
  render: (args) =>
    html`<kd-results-map
      tiles=${args.tiles ?? nothing}
      consent=${args.consent ?? nothing}
      topic=${args.topic ?? nothing}
      status=${args.status ?? nothing}
      selected=${args.selected ?? nothing}
      event-url=${args.eventUrl ?? nothing}
    ></kd-results-map>`,
} satisfies Meta<ResultsMapArgs>;

export default meta;
type Story = StoryObj<ResultsMapArgs>;

/** One municipality (Tübingen): list with progress, map with clusters, markers and areas. */
export const OneMunicipality: Story = {
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.kd-marker, .kd-cluster, path.kd-area');
    expect(shadow.querySelectorAll('.item').length).toBe(tuebingen.length);
  },
};

/** Without a municipality: every municipality, grouped in the list and as one group each on the map. */
export const AllMunicipalities: Story = {
  parameters: { provider: { municipality: null } },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.kd-cluster--group');
    expect(shadow.querySelectorAll('.group').length).toBeGreaterThan(1);
  },
};

/** The default basemap.de tiles before the visitor agreed: the list, a notice and "Karte laden". */
export const ConsentPending: Story = {
  args: { tiles: 'basemap.de' },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.consent');
    expect(shadow.querySelector('.consent')?.textContent).toContain('basemap.de');
    expect(shadow.querySelector('.leaflet-container')).toBeNull();
  },
};

/** Preset filters by attribute (`topic`, `status`); list, map and downloads follow them. */
export const Filtered: Story = {
  args: { topic: filterTopic, status: filterStatus },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.item');
    const expected = tuebingen.filter((r) => r.topics.includes(filterTopic ?? '') && r.status === filterStatus);
    expect(shadow.querySelectorAll('.item').length).toBe(expected.length);
  },
};

/**
 * A result near an accommodation (`precision: area`): an outlined area, never a pin, and a note.
 * Its details (summary text, timeline, office) load as the whole result when it is opened.
 */
export const AreaResults: Story = {
  args: { selected: area?.id },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, 'path.kd-area[aria-current="true"]');
    expect(shadow.querySelector('.detail__area')).toBeTruthy();
    await settled(canvasElement, '.detail .detail__facts');
    expect(shadow.querySelector('.detail__summary')?.textContent).toBe(area?.summary);
  },
};

/** 10 000 results in the whole state: groups per municipality, clusters when zoomed in. */
export const TenThousandResults: Story = {
  parameters: { mock: { scenario: 'many' }, provider: { municipality: null } },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.kd-cluster');
    expect(shadow.querySelectorAll('.kd-marker, .kd-cluster').length).toBeLessThan(500);
  },
};

/** Nothing published yet. */
export const Empty: Story = {
  parameters: { mock: { scenario: 'empty' } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, '.kd-empty');
  },
};

/** The API fails (503): the reason and "Erneut versuchen". */
export const ErrorState: Story = {
  parameters: { mock: { scenario: 'error' } },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.kd-error');
    expect(shadow.querySelector('.kd-error button')).toBeTruthy();
  },
};

/** Arabic: right to left, the list on the right, the zoom buttons on the right of the map. */
export const ArabicRtl: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.map-zoom--right button');
    expect(shadow.querySelector('[part="base"]')?.getAttribute('dir')).toBe('rtl');
  },
};
