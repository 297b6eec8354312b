import { expect } from '@open-wc/testing';
import { createClient, type Challenge } from '@kommunaldialog/sdk';
import { ProofOfWork, solveChallenge } from './proof-of-work.js';
import { searchSolution } from './pow-search.js';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A challenge like the API's, with a known answer. */
async function challengeFor(number: number, maxnumber = 5000): Promise<Challenge> {
  const salt = `a1b2c3?expires=${String(Math.floor(Date.now() / 1000) + 600)}&`;
  return { algorithm: 'SHA-256', challenge: await sha256Hex(salt + String(number)), maxnumber, salt, signature: '0'.repeat(64) };
}

describe('proof of work', () => {
  it('finds the number in a module worker', async () => {
    const challenge = await challengeFor(4321);
    const worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' });
    const answer = await new Promise<unknown>((resolve, reject) => {
      worker.addEventListener('message', (e) => resolve(e.data));
      worker.addEventListener('error', () => reject(new Error('worker failed')));
      worker.postMessage({ challenge: challenge.challenge, salt: challenge.salt, max: challenge.maxnumber });
    });
    worker.terminate();
    expect(answer).to.equal(4321);
  });

  it('says so when the range holds no solution', async () => {
    const challenge = await challengeFor(900, 500);
    expect(await searchSolution(challenge.challenge, challenge.salt, challenge.maxnumber)).to.equal(null);
  });

  it('solves on the main thread, in slices, where the page forbids workers', async () => {
    const original = globalThis.Worker;
    let created = 0;
    // What a CSP without `worker-src` does: the constructor throws.
    globalThis.Worker = function RefusedWorker() {
      created++;
      throw new DOMException('Refused to create a worker', 'SecurityError');
    } as unknown as typeof Worker;
    try {
      const challenge = await challengeFor(2999);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 0);
      const number = await solveChallenge(challenge, new AbortController().signal);
      clearInterval(timer);
      expect(number).to.equal(2999);
      expect(created).to.equal(1);
      // Timers ran while it worked: the page stayed responsive.
      expect(ticks).to.be.greaterThan(0);
    } finally {
      globalThis.Worker = original;
    }
  });

  it('hands out a solution the API accepts, and a fresh one for the next submission', async () => {
    const api = `${location.origin}/mock/default-pow-${String(Date.now())}/v1`;
    const client = createClient({ baseUrl: api });
    const pow = new ProofOfWork(() => client);
    const first = await pow.take(new AbortController().signal);
    const second = await pow.take(new AbortController().signal);
    expect(first.payload).not.to.equal(second.payload);
    const decoded = JSON.parse(atob(first.payload)) as Record<string, unknown>;
    expect(Object.keys(decoded).sort()).to.deep.equal(['algorithm', 'challenge', 'number', 'salt', 'signature']);
    expect(await sha256Hex(`${String(decoded['salt'])}${String(decoded['number'])}`)).to.equal(decoded['challenge']);
    pow.dispose();
  });
});
