// A host page with the strict CSP of issue 3, Trusted Types enforced: every widget renders and
// is used, and the page sees no `securitypolicyviolation` at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeViolations, openPage, waitUntilSettled } from './support/browser.js';
import { exercise } from './support/exercise.js';
import { definedTags, widgetTags } from './support/manifest.js';
import { allWidgets, hostPage, STRICT_CSP } from './support/pages.js';
import { embedHarness } from './support/harness.js';

describe('under a strict Content Security Policy with Trusted Types', () => {
  const h = embedHarness();

  it('kommunaldialog.js registers every element of the manifest and nothing breaks the policy', async () => {
    const log = await openPage(h.browser);
    const url = h.server.page(
      'csp-all',
      hostPage({
        title: 'CSP',
        csp: STRICT_CSP,
        stylesheets: ['/fixtures/layout.css'],
        scripts: ['/cdn/kommunaldialog.js'],
        body: allWidgets(widgetTags()),
      }),
    );
    await log.page.goto(url);
    await log.page.waitForFunction(() => 'Kommunaldialog' in window);
    const registered = await log.page.evaluate(() =>
      Object.keys(
        (window as unknown as { Kommunaldialog: { elements: object } }).Kommunaldialog.elements,
      ).sort(),
    );
    assert.deepEqual(registered, definedTags());

    for (const tag of widgetTags()) {
      await waitUntilSettled(log.page, tag);
      const errorState = await log.page.locator(`${tag} .kd-error`).count();
      assert.equal(errorState, 0, `${tag} shows its error state`);
    }
    for (const tag of widgetTags()) await exercise(log.page, tag);

    assert.deepEqual(describeViolations(await log.violations()), []);
    assert.deepEqual(log.cspConsoleMessages(), []);
    assert.deepEqual(log.errors, []);
    // The Arabic strings came from their own chunk, which the policy allowed.
    assert.ok(
      log.requests.some((request) => /\/cdn\/kd-locale-ar-[\w-]+\.js$/.test(request.url)),
      'the Arabic locale chunk was loaded',
    );
    await log.context.close();
  });

  for (const tag of widgetTags()) {
    it(`${tag}.js alone works under the policy`, async () => {
      const log = await openPage(h.browser);
      const url = h.server.page(
        `csp-${tag}`,
        hostPage({
          title: tag,
          csp: STRICT_CSP,
          stylesheets: ['/fixtures/layout.css'],
          scripts: ['/cdn/kd-provider.js', `/cdn/${tag}.js`],
          body: allWidgets([tag]),
        }),
      );
      await log.page.goto(url);
      await exercise(log.page, tag);
      assert.deepEqual(describeViolations(await log.violations()), []);
      assert.deepEqual(log.cspConsoleMessages(), []);
      assert.deepEqual(log.errors, []);
      await log.context.close();
    });
  }
});
