// Runs npm scripts one after another and always runs all of them: a budget overrun must not hide
// a failing browser test. Exits non-zero when any step failed, after naming the failed ones.
import { spawnSync } from 'node:child_process';

const steps = process.argv.slice(2);
const failed = [];
for (const step of steps) {
  process.stdout.write(`\n▶ npm run ${step}\n`);
  const { status, signal } = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  if (status !== 0) failed.push(`${step} (${signal ?? `exit ${String(status)}`})`);
}
process.stdout.write(
  `\n${failed.length === 0 ? `All ${String(steps.length)} steps passed.` : `Failed: ${failed.join(', ')}`}\n`,
);
process.exit(failed.length === 0 ? 0 : 1);
