// Packaging checks before publishing: publint (strict) and are-the-types-wrong on the packed
// tarball, with every `./define/<tag>` entry point named (attw cannot expand the wildcard), and
// the tarball's content: dist, custom-elements.json, README and package.json, nothing else.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const defines = readdirSync(new URL('../dist/define/', import.meta.url))
  .filter((file) => file.endsWith('.js'))
  .map((file) => `./define/${file.slice(0, -'.js'.length)}`);

const failures = [];
if (!run('npx', ['--no-install', 'publint', '--strict'])) failures.push('publint');
if (
  !run('npx', [
    '--no-install',
    'attw',
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--include-entrypoints',
    ...defines,
  ])
)
  failures.push('attw');

const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' });
const [{ files }] = JSON.parse(pack.stdout);
const allowed = /^(dist\/(?!.*\.test\.)|custom-elements\.json$|README\.md$|package\.json$|LICENSE)/;
const unexpected = files.map((file) => file.path).filter((path) => !allowed.test(path));
if (unexpected.length > 0) {
  console.error(`npm pack would publish unexpected files:\n  ${unexpected.join('\n  ')}`);
  failures.push('pack contents');
} else {
  console.log(
    `npm pack: ${String(files.length)} files, all in dist/, custom-elements.json, README or package.json.`,
  );
}

if (failures.length > 0) {
  console.error(`check-package failed: ${failures.join(', ')}`);
  process.exit(1);
}
