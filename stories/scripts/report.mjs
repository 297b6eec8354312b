// Prints the story tests' result as one line CI reads ("storybook: N passed, M failed") and
// fails when a story failed, when no story ran, or when Vitest wrote no result at all.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/storybook.json';
if (!existsSync(file)) {
  console.error(`storybook: no test result in ${file} (Vitest did not finish).`);
  process.exit(1);
}
const result = JSON.parse(readFileSync(file, 'utf8'));
const tests = result.testResults.flatMap((suite) =>
  suite.assertionResults.map((test) => ({ ...test, file: suite.name, suiteMessage: suite.message })),
);
const failed = tests.filter((test) => test.status === 'failed');
const passed = tests.filter((test) => test.status === 'passed');
// A story file that fails to load has no tests, only a message.
const brokenFiles = result.testResults.filter(
  (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
);

function firstLine(text) {
  return (
    (text ?? '')
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

for (const test of failed) console.error(`✗ ${test.fullName}\n  ${firstLine(test.failureMessages[0])}`);
for (const suite of brokenFiles) console.error(`✗ ${suite.name}\n  ${firstLine(suite.message)}`);
const failures = failed.length + brokenFiles.length;
console.log(`storybook: ${passed.length} passed, ${failures} failed`);
process.exit(failures > 0 || passed.length === 0 ? 1 : 0);
