// The one table of `npm run bench` (markdown) and bench/RESULTS.md around it.
import { fmtInt, fmtLongTask, fmtMs, fmtSummary, ratio } from './stats.mjs';

const NOT = (why) => `not measured: ${why}`;

/** `47 161 / 42 157 B` */
const bytes = (size) => (size ? `${fmtInt(size.gzip)} / ${fmtInt(size.brotli)} B` : '–');
const bytesRatio = (ours, theirs) =>
  ours && theirs ? `${ratio(ours.gzip, theirs.gzip)} / ${ratio(ours.brotli, theirs.brotli)}` : '–';
const sum = (...sizes) =>
  sizes.every(Boolean)
    ? sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }))
    : undefined;

/** Ratio of two medians, or a dash when either is missing. */
const medianRatio = (ours, theirs) => (ours && theirs ? ratio(ours.median, theirs.median) : '–');

function bytesRows(section) {
  if (section.error) return [['Bytes', NOT(section.error), '', '']];
  const { pages, files, peers } = section;
  const page = (prefix) => pages.find((p) => p.label.startsWith(prefix));
  const peer = (file) => peers?.find((p) => p.file === file);
  const fullcalendar = peer('fullcalendar.js');
  const leaflet = sum(peer('leaflet-markercluster.js'), peer('leaflet-markercluster.css'));
  const noPeers = peers ? undefined : NOT(section.peersReason ?? 'peer bundles missing');
  const rows = [['**Bytes** (gzip -9 / brotli -q 11)', '', '', '']];
  for (const [name, size] of Object.entries(files)) rows.push([`dist/cdn/${name}`, bytes(size), '', '']);
  for (const p of peers ?? []) rows.push([`Peer bundle ${p.file} (esbuild)`, '', bytes(p), '']);
  const row = (label, ours, peerLabel, theirs) => {
    const o = ours && ours.gzip !== undefined ? ours : undefined;
    rows.push([
      label,
      o ? bytes(o) : NOT(ours?.note ?? 'page has no widget yet'),
      peerLabel ? (noPeers ?? `${peerLabel}: ${bytes(theirs)}`) : '',
      peerLabel ? bytesRatio(o, theirs) : '',
    ]);
  };
  row(
    'Page with the calendar only',
    page('calendar page'),
    'FullCalendar core + daygrid + list',
    fullcalendar,
  );
  row('Page with the concern form only', page('form page'));
  row(
    'Page with the results map only (with its lazy engine)',
    page('map page'),
    'Leaflet + Leaflet.markercluster (JS + CSS)',
    leaflet,
  );
  row(
    'Page with all three',
    page('all three'),
    'FullCalendar + Leaflet + markercluster (no form)',
    sum(fullcalendar, leaflet),
  );
  return rows;
}

function calendarRows(section) {
  if (section.error) return [['Calendar month view, 5 000 events', NOT(section.error), '', '']];
  const rows = [];
  for (const { rate, ours, peer } of section.results) {
    const fc = (s, f = fmtSummary) => `FullCalendar dayGridMonth: ${f(s)}`;
    // Requests the recording did not hold went over loopback: say so next to the figure.
    const missed = ours.misses > 0 ? ` (${ours.misses} requests missed the recording)` : '';
    rows.push([
      `Calendar, 5 000 events: first render, CPU ×${rate}`,
      fmtSummary(ours.first) + missed,
      fc(peer.first),
      medianRatio(ours.first, peer.first),
    ]);
    rows.push([
      `Calendar: filter by one topic, CPU ×${rate}`,
      fmtSummary(ours.filter) + missed,
      fc(peer.filter),
      medianRatio(ours.filter, peer.filter),
    ]);
    rows.push([
      `Calendar: longest task in first render, CPU ×${rate}`,
      fmtLongTask(ours.longest),
      fc(peer.longest, fmtLongTask),
      medianRatio(ours.longest, peer.longest),
    ]);
  }
  return rows;
}

function mapRows(section) {
  if (section.error) return [['Results map', NOT(section.error), '', '']];
  const rows = [];
  for (const { size, rate, ours, peer, skipped } of section.results) {
    const label = `Map, ${fmtInt(size)} results`;
    if (skipped) {
      rows.push([`${label}: every figure, CPU ×${rate}`, NOT(skipped), '', '']);
      continue;
    }
    const cell = (s, side, f = fmtSummary) => (s ? f(s) : NOT(side.errors[0] ?? 'no run finished'));
    const mc = (s, f) => `markercluster: ${cell(s, peer, f)}`;
    const missed = ours.misses > 0 ? ` (${ours.misses} requests missed the recording)` : '';
    rows.push([
      `${label}: data → clusters on screen, CPU ×${rate}`,
      cell(ours.first, ours) + missed,
      mc(peer.first),
      medianRatio(ours.first, peer.first),
    ]);
    rows.push([
      `${label}: zoom in one step, CPU ×${rate}`,
      cell(ours.zoom, ours),
      mc(peer.zoom),
      medianRatio(ours.zoom, peer.zoom),
    ]);
    rows.push([
      `${label}: pan (release → frame), CPU ×${rate}`,
      cell(ours.pan, ours),
      mc(peer.pan),
      medianRatio(ours.pan, peer.pan),
    ]);
    rows.push([
      `${label}: longest task, data → clusters, CPU ×${rate}`,
      cell(ours.longest, ours, fmtLongTask),
      mc(peer.longest, fmtLongTask),
      medianRatio(ours.longest, peer.longest),
    ]);
  }
  return rows;
}

function formRows(section) {
  if (section.error) return [['Concern form', NOT(section.error), '', '']];
  const rows = [];
  for (const { rate, worker, 'main-thread': main } of section.results) {
    const keys = (s, n) =>
      s && n > 0
        ? `${fmtMs(s.median)} ms (max ${fmtMs(s.max)}, ${n} keys)`
        : NOT('no keystroke fell into the proof of work');
    rows.push([
      `Form: time to interactive (navigation → fields ready), CPU ×${rate}`,
      fmtSummary(worker.tti),
      '',
      '',
    ]);
    rows.push([
      `Form: proof of work duration, CPU ×${rate}`,
      fmtSummary(worker.pow),
      `on the main thread: ${fmtSummary(main.pow)}`,
      '',
    ]);
    rows.push([
      `Form: input delay of keys typed during the proof of work, CPU ×${rate}`,
      keys(worker.delayDuring, worker.keysDuring),
      `on the main thread: ${keys(main.delayDuring, main.keysDuring)}`,
      medianRatio(worker.delayDuring, main.delayDuring),
    ]);
    rows.push([
      `Form: keydown → next frame during the proof of work, CPU ×${rate}`,
      keys(worker.frameDuring, worker.keysDuring),
      `on the main thread: ${keys(main.frameDuring, main.keysDuring)}`,
      medianRatio(worker.frameDuring, main.frameDuring),
    ]);
    rows.push([
      `Form: keydown → next frame after it (idle), CPU ×${rate}`,
      keys(worker.frameAfter, worker.frameAfter?.n ?? 0),
      '',
      '',
    ]);
  }
  return rows;
}

function sdkRows(section) {
  if (section.error) return [['SDK: validate 5 000 events', NOT(section.error), '', '']];
  return [
    [
      `SDK: JSON.parse + generated check of ${fmtInt(section.events)} events (${(section.bytes / 1e6).toFixed(1)} MB), Node`,
      fmtSummary(section.validate),
      `bare JSON.parse: ${fmtSummary(section.parse)}`,
      medianRatio(section.validate, section.parse),
    ],
    [
      `SDK: the same with zod's safeParse (the schema the check is generated from)`,
      fmtSummary(section.zod),
      `bare JSON.parse: ${fmtSummary(section.parse)}`,
      medianRatio(section.zod, section.parse),
    ],
  ];
}

function apiRows(section) {
  if (section.error) return [['API mock: GET /v1/events?limit=50', NOT(section.error), '', '']];
  const { ours, baseline, seconds, connections, bytes: size } = section;
  const cell = (r) =>
    `${fmtInt(r.rps)} req/s (p50 ${r.latencyP50} ms, p99 ${r.latencyP99} ms${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''})`;
  return [
    [
      `API mock: GET /v1/events?limit=50 (${fmtInt(size)} B), ${connections} connections, ${seconds} s`,
      cell(ours),
      `bare node:http, same bytes: ${cell(baseline)}`,
      ratio(ours.rps, baseline.rps),
    ],
  ];
}

/** The table: one header, one row per figure. */
export function renderTable(sections) {
  const rows = [
    ...(sections.bytes ? bytesRows(sections.bytes) : []),
    ...(sections.calendar ? calendarRows(sections.calendar) : []),
    ...(sections.map ? mapRows(sections.map) : []),
    ...(sections.form ? formRows(sections.form) : []),
    ...(sections.sdk ? sdkRows(sections.sdk) : []),
    ...(sections.api ? apiRows(sections.api) : []),
  ];
  const header = ['Measure', 'Kommunaldialog', 'Peer / baseline', 'Ratio (ours ÷ peer)'];
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : i === 3 ? '--:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

export function renderResults({ table, machine, started, seconds, quick }) {
  return `# Benchmark results

Produced by \`npm run bench\` (\`bench/run.mjs\`)${quick ? ' with `BENCH_QUICK=1` (fewer runs)' : ''} on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${Math.round(seconds)} s.

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless, playwright-core ${machine.playwright}). Load average at start ${machine.loadStart}, at end ${machine.loadEnd} — figures from a busy machine are slower and noisier.

Timings are medians with the range (min–max) and the number of runs *n*; ratios are ours ÷ peer (below 1: ours is smaller or faster; for requests per second, below 1 means fewer). Nothing here passes or fails: the byte budgets are enforced by \`npm test\`, timings never.

${table}

## How it is measured

- **Bytes**: \`packages/widgets/scripts/check-budget.mjs\` (the script \`npm test\` enforces the budgets with) builds the CDN files and follows each page's static imports; the map page includes the lazily loaded engine chunk. The peers are bundled here with \`esbuild --bundle --minify --format=esm\` (FullCalendar 6: core + daygrid + list, whose CSS is inside its JS; Leaflet 1.9 + Leaflet.markercluster 1.5: JS, and their three stylesheets as one CSS file, images not counted) and compressed with the same functions.
- **Rendering** runs in headless Debian Chromium through playwright-core, a fresh browser context per run, CPU slowed down with \`Emulation.setCPUThrottlingRate\`; each figure is a \`performance.measure\` between two marks, ending at the next painted frame (\`requestAnimationFrame\` then a task). Runs of ours and of the peer alternate. The number of runs per figure is capped by a time budget per section so that the whole benchmark stays within minutes; *n* says how many there were.
- **Data in place, network out**: the widget's code is loaded and compiled before the clock starts — but importing it must not use \`Intl\` (the page checks and stops otherwise: the first \`Intl\` object of a page costs 20–55 ms for the browser's locale data, which a real page pays when the element upgrades, so it belongs inside the clock) — and its \`fetch\` is answered from a recording of the API's responses held in the page (as UTF-8 bytes, encoded before the clock starts, as a network response holds them). The timed part is what a visitor waits for once the bytes have arrived — the SDK still parses and validates every page (and keeps its ETag copy), the widget expands and renders. The peers start from the same response texts and parse them inside the timed part. Timing from \`kd-range-change\` instead would start too late (after the first render) and timing over the socket would measure the mock server. The calendar's recording comes from the mock (the \`many\` scenario's 5 000 events in the current month, page by page, as the widget asked for them); the map's result pages are made in Node with the SDK's own client (same URLs), because the mock re-sorts all results on every page request (≈ 0.2 s a page at 10 000 results, ≈ 2 s at 100 000).
- **Calendar**: \`<kd-event-calendar view="month">\` vs FullCalendar \`dayGridMonth\` with \`dayMaxEvents: 3\` (the widget shows three events a day and "+N weitere"). Filter: ticking one topic in the widget's filter (its API query, answered from the recording) vs swapping FullCalendar's event source for the events of that topic.
- **Map**: \`<kd-results-map tiles="none">\` (no tiles, so no consent is asked) for one municipality, so every result is clustered (no per-town groups), vs Leaflet.markercluster (\`chunkedLoading\`, as its documentation advises for many markers; one marker per result at its point or its area's centroid) at the same map size. Reduced motion is on (the widget then turns Leaflet's animations off; markercluster gets \`animate: false\`). Zoom: a click on the zoom-in button. Pan: a mouse drag, timed from the release. Longest task: the Long Tasks API.
- **Form**: the page loads \`/cdn/kd-concern-form.js\` and talks to the mock over loopback; interactive = the fields are rendered (topics and municipality loaded), from navigation start. Focusing the description starts the proof of work (ALTCHA, the mock's default difficulty); keys are typed at once. Input delay = start of the first keydown handler − the event's timestamp; "keydown → next frame" adds the widget's own handling and the paint. "On the main thread" blocks \`Worker\` as a page with \`worker-src 'none'\` would, so the form solves in slices on the main thread.
- **SDK**: Node, \`isEventPage(JSON.parse(text))\` — what the client does with every answer: the check generated from the zod schema (\`packages/sdk/scripts/generate-checks.ts\`) — and \`EventPage.safeParse(JSON.parse(text))\`, the zod schema itself, vs \`JSON.parse(text)\` alone, after three warm-up rounds.
- **API mock**: autocannon in a child process on loopback against \`startServer()\` (the seed data, in memory) and against a bare \`node:http\` server that answers the same bytes.
`;
}
