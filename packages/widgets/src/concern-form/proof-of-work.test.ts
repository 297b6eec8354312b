import { expect } from '@open-wc/testing';
import { createClient, type Challenge } from '@kommunaldialog/sdk';
import { ProofOfWork, solveChallenge } from './proof-of-work.js';
import { searchSolution } from './pow-search.js';
import { sha256 } from './sha256.js';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A challenge like the API's, with a known answer. */
async function challengeFor(number: number, maxnumber = 5000): Promise<Challenge> {
  const salt = `a1b2c3?expires=${String(Math.floor(Date.now() / 1000) + 600)}&`;
  return { algorithm: 'SHA-256', challenge: await sha256Hex(salt + String(number)), maxnumber, salt, signature: '0'.repeat(64) };
}

const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Runs `body` as on a page served over plain http, where browsers offer no SubtleCrypto. */
async function withoutSubtleCrypto<T>(body: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
  Object.defineProperty(Crypto.prototype, 'subtle', { configurable: true, get: () => undefined });
  try {
    return await body();
  } finally {
    Object.defineProperty(Crypto.prototype, 'subtle', original);
  }
}

describe('SHA-256 without SubtleCrypto', () => {
  it('gives the published test vectors', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(hex(sha256(utf8('')))).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abc')))).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(hex(sha256(utf8('a'.repeat(1_000_000))))).to.equal('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with crypto.subtle on every length around the block edges and on challenge-like text', async () => {
    const inputs: Uint8Array<ArrayBuffer>[] = [];
    for (let length = 0; length <= 200; length++) inputs.push(Uint8Array.from({ length }, (_, i) => (i * 37 + length * 11) & 0xff));
    for (const text of ['a1b2c3?expires=1795000000&0', 'a1b2c3?expires=1795000000&99999', 'Grüße, مرحبا, привіт 👋🏽']) {
      inputs.push(new TextEncoder().encode(text));
    }
    for (const input of inputs) {
      expect(hex(sha256(input)), `length ${String(input.length)}`).to.equal(hex(await crypto.subtle.digest('SHA-256', input)));
    }
  });

  it('lets the search find the number when the page has no crypto.subtle', async () => {
    const challenge = await challengeFor(1234, 3000);
    const number = await withoutSubtleCrypto(() => {
      expect(globalThis.crypto.subtle).to.equal(undefined);
      return searchSolution(challenge.challenge, challenge.salt, challenge.maxnumber);
    });
    expect(number).to.equal(1234);
  });
});

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
    const pow = new ProofOfWork(() => client.concerns);
    const first = await pow.take(new AbortController().signal);
    const second = await pow.take(new AbortController().signal);
    expect(first.payload).not.to.equal(second.payload);
    const decoded = JSON.parse(atob(first.payload)) as Record<string, unknown>;
    expect(Object.keys(decoded).sort()).to.deep.equal(['algorithm', 'challenge', 'number', 'salt', 'signature']);
    expect(await sha256Hex(`${String(decoded['salt'])}${String(decoded['number'])}`)).to.equal(decoded['challenge']);
    pow.dispose();
  });
});
