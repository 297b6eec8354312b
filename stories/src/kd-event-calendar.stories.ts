import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { createMockApi } from '@kommunaldialog/api-mock';
import type { KdEventCalendar } from '@kommunaldialog/widgets';
import '@kommunaldialog/widgets/define/kd-event-calendar';

// The seed of every story's mock (same seed, same day): pick the events the detail stories open.
const seeded = createMockApi({}).control.dataset().events.filter((e) => e.municipality === 'tuebingen');
const ahead = seeded.filter((e) => Date.parse(e.start) > Date.now());
const cancelled = ahead.find((e) => e.status === 'cancelled');
const waitlist = ahead.find((e) => e.registration.required && e.registration.remaining === 0 && e.registration.waitlist);

/** `YYYY-MM` of next month: the current one may have few events left. */
const today = new Date();
const nextMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 15)).toISOString().slice(0, 7);

/** Loading 5 000 events page by page, or waiting out the SDK's retries, takes a while. */
const LOADING = { timeout: 30_000 };

function calendar(canvas: HTMLElement): KdEventCalendar {
  return canvas.querySelector('kd-event-calendar')!;
}

function root(canvas: HTMLElement): ShadowRoot {
  return calendar(canvas).shadowRoot!;
}

/** Waits until the view shows data, an empty state or an error. */
async function settled(canvas: HTMLElement, selector = 'table[aria-busy="false"], .list, .compact, .kd-empty, .kd-error'): Promise<ShadowRoot> {
  await waitFor(() => expect(calendar(canvas)?.shadowRoot?.querySelector(selector)).toBeTruthy(), LOADING);
  return root(canvas);
}

interface CalendarArgs {
  view?: 'month' | 'list' | 'compact';
  limit?: number;
  topics?: string;
  formats?: string;
  month?: string;
}

const meta = {
  title: 'Widgets/kd-event-calendar',
  component: 'kd-event-calendar',
  args: { view: 'month' },
  render: (args) =>
    html`<kd-event-calendar
      view=${args.view ?? nothing}
      limit=${args.limit ?? nothing}
      topics=${args.topics ?? nothing}
      formats=${args.formats ?? nothing}
      month=${args.month ?? nothing}
    ></kd-event-calendar>`,
} satisfies Meta<CalendarArgs>;

export default meta;
type Story = StoryObj<CalendarArgs>;

/** The month as a date grid: arrows by day and week, PageUp/PageDown by month, Enter opens a day. */
export const Month: Story = {
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, 'table[aria-busy="false"]');
    expect(shadow.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    expect(shadow.querySelector('[aria-current="date"]')).toBeTruthy();
  },
};

/** Upcoming events grouped by day; what the calendar shows when it is narrower than 480 px. */
export const List: Story = {
  args: { view: 'list', month: nextMonth },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.list');
    expect(shadow.querySelectorAll('.list__day [role="heading"]').length).toBeGreaterThan(0);
  },
};

/** The next three events, for a sidebar or a teaser. */
export const Compact: Story = {
  args: { view: 'compact', limit: 3 },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.compact');
    expect(shadow.querySelectorAll('.compact .entry')).toHaveLength(3);
  },
};

/** Preset by attributes: language cafés only (`topics="lernen-sprache" formats="sprachcafe"`). */
export const Filtered: Story = {
  args: { view: 'list', topics: 'lernen-sprache', formats: 'sprachcafe', month: nextMonth },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.list, .kd-empty');
    await waitFor(() => expect(shadow.querySelector<HTMLInputElement>('input[value="lernen-sprache"]')?.checked).toBe(true), LOADING);
    for (const title of shadow.querySelectorAll('.entry__title')) expect(title.textContent).toContain('Sprachcafé');
  },
};

/** Arabic: right to left, arrow keys mirrored, week and month names from the locale. */
export const ArabicRtl: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, 'table[aria-busy="false"]');
    expect(shadow.querySelector('[part="base"]')?.getAttribute('dir')).toBe('rtl');
  },
};

/**
 * Arabic in a 320 px column with the month grid chosen: the weekday headers take their one-letter
 * names (the short ones are whole words), and German titles are cut at their end.
 */
export const ArabicNarrowMonth: Story = {
  globals: { locale: 'ar' },
  args: { month: nextMonth },
  render: (args) => html`<div style="max-inline-size: 20rem">${meta.render(args)}</div>`,
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, 'table[aria-busy="false"]');
    const names = [...shadow.querySelectorAll('thead th [aria-hidden="true"]')].map((name) => name.textContent!.trim());
    expect(names.every((name) => [...name].length === 1)).toBe(true);
  },
};

/** Leichte Sprache: short sentences and simple words. */
export const LeichteSprache: Story = {
  globals: { locale: 'de-x-ls' },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, 'table[aria-busy="false"]');
    await waitFor(() => expect(shadow.querySelector('summary')?.textContent).toContain('Auswahl'), LOADING);
  },
};

/** No events at all: the month says so, and that none follow either. */
export const Empty: Story = {
  parameters: { mock: { scenario: 'empty' } },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.kd-empty');
    await waitFor(() => expect(shadow.querySelector('.kd-empty')?.textContent).toContain('Auch danach'), LOADING);
  },
};

/** The API fails (503): an alert with the reason and "Erneut versuchen"; the grid stays usable. */
export const ErrorState: Story = {
  parameters: { mock: { scenario: 'error' } },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, '.kd-error');
    expect(shadow.querySelector('.kd-error button')).toBeTruthy();
  },
};

/** Loading: skeleton lines in the day cells, "Wird geladen …" for screen readers. */
export const Loading: Story = {
  parameters: { mock: { scenario: 'slow' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('.kd-skeleton')).toBeTruthy());
  },
};

/** A cancelled event: struck through with "Abgesagt" in the grid, said in words in the detail. */
export const Cancelled: Story = {
  args: { month: cancelled?.start.slice(0, 7) },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'table[aria-busy="false"]');
    await calendar(canvasElement).openEvent(cancelled!.id);
    await waitFor(() => expect(root(canvasElement).querySelector('dialog [part="status"]')?.textContent).toContain('Abgesagt'), LOADING);
  },
};

/**
 * An event opened from the grid: the month lists summaries, so the dialog opens at once with the
 * title, date and status, and shows the description and organizer once the whole event is there.
 */
export const DetailFromTheMonth: Story = {
  args: { month: nextMonth },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, 'table[aria-busy="false"]');
    shadow.querySelector<HTMLButtonElement>('.grid .chip')!.click();
    await waitFor(() => expect(shadow.querySelector('dialog[open] #dialog-title')).toBeTruthy(), LOADING);
    await waitFor(() => expect(shadow.querySelector('dialog .facts')?.textContent).toContain('Veranstalter'), LOADING);
  },
};

/** A full event with a waiting list: the form offers "Auf die Warteliste setzen". */
export const FullWithWaitlist: Story = {
  args: { month: waitlist?.start.slice(0, 7) },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'table[aria-busy="false"]');
    await calendar(canvasElement).openEvent(waitlist!.id);
    await waitFor(
      () => expect(root(canvasElement).querySelector('.registration__form [type="submit"]')?.textContent).toContain('Warteliste'),
      LOADING,
    );
  },
};

/** 5 000 events in one month: each day shows at most three lines, the rest behind "+N weitere". */
export const FiveThousandEvents: Story = {
  parameters: { mock: { scenario: 'many' }, provider: { municipality: null } },
  play: async ({ canvasElement }) => {
    const shadow = await settled(canvasElement, 'table[aria-busy="false"]');
    for (const day of shadow.querySelectorAll('td[data-date]')) {
      expect(day.querySelectorAll('.chip, .more').length).toBeLessThanOrEqual(3);
    }
    expect(shadow.querySelector('.more')).toBeTruthy();
  },
};
