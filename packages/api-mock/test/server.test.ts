import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { start, type Harness } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'kommunaldialog-static-'));
const site = join(root, 'site');
const cdn = join(root, 'cdn');
mkdirSync(join(site, 'sub'), { recursive: true });
mkdirSync(cdn);
writeFileSync(join(root, 'secret.txt'), 'do not serve');
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Start</title>');
writeFileSync(join(site, 'embed.html'), '<!doctype html><title>Einbetten</title>');
writeFileSync(join(site, 'site.css'), 'body{}');
writeFileSync(join(site, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(site, 'data.json'), '{"a":1}');
writeFileSync(join(site, 'sub', 'note.txt'), 'hello');
writeFileSync(join(cdn, 'kommunaldialog.js'), 'export {};');
symlinkSync(join(root, 'secret.txt'), join(site, 'link.txt'));

let h: Harness;
before(async () => {
  h = await start({ staticDirs: [{ prefix: '/', dir: site }, { prefix: '/cdn/', dir: cdn }] });
});
after(async () => {
  await h.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves files with the right content types, index.html at / and extension-less pages', async () => {
    const expectations: [string, RegExp, string][] = [
      ['/', /^text\/html/, 'Start'],
      ['/embed', /^text\/html/, 'Einbetten'],
      ['/site.css', /^text\/css/, 'body'],
      ['/logo.svg', /^image\/svg\+xml/, '<svg'],
      ['/data.json', /^application\/json/, '"a"'],
      ['/cdn/kommunaldialog.js', /^text\/javascript/, 'export'],
      ['/sub/note.txt', /^text\/plain/, 'hello'],
    ];
    for (const [path, type, content] of expectations) {
      const r = await fetch(h.url + path);
      assert.equal(r.status, 200, path);
      assert.match(r.headers.get('content-type') ?? '', type, path);
      assert.ok((await r.text()).includes(content), path);
    }
  });

  it('lists no directories and lets nothing out of the served directory', async () => {
    for (const path of ['/sub/', '/sub', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/sub/%2e%2e/%2e%2e/secret.txt', '/link.txt', '/%00', '/cdn/../secret.txt']) {
      const r = await fetch(h.url + path);
      const text = await r.text();
      assert.equal(r.status, 404, path);
      assert.ok(!text.includes('do not serve') && !text.includes('note.txt'), path);
    }
  });

  it('still answers the API next to the files', async () => {
    assert.equal((await h.get('/v1/topics')).status, 200);
  });
});

describe('command line', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

  it('prints its URL, serves the API and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--latency', '1', '--control'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
        if (m) resolve(m[0]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${String(code)}: ${output}`)));
    });
    assert.match(output, /Kommunaldialog API mock: http:\/\/127\.0\.0\.1:\d+\/v1\//);
    const r = await fetch(`${url}/v1/municipalities/tuebingen`);
    assert.equal(r.status, 200);
    assert.equal((await fetch(`${url}/__mock/faults`).then((x) => x.json()) as { latencyMs: number }).latencyMs, 1);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
  });

  it('refuses invalid options with a usage message', async () => {
    const child = spawn(process.execPath, [cli, '--error-rate', '3'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /--error-rate must be a number from 0 to 1/);
    assert.match(stderr, /Usage: kommunaldialog-mock/);
  });
});
