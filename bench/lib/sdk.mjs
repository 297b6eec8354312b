// SDK: checking a page of 5 000 events as the client does (JSON.parse, then the check generated
// from the schema), beside zod's safeParse of the same page (what the client did before, and what
// still explains a rejected answer), vs a bare JSON.parse of the same text, in Node.
import { EventPage } from '@kommunaldialog/sdk';
import { isEventPage } from '@kommunaldialog/sdk/checks';
import { createScenarioApi } from '@kommunaldialog/api-mock';
import { summarize } from './stats.mjs';

export function benchSdk({ iterations }) {
  const { events } = createScenarioApi('many').control.dataset();
  const text = JSON.stringify({ items: events, nextCursor: null });
  const times = { parse: [], check: [], zod: [] };
  const timed = (fn) => {
    const t = performance.now();
    const value = fn();
    return [performance.now() - t, value];
  };
  for (let i = 0; i < iterations + 3; i++) {
    const [parseMs] = timed(() => JSON.parse(text));
    const [checkMs, checked] = timed(() => isEventPage(JSON.parse(text)));
    const [zodMs, result] = timed(() => EventPage.safeParse(JSON.parse(text)));
    if (!checked || !result.success)
      throw new Error(`the SDK rejects the generated events: ${result.error?.issues[0]?.message ?? 'check'}`);
    // The first runs warm up the JIT.
    if (i < 3) continue;
    times.parse.push(parseMs);
    times.check.push(checkMs);
    times.zod.push(zodMs);
  }
  return {
    events: events.length,
    bytes: Buffer.byteLength(text),
    parse: summarize(times.parse),
    validate: summarize(times.check),
    zod: summarize(times.zod),
  };
}
