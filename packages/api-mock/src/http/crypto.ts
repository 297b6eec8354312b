/** Web Crypto helpers; the same code runs in Node and in browsers. */
const encoder = new TextEncoder();

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export async function sha256(data: string | Uint8Array): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export async function sha256Hex(data: string): Promise<string> {
  return Array.from(await sha256(data), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** HMAC-SHA-256 signer and verifier bound to one key. */
export function createSigner(secret: string) {
  const key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return {
    async sign(text: string): Promise<string> {
      return base64url(new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(text))));
    },
    async verify(text: string, signature: string): Promise<boolean> {
      const bytes = fromBase64url(signature);
      if (bytes === undefined) return false;
      return crypto.subtle.verify('HMAC', await key, bytes as Uint8Array<ArrayBuffer>, encoder.encode(text));
    },
  };
}
export type Signer = ReturnType<typeof createSigner>;

/** JSON with sorted object keys, so that equal data gives equal text (idempotency fingerprints). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A random hex string (request ids, registration ids, default HMAC key). */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
