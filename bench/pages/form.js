// kd-concern-form as a page embeds it (script from /cdn, API on the same origin over loopback):
// time to interactive, then the delay of keystrokes typed while the proof of work runs — in
// its Web Worker, or (with ?noworker) on the main thread as on a page whose CSP blocks workers.
import { nextFrame, waitFor } from './harness.js';

const noWorker = new URLSearchParams(location.search).has('noworker');
/** When the proof of work started and ended (ms since navigation start). */
const pow = { mode: noWorker ? 'main-thread' : 'worker', start: null, end: null };

if (noWorker) {
  // What a `worker-src 'none'` policy does: the constructor throws and the form falls back.
  globalThis.Worker = function BlockedWorker() {
    throw new DOMException('Workers are blocked on this page.', 'SecurityError');
  };
  const digest = crypto.subtle.digest.bind(crypto.subtle);
  crypto.subtle.digest = (...args) => {
    pow.start ??= performance.now();
    return digest(...args).finally(() => (pow.end = performance.now()));
  };
} else {
  const RealWorker = globalThis.Worker;
  globalThis.Worker = class extends RealWorker {
    constructor(...args) {
      super(...args);
      pow.start ??= performance.now();
      this.addEventListener('message', () => (pow.end ??= performance.now()));
    }
  };
}

/** Every keydown: its input delay (handler start − event time) and the time to the next painted frame. */
const keys = [];
addEventListener(
  'keydown',
  (event) => {
    const key = { at: event.timeStamp, delay: performance.now() - event.timeStamp, frame: null };
    keys.push(key);
    requestAnimationFrame(() => setTimeout(() => (key.frame = performance.now() - event.timeStamp), 0));
  },
  true,
);

const interactive = (async () => {
  await customElements.whenDefined('kd-concern-form');
  const form = document.querySelector('kd-concern-form');
  await waitFor(
    () => form.shadowRoot?.querySelector('textarea#description') != null,
    [form.shadowRoot ?? form],
  );
  await nextFrame();
  performance.mark('form:interactive');
  return performance.measure('form:tti', { start: 0, end: 'form:interactive' }).duration;
})();

window.bench = {
  tti: () => interactive,
  /** Worker: it answered. Main thread: no hashing for 300 ms (the search hashes in batches with pauses of a task). */
  powDone: () => pow.end !== null && (pow.mode === 'worker' || performance.now() - pow.end > 300),
  report() {
    const during = keys.filter(
      (k) => pow.start !== null && k.at >= pow.start && (pow.end === null || k.at <= pow.end),
    );
    const after = keys.filter((k) => pow.end !== null && k.at > pow.end);
    return {
      pow: { ...pow, ms: pow.start !== null && pow.end !== null ? pow.end - pow.start : null },
      during,
      after,
    };
  },
};
