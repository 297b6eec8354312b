// `npm run bench`: bytes and speed of the widgets, the SDK and the API mock, side by side with
// FullCalendar and Leaflet.markercluster, measured in one run on the same data. Prints one
// markdown table and writes it to bench/RESULTS.md with the machine it ran on.
//
//   BENCH_QUICK=1   fewer runs (about half the time; figures rest on 1–3 runs)
//   BENCH_ONLY=bytes,calendar,map,form,sdk,api   only these sections
//   BENCH_WORK_DIR=dir scratch folder (default bench/.work)
//   BENCH_HEAVY=1   also the throttled 100 000-result map when one run would take over a minute
//
// (From the root, turbo hands these variables to the task only if turbo.json passes them through;
// `npm run bench -w @kommunaldialog/bench` always sees them.)
//
// Everything runs on loopback; every loop and every wait is bounded. Nothing passes or fails on
// a timing: the exit status is non-zero only when the benchmark itself could not run.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPeers, measureBytes } from './lib/bytes.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { benchCalendar } from './lib/calendar.mjs';
import { benchMap } from './lib/map.mjs';
import { benchForm } from './lib/form.mjs';
import { benchSdk } from './lib/sdk.mjs';
import { benchApi } from './lib/api.mjs';
import { startBenchServer } from './lib/server.mjs';
import { renderResults, renderTable } from './lib/report.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = join(benchDir, '..');
const widgetsDir = join(rootDir, 'packages', 'widgets');
// BENCH_WORK_DIR lets two benchmarks run side by side without sharing their scratch files.
const workDir = process.env.BENCH_WORK_DIR ?? join(benchDir, '.work');
const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY
  ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim()))
  : undefined;
const wanted = (section) => !only || only.has(section);

const started = new Date();
const loadStart = loadavg()[0].toFixed(2);
const log = (message) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - started.getTime()) / 1000)}s] ${message}\n`);

/**
 * How many runs each figure gets: `max` at most, `min` at least, and no new run once the
 * section's budget (ms) is spent. A full run gives every figure 7 runs (the median of seven is
 * what the README quotes); BENCH_QUICK=1 is for trying a change, its figures rest on 1–3 runs.
 */
const plan = {
  calendar: (rate) =>
    quick ? { min: 2, max: 3, budgetMs: 15_000 } : { min: 7, max: 7, budgetMs: 0 },
  map: (size, rate) => {
    if (size > 10_000) return quick ? { min: 1, max: 1, budgetMs: 0 } : { min: 7, max: 7, budgetMs: 0 };
    return quick
      ? { min: 2, max: 3, budgetMs: 10_000 }
      : { min: 7, max: 7, budgetMs: 0 };
  },
  form: () => {
    if (quick) return { min: 2, max: 2, budgetMs: 0 };
    return { min: 7, max: 7, budgetMs: 0 };
  },
};
const RATES = [1, 4];

/** A copy of dist/cdn taken while no build is writing it (its sri.json names every other file). */
function snapshotCdn() {
  const source = join(widgetsDir, 'dist', 'cdn');
  if (!existsSync(join(source, 'sri.json'))) {
    throw new Error(
      'packages/widgets/dist/cdn is missing: run `npm run build` (or `npm run bench` from the root, which builds first).',
    );
  }
  const target = join(workDir, 'cdn');
  for (let attempt = 0; attempt < 10; attempt++) {
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true });
    try {
      const listed = Object.keys(JSON.parse(readFileSync(join(target, 'sri.json'), 'utf8'))).sort();
      const present = readdirSync(target)
        .filter((name) => name !== 'sri.json')
        .sort();
      if (listed.join() === present.join()) return target;
    } catch {
      // Caught mid-write: try again.
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  }
  throw new Error('dist/cdn keeps changing (a build is running?): try again when it is done.');
}

async function section(name, fn) {
  if (!wanted(name)) return undefined;
  const t = Date.now();
  log(`${name} …`);
  try {
    const result = await fn();
    log(`${name} done in ${Math.round((Date.now() - t) / 1000)} s`);
    return result;
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`);
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}

mkdirSync(join(workDir, 'rec'), { recursive: true });
const sections = {};
const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  ramGiB: (totalmem() / 2 ** 30).toFixed(1),
  os: osName(),
  node: process.versions.node,
  chromium: 'not started',
  playwright: JSON.parse(
    readFileSync(join(rootDir, 'node_modules', 'playwright-core', 'package.json'), 'utf8'),
  ).version,
  loadStart,
  loadEnd: '',
};

const peerFiles = await buildPeers({ benchDir, rootDir, workDir });

sections.bytes = await section('bytes', () =>
  measureBytes({ benchDir, widgetsDir, workDir, peerFiles: Object.values(peerFiles) }),
);

const browserSections = ['calendar', 'map', 'form'].filter(wanted);
if (browserSections.length > 0) {
  const cdnDir = snapshotCdn();
  const engineChunk = readdirSync(cdnDir).find((name) => name.startsWith('kd-map-engine-'));
  const server = await startBenchServer({ cdnDir, pagesDir: join(benchDir, 'pages'), workDir });
  let browser;
  try {
    browser = await launchBrowser();
    machine.chromium = browser.version();
    const origin = server.url;
    sections.calendar = await section('calendar', async () => ({
      results: await benchCalendar({ browser, origin, workDir, rates: RATES, plan: plan.calendar, log }),
    }));
    sections.map = await section('map', async () => {
      if (!engineChunk) throw new Error('no kd-map-engine chunk in dist/cdn');
      return {
        results: await benchMap({
          browser,
          server,
          origin,
          workDir,
          sizes: [10_000, 100_000],
          rates: RATES,
          plan: {
            engineChunk,
            runs: plan.map,
            stepMs: (size) => (size > 10_000 ? 180_000 : 60_000),
            longestRunMs: process.env.BENCH_HEAVY === '1' ? Infinity : 60_000,
          },
          log,
        }),
      };
    });
    sections.form = await section('form', async () => ({
      results: await benchForm({ browser, origin, rates: RATES, plan: { runs: plan.form }, log }),
    }));
  } finally {
    await browser?.close();
    await server.close();
  }
}

sections.sdk = await section('sdk', () => benchSdk({ iterations: quick ? 5 : 15 }));
sections.api = await section('api', () => benchApi({ rootDir, seconds: quick ? 2 : 5, connections: 10 }));

// The recordings are large (the 100 000-result one is about 100 MB) and made anew every run.
rmSync(join(workDir, 'rec'), { recursive: true, force: true });
machine.loadEnd = loadavg()[0].toFixed(2);
const seconds = (Date.now() - started.getTime()) / 1000;
const table = renderTable(sections);
process.stdout.write(`\n${table}\n\n`);
if (only) {
  log(`BENCH_ONLY: bench/RESULTS.md keeps the last full run (${Math.round(seconds)} s)`);
} else {
  writeFileSync(join(benchDir, 'RESULTS.md'), renderResults({ table, machine, started, seconds, quick }));
  log(`wrote bench/RESULTS.md (${Math.round(seconds)} s)`);
}
// A section that could not run at all is an error of the benchmark (its row says why).
const failed = Object.entries(sections).filter(([, result]) => result?.error);
if (failed.length > 0) {
  log(`could not measure: ${failed.map(([name]) => name).join(', ')}`);
  process.exitCode = 1;
}

function osName() {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) return `${pretty[1]} (Linux ${release()})`;
  } catch {
    // Not Linux, or no os-release.
  }
  return `${process.platform} ${release()}`;
}
