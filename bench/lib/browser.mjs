// Headless Debian Chromium through playwright-core: a fresh context per run (no cache, storage
// or JIT state shared between runs), CPU throttling through the DevTools protocol, and a
// recorder that writes the API answers a page receives into a file.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { chromium } from 'playwright-core';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
  });
}

/** Rejects when `promise` takes longer than `ms`: every step of the benchmark is bounded. */
export function within(ms, promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Opens a page in a fresh context with the CPU slowed down `rate` times, runs `fn(page)` and
 * closes the context. With `recordTo`, every API answer the page reports through
 * `window.benchRecord` is appended to that JSON file (url → {status, headers, body}).
 */
export async function withPage(browser, { rate = 1, recordTo } = {}, fn) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Europe/Berlin',
    locale: 'de-DE',
    reducedMotion: 'reduce',
  });
  const errors = [];
  let out;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    if (recordTo) {
      out = createWriteStream(recordTo);
      out.write('{');
      let first = true;
      await page.exposeFunction('benchRecord', (url, entryJson) => {
        out.write(`${first ? '' : ','}${JSON.stringify(url)}:${entryJson}`);
        first = false;
      });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const result = await fn(page);
    if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
    if (out) {
      out.end('}');
      await finished(out);
    }
  }
}
