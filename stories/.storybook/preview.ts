import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '@kommunaldialog/widgets/define/kd-provider';
import manifest from './generated/custom-elements.json';
import { mockApiFor, SCENARIOS } from './mock-api.js';
import { THEMES } from './themes.js';
import { LOCALES, withProvider } from './with-provider.js';

// Argument tables and controls for every attribute, property, event, slot and CSS part.
setCustomElementsManifest(manifest);

const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية (RTL)',
  fa: 'فارسی (RTL)',
  uk: 'Українська',
  tr: 'Türkçe',
  'de-x-ls': 'Leichte Sprache',
};

/** `parameters.mock` of a story. */
export interface MockParameters {
  /** State of the mock API: `default`, `empty`, `slow`, `error`, `invalid`, `offline`, `many`. */
  scenario?: string;
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value] })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme tokens (--kd-*) set by the host page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.keys(THEMES).map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
    scenario: {
      description: 'State of the mock API (overrides the story’s own)',
      toolbar: {
        title: 'API',
        icon: 'database',
        items: [
          { value: 'story', title: 'as the story says' },
          ...SCENARIOS.map((value) => ({ value, title: value })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', theme: 'default', scenario: 'story' },
  parameters: {
    // Every story is a test: an axe violation fails it like a thrown error.
    a11y: { test: 'error' },
    controls: { expanded: true },
    mock: { scenario: 'default' } satisfies MockParameters,
  },
  loaders: [
    async ({ parameters, globals, id }) => {
      const chosen = globals['scenario'] as string | undefined;
      const scenario =
        chosen && chosen !== 'story'
          ? chosen
          : ((parameters['mock'] as MockParameters | undefined)?.scenario ?? 'default');
      return { mockApi: await mockApiFor(scenario, id) };
    },
  ],
  decorators: [withProvider],
};

export default preview;
