// Summaries of repeated measurements: median and spread, never a verdict.

/** Linear-interpolated quantile of sorted numbers. */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** `{ n, median, min, max, q1, q3 }` of the finite numbers in `values`, or undefined for none. */
export function summarize(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted.at(-1),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/** `1 234` (thin groups, as in the budget tables). */
export function fmtInt(n) {
  return Math.round(n).toLocaleString('en-US').replaceAll(',', ' ');
}

/** Milliseconds with a precision that suits their size. */
export function fmtMs(ms) {
  if (ms >= 100) return fmtInt(ms);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

/** `412 ms (389–455, n=7)`: median and range. */
export function fmtSummary(summary, value = fmtMs) {
  if (!summary) return 'not measured';
  const range = summary.n > 1 ? ` (${value(summary.min)}–${value(summary.max)}, n=${summary.n})` : ' (n=1)';
  return `${value(summary.median)} ms${range}`;
}

/** A longest task: the Long Tasks API reports none below 50 ms, so 0 means "under 50". */
export function fmtLongTask(summary) {
  return fmtSummary(summary, (ms) => (ms === 0 ? '< 50' : fmtMs(ms)));
}

/** `ours / theirs` as `0.31×` (below 1: ours is smaller or faster). */
export function ratio(ours, theirs) {
  if (!(ours > 0) || !(theirs > 0)) return '–';
  const r = ours / theirs;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}
