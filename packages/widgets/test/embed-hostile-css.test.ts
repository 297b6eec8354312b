// A host page with the CSS CMS themes put on every element (test-fixtures/embed/hostile.css):
// each widget must look exactly as it does on a plain page. Element screenshots, compared pixel
// by pixel; a difference writes both images to a temp folder for inspection.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openPage, waitUntilSettled } from './support/browser.js';
import { widgetTags } from './support/manifest.js';
import { allWidgets, hostPage } from './support/pages.js';
import { comparePngs } from './support/png.js';
import { embedHarness } from './support/harness.js';

/** Anti-aliasing may differ by a shade on a handful of pixels; anything more is a visible change. */
const CHANNEL_TOLERANCE = 8;
const MAX_DIFFERING_SHARE = 0.0005;

describe('on a page with hostile global CSS', () => {
  const h = embedHarness();

  async function screenshot(tag: string, stylesheets: string[], name: string): Promise<Buffer> {
    const log = await openPage(h.browser, { recordViolations: false });
    const url = h.server.page(
      name,
      hostPage({ title: tag, stylesheets, scripts: ['/cdn/kommunaldialog.js'], body: allWidgets([tag]) }),
    );
    await log.page.goto(url);
    await waitUntilSettled(log.page, tag);
    await log.page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Tiles and other images finished loading, so both pages are complete.
    await log.page.waitForLoadState('networkidle');
    const image = await log.page.locator(tag).screenshot({ animations: 'disabled', caret: 'hide' });
    assert.deepEqual(log.errors, []);
    await log.context.close();
    return image;
  }

  for (const tag of widgetTags()) {
    it(`${tag} looks the same`, async () => {
      const plain = await screenshot(tag, ['/fixtures/layout.css'], `plain-${tag}`);
      const hostile = await screenshot(
        tag,
        ['/fixtures/layout.css', '/fixtures/hostile.css'],
        `hostile-${tag}`,
      );
      if (plain.equals(hostile)) return;
      const { differing, total, sizes } = comparePngs(plain, hostile, CHANNEL_TOLERANCE);
      if (differing <= total * MAX_DIFFERING_SHARE) return;
      const dir = mkdtempSync(join(tmpdir(), `kd-hostile-${tag}-`));
      writeFileSync(join(dir, 'plain.png'), plain);
      writeFileSync(join(dir, 'hostile.png'), hostile);
      assert.fail(
        `${tag} changed under hostile CSS: ${Number.isFinite(differing) ? `${String(differing)} of ${String(total)} pixels differ` : `size ${sizes}`}; screenshots in ${dir}`,
      );
    });
  }
});
