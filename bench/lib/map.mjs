// Results map, 10 000 and 100 000 results: kd-results-map vs Leaflet.markercluster on the same
// points — data → clusters on screen, a zoom step, a pan, and the longest main-thread task.
import { join } from 'node:path';
import { generateResults } from '@kommunaldialog/api-mock';
import { summarize } from './stats.mjs';
import { withPage, within } from './browser.mjs';
import { repeat } from './runs.mjs';
import { MAP_MUNICIPALITY } from './server.mjs';
import { recordResults } from './recordings.mjs';

async function runPage(browser, url, rate, options, stepMs) {
  return withPage(browser, { rate }, async (page) => {
    await page.goto(url);
    await within(
      stepMs,
      page.evaluate((o) => window.bench.prepare(o), options),
      `${url} prepare`,
    );
    const first = await within(
      stepMs,
      page.evaluate((o) => window.bench.firstRender(o), options),
      `${url} data → clusters`,
    );
    const zoom = await within(
      stepMs,
      page.evaluate(() => window.bench.zoomIn()),
      `${url} zoom`,
    );
    const pan = await within(
      stepMs,
      page.evaluate(() => window.bench.pan()),
      `${url} pan`,
    );
    return { first, zoom, pan };
  });
}

/** Runs one side and turns a run that failed or timed out into a note instead of a number. */
async function attempt(fn) {
  try {
    return await fn();
  } catch (error) {
    return { error: error.message.split('\n')[0] };
  }
}

function summary(results) {
  const ok = results.filter((r) => !r.error);
  return {
    first: summarize(ok.map((r) => r.first.ms)),
    longest: summarize(ok.map((r) => r.first.longestTaskMs)),
    zoom: summarize(ok.map((r) => r.zoom.ms)),
    pan: summarize(ok.map((r) => r.pan.ms)),
    drawn: ok[0]?.first.drawn,
    misses: Math.max(0, ...ok.map((r) => r.first.misses ?? 0)),
    errors: results.filter((r) => r.error).map((r) => r.error),
  };
}

export async function benchMap({ browser, server, origin, workDir, sizes, rates, plan, log }) {
  const out = [];
  for (const size of sizes) {
    const recording = `rec/map-${size}.json`;
    const results = generateResults(size, { municipalities: [MAP_MUNICIPALITY], idPrefix: 'bench' });
    await recordResults({
      api: server.api,
      baseUrl: `${origin}/v1`,
      results,
      municipality: MAP_MUNICIPALITY,
      file: join(workDir, recording),
    });
    const stepMs = plan.stepMs(size);
    const options = {
      municipality: MAP_MUNICIPALITY,
      engine: `/cdn/${plan.engineChunk}`,
      recording: `/work/${recording}`,
    };
    let unthrottledRunMs;
    for (const rate of rates) {
      // A throttled run of a big set can take minutes: estimated from the unthrottled one, it
      // is left out (and says so) when it would not fit the time budget.
      const estimate = unthrottledRunMs === undefined ? undefined : unthrottledRunMs * rate;
      if (rate > 1 && estimate !== undefined && estimate > plan.longestRunMs) {
        out.push({
          size,
          rate,
          skipped: `one run at CPU ×1 took ${Math.round(unthrottledRunMs / 1000)} s, at ×${rate} it would take about ${Math.round(estimate / 1000)} s (over the ${Math.round(plan.longestRunMs / 1000)} s budget of one run; BENCH_HEAVY=1 measures it)`,
        });
        log(`map ${size} ×${rate}: skipped, estimated ${Math.round(estimate / 1000)} s a run`);
        continue;
      }
      const ours = [];
      const peer = [];
      await repeat(plan.runs(size, rate), async (i) => {
        const runStarted = Date.now();
        // The widget first: its map's size is the size the plug-in gets.
        const mine = await attempt(() => runPage(browser, `${origin}/bench/map.html`, rate, options, stepMs));
        ours.push(mine);
        const size2d = mine.error
          ? { width: 780, height: 500 }
          : { width: mine.first.width, height: mine.first.height };
        const theirs = await attempt(() =>
          runPage(browser, `${origin}/bench/markercluster.html`, rate, { ...options, ...size2d }, stepMs),
        );
        peer.push(theirs);
        const show = (r) => (r.error ? `failed (${r.error})` : `${Math.round(r.first.ms)} ms`);
        log(`map ${size} ×${rate} run ${i + 1}: ours ${show(mine)} / markercluster ${show(theirs)}`);
        if (rate === 1) unthrottledRunMs = Math.min(unthrottledRunMs ?? Infinity, Date.now() - runStarted);
      });
      out.push({ size, rate, ours: summary(ours), peer: summary(peer) });
    }
  }
  return out;
}
