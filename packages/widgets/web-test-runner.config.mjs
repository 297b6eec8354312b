// Browser tests for the widgets: headless Debian Chromium, TypeScript through esbuild.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { forcedColorsPlugin } from './test-support/forced-colors-plugin.mjs';
import { mockApiMiddleware } from './test-support/mock-api-middleware.mjs';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Test pages run side by side in background tabs: keep their timers and frames at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: [fileURLToPath(new URL('./src/**/*.test.ts', import.meta.url))],
  nodeResolve: true,
  // One page at a time: background tabs get no animation frames, and the machine has two cores.
  concurrency: 1,
  // A noisy two-core machine: generous limits, never a reason for a test to pass or fail.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter()],
  browserLogs: true,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  // The real API mock, in named scenarios: see test-support/mock-api-middleware.mjs.
  middleware: [mockApiMiddleware()],
  plugins: [
    // Screen-reader names and roles, read from Chromium's accessibility tree.
    a11ySnapshotPlugin(),
    // Windows' high contrast themes (forced colours), which the Chrome launcher cannot emulate itself.
    forcedColorsPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // Must hold experimentalDecorators itself: the plugin does not follow `extends`.
      tsconfig: fileURLToPath(new URL('./tsconfig.esbuild.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROME_FLAGS,
      },
    }),
  ],
};
