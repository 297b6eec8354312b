// The embed-code generator (/embed of the demo server, `kommunaldialog-mock --demo`): the page
// keeps its own strict CSP, offers every widget, and the snippet it hands out works on a host
// page with that CSP — its `integrity` values are the files' real sha384.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { describeViolations, launchChromium, openPage, waitUntilSettled } from './support/browser.js';
import { widgetTags } from './support/manifest.js';
import { CDN_DIR } from './support/paths.js';
import { hostPage, STRICT_CSP } from './support/pages.js';

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('@kommunaldialog/api-mock/package.json')), 'dist', 'cli.js');

function sha384(file: string): string {
  return `sha384-${createHash('sha384')
    .update(readFileSync(join(CDN_DIR, file)))
    .digest('base64')}`;
}

describe('the embed-code generator at /embed', () => {
  let cli: ChildProcess;
  let origin: string;
  let browser: Browser;
  before(async () => {
    cli = spawn(process.execPath, [CLI, '--demo', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    cli.stdout!.setEncoding('utf8');
    while (!/Demo page: (\S+)\//.test(output)) {
      const [chunk] = (await Promise.race([
        once(cli.stdout!, 'data'),
        once(cli, 'exit').then(() => {
          throw new Error(`the CLI exited: ${output}`);
        }),
      ])) as [string];
      output += chunk;
    }
    origin = /Demo page: (\S+)\//.exec(output)![1]!;
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
    cli.kill('SIGTERM');
    await once(cli, 'exit');
  });

  it('offers every widget, previews the choice and writes a snippet with the real integrity', async () => {
    const log = await openPage(browser);
    await log.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await log.page.goto(`${origin}/embed`);
    const snippet = log.page.getByLabel('HTML für Ihre Seite');
    await assert.doesNotReject(
      log.page.waitForFunction(
        () => (document.getElementById('snippet') as HTMLTextAreaElement).value !== '',
      ),
    );

    const offered = await log.page
      .locator('#widget option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).sort());
    assert.deepEqual(offered, widgetTags());

    const tag = widgetTags().includes('kd-event-calendar') ? 'kd-event-calendar' : widgetTags()[0]!;
    await log.page.getByLabel('Widget', { exact: true }).selectOption(tag);
    await log.page.getByLabel('Kommune', { exact: true }).selectOption('freiburg');
    await log.page.getByLabel('Sprache', { exact: true }).selectOption('uk');
    const code = await snippet.inputValue();
    const municipality = await log.page.getByLabel('Kommune', { exact: true }).inputValue();
    assert.ok(code.includes(`<${tag} municipality="${municipality}" lang="uk"></${tag}>`), code);

    // Every file the snippet names carries the sha384 of the file on disk.
    const named = [...code.matchAll(/(?:src|href)="[^"]*\/cdn\/([^"]+)" integrity="([^"]+)"/g)].map(
      ([, file, integrity]) => ({ file: file!, integrity }),
    );
    assert.ok(
      named.some(({ file }) => file === `${tag}.js`),
      'the entry file is in the snippet',
    );
    assert.deepEqual(
      named,
      named.map(({ file }) => ({ file, integrity: sha384(file) })),
    );

    // The preview is the real widget with the chosen settings.
    await waitUntilSettled(log.page, `#preview ${tag}`);
    const previewLang = await log.page
      .locator(`#preview ${tag}`)
      .evaluate((el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'));
    assert.equal(previewLang, 'uk');

    // Own colours: CSS for the page's stylesheet, and the preview shows them.
    await log.page.getByLabel('Akzent (Schaltflächen, Links)').fill('#8a1538');
    assert.match(
      await log.page.getByLabel('CSS für Ihr Stylesheet (eigene Farben)').inputValue(),
      /--kd-color-primary: #8a1538;/,
    );
    const applied = await log.page
      .locator(`#preview ${tag}`)
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--kd-color-primary').trim());
    assert.equal(applied, '#8a1538');

    // Copy, announced in the live region.
    await log.page.getByRole('button', { name: 'HTML kopieren' }).click();
    await log.page.getByRole('status').filter({ hasText: 'HTML kopiert.' }).waitFor();
    assert.equal(await log.page.evaluate(() => navigator.clipboard.readText()), await snippet.inputValue());

    assert.deepEqual(describeViolations(await log.violations()), []);
    assert.deepEqual(log.cspConsoleMessages(), []);
    assert.deepEqual(log.errors, []);

    // Accessible: axe finds nothing on the page (run last: axe itself is not written for Trusted Types).
    await log.page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await log.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${String(v.nodes.length)})`);
    });
    assert.deepEqual(violations, []);
    await log.context.close();
  });

  it('the snippet, pasted into a page with the strict CSP, loads and renders the widget', async () => {
    const log = await openPage(browser);
    await log.page.goto(`${origin}/embed?municipality=tuebingen`);
    await log.page.waitForFunction(
      () => (document.getElementById('snippet') as HTMLTextAreaElement).value !== '',
    );
    const tag = await log.page.getByLabel('Widget', { exact: true }).inputValue();
    const code = await log.page.getByLabel('HTML für Ihre Seite').inputValue();
    await log.context.close();

    const host = await openPage(browser);
    // A page of the municipality's site, on the same origin as the CDN and API here.
    await host.page.route(`${origin}/gemeinde/seite.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: hostPage({ title: 'Gemeinde', csp: STRICT_CSP, body: `<main>${code}</main>` }),
      }),
    );
    await host.page.goto(`${origin}/gemeinde/seite.html`);
    await waitUntilSettled(host.page, tag);
    assert.equal(await host.page.evaluate((t) => customElements.get(t) !== undefined, tag), true);
    assert.deepEqual(describeViolations(await host.violations()), []);
    assert.deepEqual(host.errors, []);
    await host.context.close();
  });
});
