// The files in dist/cdn a site links to: one per element plus kommunaldialog.js, each listed in
// sri.json with its real sha384, and nothing in them that a strict CSP would refuse to run.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { definedTags } from './support/manifest.js';
import { CDN_DIR } from './support/paths.js';

const files = readdirSync(CDN_DIR).sort();
const read = (file: string): Buffer => readFileSync(join(CDN_DIR, file));
const json = <T>(file: string): T => JSON.parse(read(file).toString('utf8')) as T;

describe('dist/cdn', () => {
  it('has kommunaldialog.js and one file per element of the manifest', () => {
    for (const name of ['kommunaldialog.js', ...definedTags().map((tag) => `${tag}.js`)]) {
      assert.ok(files.includes(name), `${name} is missing`);
    }
  });

  it('sri.json gives the sha384 of every other file', () => {
    const sri = json<Record<string, string>>('sri.json');
    const expected = Object.fromEntries(
      files
        .filter((file) => file !== 'sri.json')
        .map((file) => [file, `sha384-${createHash('sha384').update(read(file)).digest('base64')}`]),
    );
    assert.deepEqual(sri, expected);
  });

  it('imports.json names, for each entry file, chunks that exist', () => {
    const imports = json<Record<string, string[]>>('imports.json');
    assert.deepEqual(
      Object.keys(imports).sort(),
      ['kommunaldialog.js', ...definedTags().map((tag) => `${tag}.js`)].sort(),
    );
    for (const [entry, chunks] of Object.entries(imports)) {
      for (const chunk of chunks)
        assert.ok(files.includes(chunk), `${entry} imports ${chunk}, which is missing`);
    }
  });

  it('holds no eval, no Function constructor and no Lit development build', () => {
    const offenders = files
      .filter((file) => file.endsWith('.js'))
      .filter((file) =>
        /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|Lit is in dev mode/.test(read(file).toString('utf8')),
      );
    assert.deepEqual(offenders, []);
  });

  it('LICENSES.txt carries the licence of every bundled package', () => {
    const licences = read('LICENSES.txt').toString('utf8');
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', 'zod', 'leaflet']) {
      assert.match(licences, new RegExp(`^${name.replace('/', '\\/')} \\d`, 'm'), name);
    }
  });
});
