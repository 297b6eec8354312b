import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { DialogEvent } from '@kommunaldialog/sdk';
import { concern, key, NOW, solvedChallenge, start } from './helpers.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kommunaldialog-mock-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

describe('persistence with --data', () => {
  it('keeps concerns, registrations, idempotency records and the reference counter across a restart', async () => {
    const first = await start({ dataDir });
    const body = concern({ proofOfWork: await solvedChallenge(first) });
    const k = key();
    const receipt = await first.post('/v1/concerns', body, { headers: { 'idempotency-key': k } });
    assert.equal(receipt.status, 201);
    const events = (await first.get('/v1/events?municipality=horb&limit=100')).json.items as DialogEvent[];
    const event = events.find((e) => e.status === 'scheduled' && Date.parse(e.start) > NOW.getTime() + 86_400_000 && (e.registration.remaining ?? 0) >= 2)!;
    const registration = await first.post(`/v1/events/${event.id}/registrations`, { name: 'Olena Kovalenko', phone: '+49 7451 12345', people: 2, consent: true }, { headers: { 'idempotency-key': key() } });
    assert.equal(registration.status, 201);
    await first.close();
    assert.ok(existsSync(join(dataDir, 'kommunaldialog.sqlite')));

    const second = await start({ dataDir });
    try {
      const status = await second.get(`/v1/concerns/${String(receipt.json.reference)}`);
      assert.equal(status.status, 200);
      assert.equal(status.json.reference, receipt.json.reference);
      assert.equal((await second.get('/__mock/concerns')).json.count, 1);

      const replay = await second.post('/v1/concerns', body, { headers: { 'idempotency-key': k } });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(replay.json, receipt.json);

      const next = await second.post('/v1/concerns', concern({ proofOfWork: await solvedChallenge(second) }), { headers: { 'idempotency-key': key() } });
      const n = (ref: string): number => Number(ref.slice(-6));
      assert.equal(n(next.json.reference), n(receipt.json.reference) + 1, 'the counter continues');

      const reloaded = await second.get(`/v1/events/${event.id}`);
      assert.equal(reloaded.json.registration.remaining, event.registration.remaining! - 2);
    } finally {
      await second.close();
    }
  });
});
