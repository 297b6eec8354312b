import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { toFieldErrors } from '@kommunaldialog/sdk';
import { jsonResponse, type MockEnv } from '../context.js';
import { FaultPatch, FaultSettings } from '../faults.js';
import { readJson } from '../http/body.js';
import { invalid } from '../http/problem.js';
import { parseQuery } from '../http/query.js';
import type { MockControl } from '../types.js';

const NoQuery = z.strictObject({});
const Count = z.object({ count: z.number().check(z.int(), z.gte(0)) });

/**
 * `/__mock`: fault injection and reset for tests and Storybook. Mounted only with `control: true`,
 * so it never exists on a mock someone forgot to lock down.
 */
export function controlRoutes(app: Hono<MockEnv>, control: MockControl): void {
  app.get('/faults', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    return jsonResponse(FaultSettings, control.faults(), { headers: { 'cache-control': 'no-store' } });
  });

  app.post('/faults', async (c) => {
    const body = await readJson(c.req.raw);
    const patch = FaultPatch.safeParse(body, { reportInput: true });
    if (!patch.success) throw invalid(422, toFieldErrors(patch.error.issues));
    return jsonResponse(FaultSettings, control.setFaults(patch.data), { headers: { 'cache-control': 'no-store' } });
  });

  app.post('/reset', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    control.reset();
    return new Response(null, { status: 204 });
  });

  app.get('/concerns', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    return jsonResponse(Count, { count: control.submissions() }, { headers: { 'cache-control': 'no-store' } });
  });
}
