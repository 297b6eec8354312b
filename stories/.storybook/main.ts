import type { StorybookConfig } from '@storybook/web-components-vite';
import { PREBUNDLED } from './prebundled.js';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // mockServiceWorker.js: the API mock answers in the browser, in Storybook and in story tests.
  staticDirs: ['../public'],
  viteFinal(config) {
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), ...PREBUNDLED],
    };
    // Storybook's own manager and axe make big chunks; that is not a concern of a docs site.
    config.build = { ...config.build, chunkSizeWarningLimit: 4096 };
    return config;
  },
};

export default config;
