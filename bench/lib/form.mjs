// Concern form: time to interactive as a page embeds it, and the delay of keystrokes typed
// while the proof of work runs — in its Web Worker (normal) and on the main thread (the
// fallback when a page's CSP blocks workers).
import { summarize } from './stats.mjs';
import { withPage, within } from './browser.mjs';
import { repeat } from './runs.mjs';

const DURING = 'Die Straßenlaterne an der Haltestelle ist seit Wochen dunkel. Bitte prüfen Sie das.';
const AFTER = ' Danke';
const STEP_MS = 60_000;

async function runOnce(browser, origin, rate, mode) {
  return withPage(browser, { rate }, async (page) => {
    await page.goto(`${origin}/bench/form.html${mode === 'main-thread' ? '?noworker' : ''}`);
    const tti = await within(
      STEP_MS,
      page.evaluate(() => window.bench.tti()),
      'form: interactive',
    );
    // Focusing a field starts the proof of work; typing starts at once.
    await page.locator('kd-concern-form textarea#description').click();
    // Type until the proof of work is done (or the text ends), then a few keys more with it done.
    const done = () => page.evaluate(() => window.bench.powDone());
    for (let i = 0; i < DURING.length; i += 3) {
      await page.keyboard.type(DURING.slice(i, i + 3));
      if (await done()) break;
    }
    const deadline = Date.now() + STEP_MS;
    while (!(await done()) && Date.now() < deadline) await page.waitForTimeout(50);
    await page.keyboard.type(AFTER);
    await page.waitForTimeout(50);
    return { tti, ...(await page.evaluate(() => window.bench.report())) };
  });
}

export async function benchForm({ browser, origin, rates, plan, log }) {
  const out = [];
  for (const rate of rates) {
    const byMode = {};
    for (const mode of ['worker', 'main-thread']) {
      const runs = await repeat(plan.runs(rate, mode), async (i) => {
        const r = await runOnce(browser, origin, rate, mode);
        log(
          `form ×${rate} ${mode} run ${i + 1}: interactive ${Math.round(r.tti)} ms, proof of work ${r.pow.ms === null ? '?' : Math.round(r.pow.ms)} ms, ${r.during.length} keys during it`,
        );
        return r;
      });
      const during = runs.flatMap((r) => r.during);
      const after = runs.flatMap((r) => r.after);
      byMode[mode] = {
        runs: runs.length,
        tti: summarize(runs.map((r) => r.tti)),
        pow: summarize(runs.map((r) => r.pow.ms)),
        delayDuring: summarize(during.map((k) => k.delay)),
        frameDuring: summarize(during.map((k) => k.frame)),
        delayAfter: summarize(after.map((k) => k.delay)),
        frameAfter: summarize(after.map((k) => k.frame)),
        keysDuring: during.length,
      };
    }
    out.push({ rate, ...byMode });
  }
  return out;
}
