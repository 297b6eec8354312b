// What the widgets leave on a host page: one global of our own (plus Lit's), no cookies, no
// credentials on their requests, nothing sent anywhere but the API and CDN origin; and what loads when.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, waitUntilSettled } from './support/browser.js';
import { exercise } from './support/exercise.js';
import { widgetTags } from './support/manifest.js';
import { CDN_DIR } from './support/paths.js';
import { allWidgets, hostPage, widgetMarkup } from './support/pages.js';
import { embedHarness } from './support/harness.js';

/** Globals Lit itself sets (production build): its version lists and decorator metadata. */
const LIT_GLOBALS = [
  'litElementVersions',
  'litHtmlVersions',
  'litPropertyMetadata',
  'reactiveElementVersions',
];

function ownGlobals(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.getOwnPropertyNames(window).sort());
}

describe('what the widgets leave on the host page', () => {
  const h = embedHarness();

  it("adds only Lit's globals and window.Kommunaldialog", async () => {
    const bare = await openPage(h.browser, { recordViolations: false });
    await bare.page.goto(
      h.server.page('globals-bare', hostPage({ title: 'bare', body: allWidgets(widgetTags()) })),
    );
    const before = new Set(await ownGlobals(bare.page));
    await bare.context.close();

    const log = await openPage(h.browser, { recordViolations: false });
    await log.page.goto(
      h.server.page(
        'globals',
        hostPage({ title: 'globals', scripts: ['/cdn/kommunaldialog.js'], body: allWidgets(widgetTags()) }),
      ),
    );
    for (const tag of widgetTags()) await exercise(log.page, tag);
    const added = (await ownGlobals(log.page)).filter((name) => !before.has(name));
    assert.deepEqual(added, [...LIT_GLOBALS, 'Kommunaldialog'].sort());
    const ns = await log.page.evaluate(() => {
      const value = (window as unknown as { Kommunaldialog: object }).Kommunaldialog;
      return {
        keys: Object.keys(value).sort(),
        writable: Object.getOwnPropertyDescriptor(window, 'Kommunaldialog')?.writable,
      };
    });
    assert.deepEqual(ns, { keys: ['elements', 'version'], writable: false });
    await log.context.close();
  });

  it('sets no cookie, sends none with its requests, and talks to no other origin', async () => {
    const log = await openPage(h.browser, { recordViolations: false });
    const origin = new URL(h.server.url);
    // The host page's own cookie, valid for the API path too: credentials: 'omit' must keep it home.
    await log.context.addCookies([
      { name: 'cms_session', value: 'secret', domain: origin.hostname, path: '/', httpOnly: false },
    ]);
    const cookiesBefore = await log.context.cookies();
    await log.page.goto(
      h.server.page(
        'privacy',
        hostPage({ title: 'privacy', scripts: ['/cdn/kommunaldialog.js'], body: allWidgets(widgetTags()) }),
      ),
    );
    for (const tag of widgetTags()) await exercise(log.page, tag);
    await log.page.waitForLoadState('networkidle');

    assert.deepEqual(await log.context.cookies(), cookiesBefore, 'no cookie added');
    assert.equal(await log.page.evaluate(() => document.cookie), 'cms_session=secret');
    const setCookie = log.requests
      .filter((request) => request.responseHeaders && 'set-cookie' in request.responseHeaders)
      .map((request) => request.url);
    assert.deepEqual(setCookie, [], 'no response sets a cookie');

    // The widgets' own requests (fetch: the API) carry no cookie. Scripts and images follow the
    // browser's rules for the page's origin (same-origin here, so they carry the page's cookie;
    // from a CDN or tile server on another site they carry none): no `credentials` to set there.
    const widgetRequests = log.requests.filter((request) =>
      ['fetch', 'xhr', 'eventsource', 'websocket'].includes(request.type),
    );
    assert.ok(
      widgetRequests.some((request) => new URL(request.url).pathname.startsWith('/v1/')),
      'the widgets called the API',
    );
    const withCookie = widgetRequests
      .filter((request) => 'cookie' in request.headers)
      .map((request) => `${request.type} ${request.url}`);
    assert.deepEqual(withCookie, [], 'requests that sent the page cookie');

    const elsewhere = log.requests
      .map((request) => new URL(request.url))
      .filter((url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== h.server.url);
    assert.deepEqual(elsewhere.map(String), [], 'requests to another origin');
    await log.context.close();
  });
});

describe('what a page downloads', () => {
  const h = embedHarness();

  const engineFiles = (): string[] =>
    readdirSync(CDN_DIR).filter((file) => file.startsWith('kd-map-engine-'));
  const hasMap = widgetTags().includes('kd-results-map');

  if (hasMap) {
    for (const tag of widgetTags().filter((t) => t !== 'kd-results-map')) {
      it(`a page with only ${tag} (from kommunaldialog.js) downloads no map engine until the visitor asks for a map`, async () => {
        assert.ok(engineFiles().length > 0, 'the build has a map engine chunk');
        const log = await openPage(h.browser, { recordViolations: false });
        await log.page.goto(
          h.server.page(
            `only-${tag}`,
            hostPage({ title: tag, scripts: ['/cdn/kommunaldialog.js'], body: allWidgets([tag]) }),
          ),
        );
        const engineLoaded = (): string[] =>
          log.requests
            .map((request) => new URL(request.url).pathname.split('/').pop() ?? '')
            .filter((file) => engineFiles().includes(file));
        await waitUntilSettled(log.page, tag);
        assert.deepEqual(engineLoaded(), [], 'on load');
        // Clicking around (but not on a button that asks for a map, which the next test covers).
        const done = await exercise(log.page, tag, { skip: /karte/i });
        assert.deepEqual(engineLoaded(), [], `after: ${done.join(', ')}`);
        await log.context.close();
      });
    }

    // The map itself (without the consent attribute) and the concern form's location picker: the
    // engine and the tiles arrive only after the visitor's click on the button that asks for them.
    const askers = [
      [
        'the results map, once the visitor agrees to see a map',
        'kd-results-map',
        '<kd-results-map tiles="/tiles/tile.png?{z}/{x}/{y}"></kd-results-map>',
      ],
      [
        'the concern form, once the visitor asks to pick a place on a map',
        'kd-concern-form',
        widgetMarkup('kd-concern-form'),
      ],
    ] as const;
    for (const [when, tag, markup] of askers) {
      it(`downloads the map engine and tiles only for ${when}`, async () => {
        const log = await openPage(h.browser, { recordViolations: false });
        const body = `<kd-provider municipality="tuebingen"><section class="slot">${markup}</section></kd-provider>`;
        await log.page.goto(
          h.server.page(`asks-${tag}`, hostPage({ title: tag, scripts: ['/cdn/kommunaldialog.js'], body })),
        );
        await waitUntilSettled(log.page, tag);
        await log.page.waitForLoadState('networkidle');
        const mapFiles = (): string[] =>
          log.requests
            .map((request) => new URL(request.url).pathname)
            .filter(
              (path) => path.startsWith('/tiles/') || engineFiles().some((file) => path.endsWith(file)),
            );
        assert.deepEqual(mapFiles(), []);

        await log.page.getByRole('button', { name: /karte/i }).first().click();
        await log.page.waitForResponse((response) => response.url().includes('/tiles/'));
        assert.ok(
          mapFiles().some((path) => path.includes('kd-map-engine-')),
          'the engine chunk loaded',
        );
        await log.context.close();
      });
    }
  }
});
