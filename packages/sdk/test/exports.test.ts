// The package root re-exports by name (src/index.ts says why): a value added to a module but not
// to the lists would be missing for SDK users. Compare what each module exports with the root.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import * as root from '../src/index.js';

const modules = [
  ...readdirSync(new URL('../src/schemas/', import.meta.url))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => `../src/schemas/${file}`),
  '../src/text.js',
  '../src/field-errors.js',
  '../src/errors.js',
  '../src/time.js',
  '../src/recurrence.js',
];

for (const path of modules) {
  test(`the package root exports every value of ${path.replace('../src/', '')}`, async () => {
    const module = (await import(path.replace(/\.js$/, '.ts'))) as Record<string, unknown>;
    const missing = Object.keys(module).filter(
      (name) => !(name in root) || root[name as keyof typeof root] !== module[name],
    );
    assert.deepEqual(missing, []);
  });
}
