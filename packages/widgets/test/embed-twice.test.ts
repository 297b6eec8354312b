// The bundle twice on one page, two copies of it, and two versions: the second registration of
// each tag is skipped without an error, the page keeps one `Kommunaldialog` namespace, and the
// widgets work whichever copy's classes they got.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, launchChromium, openPage, waitUntilSettled } from './support/browser.js';
import { definedTags, widgetTags } from './support/manifest.js';
import { PACKAGE_DIR } from './support/paths.js';
import { allWidgets, hostPage, STRICT_CSP } from './support/pages.js';
import { OTHER_VERSION, startEmbedServer, type EmbedServer } from './support/server.js';

interface Namespace {
  version: string;
  elements: Record<string, string>;
}

function namespace(page: Page): Promise<Namespace> {
  return page.evaluate(() => {
    const ns = (window as unknown as { Kommunaldialog: Namespace }).Kommunaldialog;
    return { version: ns.version, elements: { ...ns.elements } };
  });
}

async function allSettled(page: Page): Promise<void> {
  for (const tag of widgetTags()) {
    await waitUntilSettled(page, tag);
    assert.equal(await page.locator(`${tag} .kd-error`).count(), 0, `${tag} shows its error state`);
  }
}

describe('more than one copy of the widgets on a page', () => {
  let server: EmbedServer;
  let browser: Browser;
  let version: string;
  before(async () => {
    server = await startEmbedServer();
    browser = await launchChromium();
    version = (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string })
      .version;
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  it('the same bundle loaded twice (once more under another URL) defines each tag once, without errors', async () => {
    const log = await openPage(browser);
    const url = server.page(
      'twice',
      hostPage({
        title: 'twice',
        stylesheets: ['/fixtures/layout.css'],
        scripts: ['/cdn/kommunaldialog.js', '/cdn/kommunaldialog.js'],
        body: allWidgets(widgetTags()),
      }),
    );
    await log.page.goto(url);
    await allSettled(log.page);
    // A CMS that inserts the snippet again later, e.g. from a second content element.
    await log.page.evaluate((src) => import(src), `${server.url}/cdn/kommunaldialog.js?again`);
    await log.page.evaluate(() => customElements.whenDefined('kd-provider'));
    const ns = await namespace(log.page);
    assert.equal(ns.version, version);
    assert.deepEqual(Object.keys(ns.elements).sort(), definedTags());
    await allSettled(log.page);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    await log.context.close();
  });

  it('two copies of the build: the first defines, the second is skipped, one namespace', async () => {
    const log = await openPage(browser);
    const url = server.page(
      'copies',
      hostPage({
        title: 'copies',
        stylesheets: ['/fixtures/layout.css'],
        scripts: ['/cdn/kommunaldialog.js', '/cdn-copy/kommunaldialog.js'],
        body: allWidgets(widgetTags()),
      }),
    );
    await log.page.goto(url);
    await allSettled(log.page);
    // Both copies really ran: two Lit copies announced themselves.
    const litCopies = await log.page.evaluate(
      () => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0,
    );
    assert.equal(litCopies, 2);
    // Production Lit: no dev-mode notice, no "multiple versions of Lit" warning.
    assert.deepEqual(log.consoleWarnings, []);
    const ns = await namespace(log.page);
    assert.deepEqual(Object.keys(ns.elements).sort(), definedTags());
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    await log.context.close();
  });

  it('a provider from one copy configures a widget from the other (string context key)', async () => {
    const [tag] = widgetTags().filter((t) => t !== 'kd-concern-status');
    assert.ok(tag, 'a widget to test with');
    const log = await openPage(browser);
    const url = server.page(
      'mixed',
      hostPage({
        title: 'mixed',
        stylesheets: ['/fixtures/layout.css'],
        scripts: ['/cdn/kd-provider.js', `/cdn-copy/${tag}.js`],
        body: `<kd-provider municipality="freiburg" lang="uk"><section class="slot"><${tag}></${tag}></section></kd-provider>`,
      }),
    );
    await log.page.goto(url);
    await waitUntilSettled(log.page, tag);
    const seen = await log.page.evaluate((t) => {
      const widget = document.querySelector(t) as HTMLElement & {
        resolvedMunicipality?: string;
        locale?: string;
      };
      const provider = document.querySelector('kd-provider')!;
      return {
        municipality: widget.resolvedMunicipality,
        locale: widget.locale,
        sameLit: widget.constructor !== provider.constructor,
      };
    }, tag);
    assert.deepEqual(seen, { municipality: 'freiburg', locale: 'uk', sameLit: true });
    assert.deepEqual(log.errors, []);
    await log.context.close();
  });

  it('two versions: the first one loaded owns the namespace and the tags; the page keeps working', async () => {
    const log = await openPage(browser);
    const url = server.page(
      'versions',
      hostPage({
        title: 'versions',
        stylesheets: ['/fixtures/layout.css'],
        scripts: ['/cdn-other/kommunaldialog.js', '/cdn/kommunaldialog.js'],
        body: allWidgets(widgetTags()),
      }),
    );
    await log.page.goto(url);
    await allSettled(log.page);
    const ns = await namespace(log.page);
    assert.equal(ns.version, OTHER_VERSION);
    assert.deepEqual(ns.elements, Object.fromEntries(definedTags().map((tag) => [tag, OTHER_VERSION])));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    await log.context.close();
  });

  it("two copies under the strict CSP need only 'allow-duplicates' for the policy names", async () => {
    const log = await openPage(browser);
    const csp = `${STRICT_CSP} 'allow-duplicates'`;
    const url = server.page(
      'copies-csp',
      hostPage({
        title: 'copies',
        csp,
        stylesheets: ['/fixtures/layout.css'],
        scripts: ['/cdn/kommunaldialog.js', '/cdn-copy/kommunaldialog.js'],
        body: allWidgets(widgetTags()),
      }),
    );
    await log.page.goto(url);
    await allSettled(log.page);
    assert.deepEqual(describeViolations(await log.violations()), []);
    assert.deepEqual(log.cspConsoleMessages(), []);
    assert.deepEqual(log.errors, []);
    await log.context.close();
  });
});
