import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startEmbedServer, type EmbedServer } from './server.js';

export interface EmbedHarness {
  server: EmbedServer;
  browser: Browser;
}

/**
 * The embed server and one Chromium for the enclosing `describe`: started before its tests,
 * stopped after them. Read `server` and `browser` inside tests (they exist from `before` on).
 */
export function embedHarness(): EmbedHarness {
  const harness = {} as EmbedHarness;
  before(async () => {
    harness.server = await startEmbedServer();
    harness.browser = await launchChromium();
  });
  after(async () => {
    await harness.browser.close();
    await harness.server.close();
  });
  return harness;
}
