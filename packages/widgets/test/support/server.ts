import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@kommunaldialog/api-mock/node';
import { CDN_DIR, FIXTURES_DIR, PACKAGE_DIR, TILES_DIR } from './paths.js';

/** Version written into the second, older-looking copy of the CDN files (`/cdn-other/`). */
export const OTHER_VERSION = '0.0.9-other';

export interface EmbedServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Writes a host page and returns its URL (`/pages/<name>.html`). */
  page(name: string, html: string): string;
  close(): Promise<void>;
}

/**
 * The API mock (seed data, `/v1`) with the CDN build and host pages next to it, the way a
 * municipality's page would load them from our CDN:
 *   /cdn/        dist/cdn
 *   /cdn-copy/   dist/cdn again: a second copy of the same build (other URLs, other module instances)
 *   /cdn-other/  a copy whose namespace says {@link OTHER_VERSION}: another version on the page
 *   /fixtures/   test-fixtures/embed (host page stylesheets)
 *   /tiles/      test-fixtures/tiles (map tiles)
 *   /pages/      pages written by the tests
 */
export async function startEmbedServer(): Promise<EmbedServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'kd-embed-'));
  const pagesDir = join(scratch, 'pages');
  const otherDir = join(scratch, 'cdn-other');
  cpSync(CDN_DIR, otherDir, { recursive: true });
  stampOtherVersion(otherDir);
  mkdirSync(pagesDir);

  const server = await startServer({
    port: 0,
    staticDirs: [
      { prefix: '/cdn/', dir: CDN_DIR },
      { prefix: '/cdn-copy/', dir: CDN_DIR },
      { prefix: '/cdn-other/', dir: otherDir },
      { prefix: '/fixtures/', dir: FIXTURES_DIR },
      { prefix: '/tiles/', dir: TILES_DIR },
      { prefix: '/pages/', dir: pagesDir },
    ],
  });
  return {
    url: server.url,
    page(name, html) {
      writeFileSync(join(pagesDir, `${name}.html`), html);
      return `${server.url}/pages/${name}.html`;
    },
    async close() {
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Rewrites the package version in the copy's namespace code (exactly one place). */
function stampOtherVersion(dir: string): void {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  let replaced = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    if (!code.includes('Kommunaldialog')) continue;
    const parts = code.split(`"${version}"`);
    replaced += parts.length - 1;
    writeFileSync(join(dir, file), parts.join(`"${OTHER_VERSION}"`));
  }
  if (replaced !== 1)
    throw new Error(
      `expected the version "${version}" once in the namespace chunk, found it ${String(replaced)} times`,
    );
}
