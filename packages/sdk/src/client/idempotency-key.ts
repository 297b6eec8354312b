/** A fresh random (version 4) UUID for the `Idempotency-Key` header. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // `randomUUID` exists only in secure contexts; a widget may be embedded in a plain-http page.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `options` with its idempotency key, or a new one: one key per submission, reused on retries. */
export function withIdempotencyKey<O extends { idempotencyKey?: string }>(
  options: O | undefined,
): O & { idempotencyKey: string } {
  return { ...(options as O), idempotencyKey: options?.idempotencyKey ?? newIdempotencyKey() };
}
