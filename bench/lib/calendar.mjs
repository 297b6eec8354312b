// Calendar month view, 5 000 events: kd-event-calendar vs FullCalendar dayGridMonth, on the
// same API answers, in the same browser, runs interleaved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './stats.mjs';
import { withPage, within } from './browser.mjs';
import { repeat } from './runs.mjs';

/** The topic ticked in the filter (about a quarter of the generated events carry it). */
export const FILTER_TOPIC = 'wohnen';
const STEP_MS = 180_000;

async function runPage(browser, url, rate, options, recordTo) {
  return withPage(browser, { rate, recordTo }, async (page) => {
    await page.goto(url);
    await within(
      STEP_MS,
      page.evaluate((o) => window.bench.prepare(o), options),
      `${url} prepare`,
    );
    const first = await within(
      STEP_MS,
      page.evaluate(() => window.bench.firstRender()),
      `${url} first render`,
    );
    const filter = await within(
      STEP_MS,
      page.evaluate((t) => window.bench.filter(t), FILTER_TOPIC),
      `${url} filter`,
    );
    return { first, filter };
  });
}

/**
 * The unfiltered month as the widget recorded it: every list request must ask for summaries
 * (`fields=summary`, what the widget shows from), and FullCalendar is given these same pages.
 * Returns how many events and bytes they hold.
 */
function recordedMonth(path) {
  const recording = JSON.parse(readFileSync(path, 'utf8'));
  let events = 0;
  let bytes = 0;
  for (const [url, entry] of Object.entries(recording)) {
    const u = new URL(url);
    if (!u.pathname.endsWith('/v1/events')) continue;
    if (u.searchParams.get('fields') !== 'summary') throw new Error(`calendar recording: ${url} lists whole events`);
    if (u.searchParams.has('topic')) continue;
    events += JSON.parse(entry.body).items.length;
    bytes += Buffer.byteLength(entry.body);
  }
  return { events, bytes };
}

export async function benchCalendar({ browser, origin, workDir, rates, plan, log }) {
  // The widget fetches the month page by page; record those answers once (unthrottled, over
  // loopback) and serve them from memory in the timed runs.
  const recording = 'rec/calendar.json';
  await runPage(browser, `${origin}/bench/calendar.html`, 1, {}, join(workDir, recording));
  const month = recordedMonth(join(workDir, recording));
  log(`calendar recording: ${month.events} events, ${(month.bytes / 1e6).toFixed(2)} MB of summaries`);
  const options = { recording: `/work/${recording}` };
  const out = [];
  for (const rate of rates) {
    const ours = [];
    const peer = [];
    await repeat(plan(rate), async (i) => {
      // Alternate who goes first, so that drift of a noisy machine hits both alike.
      const order = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
      for (const who of order) {
        const page = who === 'ours' ? 'calendar.html' : 'fullcalendar.html';
        const result = await runPage(browser, `${origin}/bench/${page}`, rate, options);
        // Both sides must show the same month: FullCalendar parses every recorded event.
        if (who === 'peer' && result.first.events !== month.events) {
          throw new Error(`FullCalendar got ${result.first.events} of the ${month.events} recorded events`);
        }
        (who === 'ours' ? ours : peer).push(result);
      }
      log(
        `calendar ×${rate} run ${i + 1}: ours ${Math.round(ours.at(-1).first.ms)} ms / FullCalendar ${Math.round(peer.at(-1).first.ms)} ms`,
      );
    });
    const misses = Math.max(...ours.map((r) => r.filter.misses));
    out.push({
      rate,
      ours: {
        first: summarize(ours.map((r) => r.first.ms)),
        filter: summarize(ours.map((r) => r.filter.ms)),
        longest: summarize(ours.map((r) => r.first.longestTaskMs)),
        shown: ours[0].first.events,
        announced: ours[0].filter.announced,
        misses,
      },
      peer: {
        first: summarize(peer.map((r) => r.first.ms)),
        filter: summarize(peer.map((r) => r.filter.ms)),
        longest: summarize(peer.map((r) => r.first.longestTaskMs)),
        events: peer[0].first.events,
        announced: peer[0].filter.announced,
      },
    });
  }
  return out;
}
