import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** A directory served under a URL prefix. */
export interface StaticDir {
  /** URL prefix, e.g. `/cdn/` or `/`. */
  prefix: string;
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves files from the given directories: no directory listings, `index.html` for a
 * directory, `<name>.html` for an extension-less path (`/embed` → `embed.html`), and no way
 * out of a directory (`..`, encoded slashes, NUL bytes and symlinks leading outside all fail).
 * Returns undefined when no directory has the file.
 */
export async function serveStatic(dirs: readonly StaticDir[], request: Request): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const pathname = new URL(request.url).pathname;
  // Longest prefix first, so `/cdn/` wins over `/`.
  for (const { prefix, dir } of [...dirs].sort((a, b) => b.prefix.length - a.prefix.length)) {
    const normalizedPrefix = prefix.endsWith('/') ? prefix : `${prefix}/`;
    if (!`${pathname}/`.startsWith(normalizedPrefix) && pathname !== prefix) continue;
    const rest = pathname.slice(normalizedPrefix.length - 1);
    const file = await locate(dir, rest);
    if (file === undefined) continue;
    const body = await readFile(file);
    const headers = {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(body.byteLength),
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    return new Response(request.method === 'HEAD' ? null : body, { headers });
  }
  return undefined;
}

async function locate(dir: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((part) => part === '..')) return undefined;
  let root: string;
  try {
    root = await realpath(resolve(dir));
  } catch {
    return undefined;
  }
  const target = resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  const candidates = decoded.endsWith('/') || target === root ? [join(target, 'index.html')] : [target, `${target}.html`];
  for (const candidate of candidates) {
    if (!(await isFile(candidate))) continue;
    const real = await realpath(candidate);
    if (real.startsWith(root + sep)) return real;
  }
  return undefined;
}
