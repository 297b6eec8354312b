import { problem } from './problem.js';

/** Largest request body the API accepts. */
export const MAX_BODY_BYTES = 64 * 1024;

/** True for `application/json` and `application/*+json`, with any parameters. */
export function isJsonType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Reads and parses a JSON body: 415 for another content type, 413 above 64 kB (by
 * Content-Length and by the bytes that actually arrive), 400 for bytes that are not UTF-8 JSON.
 */
export async function readJson(request: Request): Promise<unknown> {
  const contentType = request.headers.get('content-type');
  if (!isJsonType(contentType)) {
    throw problem({
      status: 415,
      code: 'unsupported_media_type',
      detail: `Send the body as application/json${contentType ? `, not ${contentType.split(';')[0]!}` : ''}.`,
      headers: { 'Accept-Post': 'application/json' },
    });
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await readLimited(request);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problem({ status: 400, code: 'invalid_json', detail: 'The body is not valid UTF-8.' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'unreadable';
    throw problem({ status: 400, code: 'invalid_json', detail: `The body is not valid JSON (${reason}).` });
  }
}

function tooLarge() {
  return problem({ status: 413, code: 'body_too_large', detail: `The body must not exceed ${String(MAX_BODY_BYTES)} bytes.` });
}

async function readLimited(request: Request): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
