import { sha256 } from './sha256.js';

const encoder = new TextEncoder();

type Digest = (bytes: Uint8Array) => Promise<ArrayBuffer> | Uint8Array;

/** SubtleCrypto where the page has it (secure contexts only), else our own SHA-256. */
function digestFunction(): Digest {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  return subtle ? (bytes) => subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>) : sha256;
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function equal(digest: ArrayBuffer | Uint8Array, target: Uint8Array): boolean {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  for (let i = 0; i < target.length; i++) if (bytes[i] !== target[i]) return false;
  return true;
}

/**
 * Finds the number `n` in `0…max` with `SHA-256(salt + n) === challenge` (an ALTCHA v1
 * challenge). Hashes `batch` numbers at a time and awaits `pause` between batches, so that the
 * main thread stays responsive when no worker can run. Resolves `null` when there is none.
 */
export async function searchSolution(
  challenge: string,
  salt: string,
  max: number,
  pause?: () => Promise<void>,
  batch = 500,
): Promise<number | null> {
  const target = hexBytes(challenge);
  const digest = digestFunction();
  for (let start = 0; start <= max; start += batch) {
    const end = Math.min(start + batch - 1, max);
    const digests: (Promise<ArrayBuffer> | Uint8Array)[] = [];
    for (let n = start; n <= end; n++) digests.push(digest(encoder.encode(salt + String(n))));
    const done = await Promise.all(digests);
    const hit = done.findIndex((digest) => equal(digest, target));
    if (hit >= 0) return start + hit;
    if (pause) await pause();
  }
  return null;
}
