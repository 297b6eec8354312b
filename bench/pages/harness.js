// In-page helpers shared by the benchmark pages. Every timing is taken inside the page with
// performance.mark/measure; the Node side only starts runs and collects the numbers.

/** Resolves after the next frame has been painted (rAF, then a task after it). */
export function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves once `predicate()` holds, checking after every DOM change under `roots`. Rejects
 * after `timeout` ms so that a broken page cannot hang the benchmark.
 */
export function waitFor(predicate, roots, timeout = 120_000) {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const observer = new MutationObserver(() => {
      if (!predicate()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`waitFor timed out after ${timeout} ms`));
    }, timeout);
  });
}

/** Long tasks (≥ 50 ms) of the main thread, from page start. */
const longTasks = [];
let longTaskObserver;
try {
  longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  longTaskObserver.observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the figure is reported as missing.
}

/** Longest main-thread task overlapping [from, to] (ms); 0 when none reached 50 ms, null without the API. */
export function longestTask(from, to) {
  if (!longTaskObserver) return null;
  // Entries of tasks that ended but were not delivered yet.
  longTasks.push(...longTaskObserver.takeRecords());
  let longest = 0;
  for (const task of longTasks) {
    if (task.startTime + task.duration < from || task.startTime > to) continue;
    longest = Math.max(longest, task.duration);
  }
  return longest;
}

/** Runs `action` between two marks and returns the measure (plus the longest task inside it). */
export async function measure(name, action) {
  const start = performance.mark(`${name}:start`);
  await action();
  const end = performance.mark(`${name}:end`);
  const { duration } = performance.measure(name, `${name}:start`, `${name}:end`);
  // The last task of the action ends after the end mark: let it end before asking for long tasks.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { ms: duration, longestTaskMs: longestTask(start.startTime, end.startTime) };
}

/** What reads the browser's locale data (ICU); the first such use in a page loads it. */
const INTL_CONSTRUCTORS = [
  'Collator',
  'DateTimeFormat',
  'DisplayNames',
  'ListFormat',
  'Locale',
  'NumberFormat',
  'PluralRules',
  'RelativeTimeFormat',
  'Segmenter',
];
const LOCALE_METHODS = [
  [Date.prototype, ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
  [Number.prototype, ['toLocaleString']],
  [String.prototype, ['localeCompare']],
];

/**
 * Runs `load` (the imports made before the clock starts) and throws if it used `Intl`. The first
 * `Intl` object of a page costs 20–55 ms in Chromium (the browser's locale data), any later one
 * about 1 ms: made while a module is imported, that cost would fall before the clock, although
 * on a real page the element upgrades as soon as its module has run. (Until 2026-11-28 a shared
 * formatter did that, and the widgets' first renders looked 30–40 ms faster than they were.)
 */
export async function importWithoutIntl(load) {
  const used = [];
  const restore = [];
  for (const name of INTL_CONSTRUCTORS) {
    const original = Intl[name];
    if (typeof original !== 'function') continue;
    Intl[name] = new Proxy(original, {
      construct: (target, args) => (used.push(`new Intl.${name}`), Reflect.construct(target, args)),
      apply: (target, self, args) => (used.push(`Intl.${name}()`), Reflect.apply(target, self, args)),
    });
    restore.push(() => (Intl[name] = original));
  }
  for (const [proto, names] of LOCALE_METHODS) {
    for (const name of names) {
      const original = proto[name];
      proto[name] = function (...args) {
        used.push(name);
        return original.apply(this, args);
      };
      restore.push(() => (proto[name] = original));
    }
  }
  try {
    await load();
  } finally {
    for (const undo of restore) undo();
  }
  if (used.length > 0) {
    throw new Error(
      `importing the widget used Intl before the clock starts: ${[...new Set(used)].join(', ')}`,
    );
  }
}

/** Absolute URL of a fetch argument. */
function urlOf(input) {
  return input instanceof Request ? input.url : new URL(String(input), location.href).href;
}

function methodOf(input, init) {
  return (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
}

/**
 * Answers GET requests from a recording of the mock's responses (url → {status, headers, body}),
 * in memory: the widget's SDK still parses and validates every page, but no byte crosses a socket.
 * Requests the recording does not hold go to the network and are counted.
 */
export function serveFromRecording(recording) {
  const realFetch = globalThis.fetch.bind(globalThis);
  const stats = { hits: 0, misses: [] };
  // As UTF-8 bytes, as a response from the network holds them, encoded before the clock starts:
  // given as a string, every timed fetch first encoded its text (≈ 7 ms of main-thread time per
  // 1 000 results), which neither a browser's network response nor a peer parsing the same
  // texts pays.
  const encoder = new TextEncoder();
  for (const entry of Object.values(recording)) {
    if (typeof entry.body === 'string') entry.body = encoder.encode(entry.body);
  }
  globalThis.fetch = async (input, init) => {
    const url = urlOf(input);
    const hit = methodOf(input, init) === 'GET' ? recording[url] : undefined;
    if (hit) {
      stats.hits++;
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }
    stats.misses.push(url);
    return realFetch(input, init);
  };
  return stats;
}

/** Passes requests through and hands every successful API GET to `window.benchRecord` (exposed by the harness). */
export function recordResponses() {
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = urlOf(input);
    if (
      methodOf(input, init) === 'GET' &&
      response.status === 200 &&
      new URL(url).pathname.includes('/v1/')
    ) {
      const headers = {};
      for (const name of ['content-type', 'etag', 'x-request-id']) {
        const value = response.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      await globalThis.benchRecord(
        url,
        JSON.stringify({ status: 200, headers, body: await response.clone().text() }),
      );
    }
    return response;
  };
}

/** The recording served as a static file by the harness. */
export async function loadRecording(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`recording ${path}: ${response.status}`);
  return response.json();
}

/** Bodies of the recorded API responses whose path ends in `suffix`, in the order they were recorded. */
export function recordedBodies(recording, suffix, keep = () => true) {
  return Object.entries(recording)
    .filter(([url]) => new URL(url).pathname.endsWith(suffix) && keep(new URL(url)))
    .map(([, entry]) => entry.body);
}
