// Bytes: the widgets' CDN files and pages as scripts/check-budget.mjs measures them, beside
// FullCalendar and Leaflet + Leaflet.markercluster bundled here with esbuild the same way.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Builds the peer bundles into `<work>/peers/` (also what the peer benchmark pages load). */
export async function buildPeers({ benchDir, rootDir, workDir }) {
  const out = join(workDir, 'peers');
  mkdirSync(out, { recursive: true });
  const esbuild = join(rootDir, 'node_modules', '.bin', 'esbuild');
  const bundles = [
    { entry: 'fullcalendar.entry.js', file: 'fullcalendar.js', args: [] },
    { entry: 'leaflet-markercluster.entry.js', file: 'leaflet-markercluster.js', args: [] },
    // Leaflet's CSS names a few images (layer switcher, default marker): not part of the count.
    {
      entry: 'leaflet-markercluster.entry.css',
      file: 'leaflet-markercluster.css',
      args: ['--external:*.png'],
    },
  ];
  for (const bundle of bundles) {
    await run(
      esbuild,
      [
        join(benchDir, 'peers', bundle.entry),
        '--bundle',
        '--minify',
        '--format=esm',
        `--outfile=${join(out, bundle.file)}`,
        '--log-level=warning',
        ...bundle.args,
      ],
      { cwd: benchDir },
    );
  }
  return Object.fromEntries(bundles.map((b) => [b.file, join(out, b.file)]));
}

/**
 * Runs the budget script (in a child process: it is a command-line script) and measures the
 * peer files with its compression functions. Returns `{ pages, files, peers, log }`.
 */
export async function measureBytes({ benchDir, widgetsDir, workDir, peerFiles }) {
  const budgetJson = join(workDir, 'budget.json');
  const peersJson = join(workDir, 'peer-bytes.json');
  writeFileSync(peersJson, 'null');
  const { stdout } = await run(
    process.execPath,
    [
      join(benchDir, 'lib', 'bytes-child.mjs'),
      join(widgetsDir, 'scripts', 'check-budget.mjs'),
      budgetJson,
      peersJson,
      ...peerFiles,
    ],
    { cwd: widgetsDir, maxBuffer: 64 * 1024 * 1024 },
  );
  const budget = JSON.parse(readFileSync(budgetJson, 'utf8'));
  const peerResult = JSON.parse(readFileSync(peersJson, 'utf8'));
  return {
    pages: budget.budgets,
    files: budget.files,
    peers: peerResult?.peers ?? null,
    peersReason: peerResult?.reason,
    log: stdout,
  };
}
