import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { concern, key, solvedChallenge, start, type Harness } from './helpers.js';

describe('fault injection', () => {
  let h: Harness;
  before(async () => {
    h = await start({ seed: 7 });
  });
  after(() => h.close());

  const faults = (patch: Record<string, unknown>) => h.post('/__mock/faults', patch);
  const count = async (): Promise<number> => (await h.get('/__mock/concerns')).json.count;

  it('reports and changes the fault settings', async () => {
    const initial = await h.get('/__mock/faults');
    assert.deepEqual(initial.json, { latencyMs: 0, errorRate: 0, dropAfterStore: 0, truncateJson: 0, timeoutNext: 0, processingDelayMs: 0 });
    const changed = await faults({ latencyMs: 5 });
    assert.equal(changed.json.latencyMs, 5);
    await faults({ latencyMs: 0 });
  });

  it('rejects invalid settings with 422', async () => {
    const r = await faults({ errorRate: 2, surprise: true });
    assert.equal(r.status, 422);
    assert.deepEqual(
      r.json.errors.map((e: { path: string }) => e.path),
      ['errorRate', 'surprise'],
    );
  });

  it('delays responses (a client with a short timeout gives up)', async () => {
    await faults({ latencyMs: 10_000 });
    try {
      await assert.rejects(fetch(`${h.url}/v1/topics`, { signal: AbortSignal.timeout(200) }), { name: 'TimeoutError' });
    } finally {
      await faults({ latencyMs: 0 });
    }
    assert.equal((await h.get('/v1/topics')).status, 200);
  });

  it('fails a share of requests with 503 and Retry-After, reproducibly for a seed', async () => {
    const run = async (): Promise<number[]> => {
      const other = await start({ seed: 42, faults: { errorRate: 0.5 } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 16; i++) {
          const r = await other.get('/v1/municipalities');
          if (r.status === 503) {
            assert.equal(r.headers.get('retry-after'), '1');
            assert.equal(r.json.code, 'unavailable');
          }
          statuses.push(r.status);
        }
        return statuses;
      } finally {
        await other.close();
      }
    };
    const first = await run();
    assert.ok(first.includes(503) && first.includes(200), String(first));
    assert.deepEqual(await run(), first);
  });

  it('cuts the next N JSON responses in half', async () => {
    const full = await h.get('/v1/municipalities');
    await faults({ truncateJson: 2 });
    for (let i = 0; i < 2; i++) {
      const cut = await h.get('/v1/municipalities', { contract: false });
      assert.equal(cut.text, full.text.slice(0, Math.floor(full.text.length / 2)));
      assert.equal(cut.json, undefined, 'not parseable');
    }
    assert.equal((await h.get('/v1/municipalities')).text, full.text);
  });

  it('never answers the next N requests until the client gives up', async () => {
    await faults({ timeoutNext: 1 });
    await assert.rejects(fetch(`${h.url}/v1/topics`, { signal: AbortSignal.timeout(300) }), { name: 'TimeoutError' });
    assert.equal((await h.get('/v1/topics')).status, 200);
  });

  it('stores a submission and then drops the connection; the retry replays it, stored once', async () => {
    const body = concern({ proofOfWork: await solvedChallenge(h) });
    const k = key();
    const before = await count();
    await faults({ dropAfterStore: 1 });
    await assert.rejects(
      fetch(`${h.url}/v1/concerns`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': k }, body: JSON.stringify(body) }),
      TypeError,
    );
    assert.equal(await count(), before + 1, 'stored');
    const retry = await h.post('/v1/concerns', body, { headers: { 'idempotency-key': k } });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(await count(), before + 1, 'stored exactly once');
    assert.equal((await h.get(`/v1/concerns/${String(retry.json.reference)}`)).status, 200);
  });

  it('reset forgets submissions and faults', async () => {
    const r = await h.post('/v1/concerns', concern({ proofOfWork: await solvedChallenge(h) }), { headers: { 'idempotency-key': key() } });
    await faults({ truncateJson: 5 });
    const reset = await h.post('/__mock/reset', undefined);
    assert.equal(reset.status, 204);
    assert.equal(await count(), 0);
    assert.equal((await h.get(`/v1/concerns/${String(r.json.reference)}`)).status, 404);
    assert.equal((await h.get('/__mock/faults')).json.truncateJson, 0);
  });
});

describe('control endpoint', () => {
  it('does not exist unless enabled', async () => {
    const h = await start({ control: false });
    try {
      assert.equal((await h.get('/__mock/faults')).status, 404);
      assert.equal((await h.post('/__mock/reset', {})).status, 404);
    } finally {
      await h.close();
    }
  });

  it('takes initial faults from the options', async () => {
    const h = await start({ control: false, faults: { errorRate: 1 } });
    try {
      const r = await h.get('/v1/topics');
      assert.equal(r.status, 503);
    } finally {
      await h.close();
    }
  });
});
