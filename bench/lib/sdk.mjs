// SDK: validating a page of 5 000 events with the SDK's schema (what the client does with every
// answer) vs a bare JSON.parse of the same text, in Node.
import { DialogEvent, pageOf } from '@kommunaldialog/sdk';
import { createScenarioApi } from '@kommunaldialog/api-mock';
import { summarize } from './stats.mjs';

export function benchSdk({ iterations }) {
  const { events } = createScenarioApi('many').control.dataset();
  const text = JSON.stringify({ items: events, nextCursor: null });
  const schema = pageOf(DialogEvent);
  const parse = [];
  const validate = [];
  for (let i = 0; i < iterations + 3; i++) {
    let t = performance.now();
    JSON.parse(text);
    const parseMs = performance.now() - t;
    t = performance.now();
    const result = schema.safeParse(JSON.parse(text));
    const validateMs = performance.now() - t;
    if (!result.success)
      throw new Error(`the SDK rejects the generated events: ${result.error.issues[0]?.message}`);
    // The first runs warm up the JIT.
    if (i < 3) continue;
    parse.push(parseMs);
    validate.push(validateMs);
  }
  return {
    events: events.length,
    bytes: Buffer.byteLength(text),
    parse: summarize(parse),
    validate: summarize(validate),
  };
}
