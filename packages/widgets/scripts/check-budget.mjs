// Byte budgets of the CDN build (issue 3 §6, issue 7): what a German page downloads before the
// visitor does anything, measured by following the static imports of the CDN entry files.
// Deterministic: gzip -9 and brotli -q 11 through node:zlib on the build's exact bytes.
//
//   node scripts/check-budget.mjs [--json <file>]
//
// Builds the CDN files in memory with the same rollup options as `npm run build` (so it can name
// the modules inside each chunk), checks that dist/cdn holds the same bytes, prints one table of
// pages and one of the biggest contributors, and exits 1 when a page is over its budget.
// A page whose widget does not exist yet is reported as skipped, never as passed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnConfig } from '../rollup.config.mjs';

const KB = 1000;
const BUDGETS = {
  core: 24 * KB,
  calendar: 32 * KB,
  form: 32 * KB,
  map: 85 * KB,
  all: 100 * KB,
  locale: 6 * KB,
};
const WIDGETS = { calendar: 'kd-event-calendar', form: 'kd-concern-form', map: 'kd-results-map' };
const LOCALES = ['en', 'ar', 'fa', 'uk', 'tr', 'de-x-ls'];
/** Modules of the map engine: downloaded once a map is shown, which counts for the map page. */
const ENGINE = /[\\/]node_modules[\\/](leaflet|supercluster|kdbush)[\\/]/;

const VLQ = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
const fmt = (n) => n.toLocaleString('en-US').replaceAll(',', ' ');

// ---------------------------------------------------------------------------------------------
// Build in memory, compare with dist/cdn.
const config = cdnConfig();
const build = await rollup(config);
// A hidden source map (no comment in the code, so the bytes equal the build's) names the modules.
const { output } = await build.generate({ ...config.output, sourcemap: 'hidden' });
await build.close();

const chunks = new Map(
  output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
);
const bytesOf = new Map([...chunks].map(([name, chunk]) => [name, Buffer.from(chunk.code)]));
const distCdn = new URL('../dist/cdn/', import.meta.url);
const stale = [...bytesOf]
  .filter(([name, bytes]) => {
    const file = new URL(name, distCdn);
    return !existsSync(file) || !readFileSync(file).equals(bytes);
  })
  .map(([name]) => name);

const sizeCache = new Map();
function sizes(name) {
  let size = sizeCache.get(name);
  if (!size) {
    const bytes = bytesOf.get(name);
    sizeCache.set(name, (size = { min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) }));
  }
  return size;
}

function staticClosure(names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of chunks.get(name).imports) visit(dep);
  };
  for (const name of names) visit(name);
  return seen;
}

/** The engine chunks a set of chunks can reach through `import()`, with their static imports. */
function lazyEngine(names) {
  const reached = new Set();
  const queue = [...names];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const chunk = chunks.get(queue.shift());
    for (const dep of [...chunk.imports, ...chunk.dynamicImports]) {
      if (seen.has(dep) || !chunks.has(dep)) continue;
      seen.add(dep);
      queue.push(dep);
      if (Object.keys(chunks.get(dep).modules).some((id) => ENGINE.test(id))) reached.add(dep);
    }
  }
  return staticClosure(reached);
}

// The CDN entry files (not emitted worker chunks, which are entries to rollup too).
const entryNames = new Set(Object.keys(config.input).map((name) => `${name}.js`));
const widgetEntries = [...entryNames].filter(
  (name) => name !== 'kommunaldialog.js' && name !== 'kd-provider.js',
);

// ---------------------------------------------------------------------------------------------
// Pages.
const rows = [];
function page(label, files, budget, note) {
  const list = [...files].sort();
  const total = list.reduce(
    (sum, name) => {
      const size = sizes(name);
      return { min: sum.min + size.min, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli };
    },
    { min: 0, gzip: 0, brotli: 0 },
  );
  const status = total.gzip <= budget ? 'ok' : 'OVER';
  rows.push({ label, files: list, ...total, budget, status, note });
}
function skipped(label, budget, note) {
  rows.push({
    label,
    files: [],
    min: undefined,
    gzip: undefined,
    brotli: undefined,
    budget,
    status: 'SKIPPED',
    note,
  });
}

let core = new Set();
if (widgetEntries.length === 0) {
  skipped('core (shared by every widget)', BUDGETS.core, 'no widget entry yet');
} else {
  const closures = widgetEntries.map((name) => staticClosure([name]));
  core = new Set(
    [...closures[0]].filter(
      (name) => closures.every((closure) => closure.has(name)) && !entryNames.has(name),
    ),
  );
  page('core (shared by every widget)', core, BUDGETS.core, `common to ${widgetEntries.join(', ')}`);
}

for (const [key, tag] of Object.entries(WIDGETS)) {
  const label = `${key} page (${tag}.js${key === 'map' ? ' + lazy engine' : ''})`;
  const entry = `${tag}.js`;
  if (!chunks.has(entry)) {
    skipped(label, BUDGETS[key], `${tag} does not exist yet`);
    continue;
  }
  const files = staticClosure([entry]);
  if (key === 'map') {
    const engine = lazyEngine([entry]);
    if (engine.size === 0) rows.push({ note: 'map: no lazily loaded engine chunk found' });
    for (const name of engine) files.add(name);
  }
  page(label, files, BUDGETS[key]);
}

const missing = Object.values(WIDGETS).filter((tag) => !chunks.has(`${tag}.js`));
const allFiles = staticClosure(['kommunaldialog.js']);
for (const name of lazyEngine(['kommunaldialog.js'])) allFiles.add(name);
if (missing.length > 0)
  skipped('all three (kommunaldialog.js + lazy engine)', BUDGETS.all, `missing ${missing.join(', ')}`);
else page('all three (kommunaldialog.js + lazy engine)', allFiles, BUDGETS.all);

const eager = staticClosure(['kommunaldialog.js']);
for (const locale of LOCALES) {
  const pattern = new RegExp(`[\\\\/]messages[\\\\/]${locale}\\.js$`);
  const holders = [...chunks.values()]
    .filter((chunk) => Object.keys(chunk.modules).some((id) => pattern.test(id)))
    .map((chunk) => chunk.fileName);
  const extra = [...staticClosure(holders)].filter((name) => !eager.has(name));
  if (holders.length === 0)
    skipped(`locale ${locale} (on demand)`, BUDGETS.locale, 'no strings in this locale');
  else
    page(
      `locale ${locale} (on demand)`,
      extra,
      BUDGETS.locale,
      holders.some((name) => eager.has(name)) ? 'loaded eagerly!' : undefined,
    );
}

// ---------------------------------------------------------------------------------------------
// Print the page table.
const header = ['page', 'files', 'min', 'gzip', 'brotli', 'budget (gzip)', 'status'];
const table = rows
  .filter((row) => row.label)
  .map((row) => [
    row.label,
    String(row.files.length),
    row.min === undefined ? '–' : fmt(row.min),
    row.gzip === undefined ? '–' : fmt(row.gzip),
    row.brotli === undefined ? '–' : fmt(row.brotli),
    `≤ ${fmt(row.budget)}`,
    row.status === 'OVER' ? `OVER by ${fmt(row.gzip - row.budget)}` : row.status,
  ]);
printTable(
  'Byte budgets (bytes; gzip -9, brotli -q 11; German page, before the visitor acts)',
  header,
  table,
  [1, 2, 3, 4, 5],
);
for (const row of rows) {
  if (row.note) process.stdout.write(`  · ${row.label ? `${row.label}: ` : ''}${row.note}\n`);
}

const files = [...chunks.keys()].sort();
printTable(
  'Files in dist/cdn',
  ['file', 'min', 'gzip', 'brotli', 'loaded'],
  files.map((name) => {
    const size = sizes(name);
    const loaded = entryNames.has(name) ? 'entry' : eager.has(name) ? 'static' : 'on demand';
    return [name, fmt(size.min), fmt(size.gzip), fmt(size.brotli), loaded];
  }),
  [1, 2, 3],
);

// ---------------------------------------------------------------------------------------------
// Contributors, from the source map of the minified chunk: every generated character belongs to
// the module it came from (exact `min`). "gzip (alone)" gzips a module's minified pieces by
// themselves; "≈ gzip share" scales those so a chunk's modules add up to its real gzip size
// (modules compress better together than alone). Approximate by nature; the totals are exact.
const moduleShares = new Map();
for (const chunk of chunks.values()) {
  const pieces = piecesBySource(chunk.code, chunk.map);
  const standalone = new Map();
  for (const [source, text] of pieces)
    standalone.set(source, { min: text.length, gzip: gzip(Buffer.from(text)) });
  const sum = [...standalone.values()].reduce((total, size) => total + size.gzip, 0) || 1;
  const real = sizes(chunk.fileName).gzip;
  for (const [source, size] of standalone) {
    const id = source === null ? `(rollup glue in ${chunk.fileName})` : resolveSource(chunk, source);
    const rendered = chunk.modules[id]?.renderedLength ?? 0;
    moduleShares.set(`${chunk.fileName}|${id}`, {
      id,
      chunk: chunk.fileName,
      rendered,
      min: size.min,
      gzip: size.gzip,
      share: (size.gzip / sum) * real,
    });
  }
}

/** Source path in a chunk's map → module id (rollup writes paths relative to the output dir). */
function resolveSource(chunk, source) {
  const absolute = new URL(source, new URL(`file://${config.output.dir}/`)).pathname;
  return chunk.modules[absolute]
    ? absolute
    : (Object.keys(chunk.modules).find((id) => id.endsWith(source.replace(/^(\.\.\/)+/, ''))) ?? absolute);
}

/** Splits minified code into the text each source produced, by walking the source map. */
function piecesBySource(code, map) {
  const pieces = new Map();
  const lines = code.split('\n');
  const add = (source, text) => pieces.set(source, (pieces.get(source) ?? '') + text);
  let sourceIndex = 0;
  // Text after a segment without a source (terser leaves some inside template literals and
  // between tokens) belongs to the module before it; only text before any mapping is glue.
  let current = null;
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    let start = 0;
    for (const segment of lineMappings.split(',').filter(Boolean)) {
      const fields = decodeVlq(segment);
      column += fields[0];
      add(current, line.slice(start, column));
      start = column;
      if (fields.length > 1) {
        sourceIndex += fields[1];
        current = map.sources[sourceIndex];
      }
    }
    add(current, `${line.slice(start)}\n`);
  });
  return pieces;
}

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const root = new URL('..', import.meta.url).pathname;
function ownerOf(id) {
  if (id.startsWith('(')) return '(imports, exports, banner)';
  const parts = id.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) return parts[at + 1].startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
  if (id.includes(`${sep}packages${sep}sdk${sep}`)) return '@kommunaldialog/sdk';
  const inDist = id.startsWith(join(root, 'dist')) ? id.slice(join(root, 'dist').length + 1) : id;
  return `widgets/${inDist.split(sep)[0]}`;
}
function shortId(id) {
  if (id.startsWith('(')) return id;
  const at = id.lastIndexOf(`node_modules${sep}`);
  if (at >= 0) return id.slice(at + 'node_modules/'.length);
  if (id.includes(`${sep}packages${sep}sdk${sep}`))
    return `sdk/${id.split(`${sep}packages${sep}sdk${sep}`)[1]}`;
  return id.startsWith(root) ? id.slice(root.length) : id;
}

function contributors(title, fileSet, topModules = 12) {
  const modules = [...moduleShares.values()]
    .filter((info) => fileSet.has(info.chunk))
    .map((info) => [info.id, info]);
  if (modules.length === 0) return;
  const byOwner = new Map();
  for (const [id, info] of modules) {
    const owner = ownerOf(id);
    const sum = byOwner.get(owner) ?? { rendered: 0, min: 0, gzip: 0, share: 0, count: 0 };
    byOwner.set(owner, {
      rendered: sum.rendered + info.rendered,
      min: sum.min + info.min,
      gzip: sum.gzip + info.gzip,
      share: sum.share + info.share,
      count: sum.count + 1,
    });
  }
  printTable(
    `${title}: by package`,
    ['package', 'modules', 'rendered', 'min', 'gzip (alone)', '≈ gzip share'],
    [...byOwner]
      .sort((a, b) => b[1].share - a[1].share)
      .map(([owner, s]) => [
        owner,
        String(s.count),
        fmt(s.rendered),
        fmt(s.min),
        fmt(s.gzip),
        fmt(Math.round(s.share)),
      ]),
    [1, 2, 3, 4, 5],
  );
  printTable(
    `${title}: top ${String(topModules)} modules`,
    ['module', 'rendered', 'min', 'gzip (alone)', '≈ gzip share'],
    modules
      .sort((a, b) => b[1].share - a[1].share)
      .slice(0, topModules)
      .map(([id, s]) => [shortId(id), fmt(s.rendered), fmt(s.min), fmt(s.gzip), fmt(Math.round(s.share))]),
    [1, 2, 3, 4],
  );
}

process.stdout.write(
  '\nWhere the bytes come from (rendered = rollup renderedLength before minifying; min = minified bytes from the source map; "alone" = those bytes gzipped by themselves; share = alone scaled to the chunk\'s real gzip size).\n',
);
if (core.size > 0) contributors('core', core, 15);
for (const [key, tag] of Object.entries(WIDGETS)) {
  const entry = `${tag}.js`;
  if (!chunks.has(entry)) continue;
  const files = staticClosure([entry]);
  if (key === 'map') for (const name of lazyEngine([entry])) files.add(name);
  contributors(`${key} page beyond core`, new Set([...files].filter((name) => !core.has(name))), 8);
}

// ---------------------------------------------------------------------------------------------
if (stale.length > 0) {
  process.stdout.write(
    `\nNote: dist/cdn differs from a fresh build in ${String(stale.length)} file(s) (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}); the figures are for the fresh build. Run \`npm run build\`.\n`,
  );
}
if (jsonOut) {
  writeFileSync(
    jsonOut,
    `${JSON.stringify({ budgets: rows.filter((row) => row.label), files: Object.fromEntries(files.map((name) => [name, sizes(name)])) }, null, 2)}\n`,
  );
}

const over = rows.filter((row) => row.status === 'OVER');
const skippedRows = rows.filter((row) => row.status === 'SKIPPED');
process.stdout.write(
  `\n${over.length === 0 ? 'Within every budget' : `OVER BUDGET: ${over.map((row) => `${row.label} by ${fmt(row.gzip - row.budget)} bytes gzip`).join('; ')}`}` +
    `${skippedRows.length > 0 ? ` (not checked: ${skippedRows.map((row) => row.label).join(', ')})` : ''}\n`,
);
process.exit(over.length > 0 ? 1 : 0);

function printTable(title, head, body, rightAligned) {
  const widths = head.map((cell, i) => Math.max(cell.length, ...body.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (rightAligned.includes(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ');
  process.stdout.write(
    `\n${title}\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n${body.map(line).join('\n')}\n`,
  );
}
