// The test command (`npm test`): jest on the pinned Node with ESM interop, then one plain closing line
// `N passed, N failed, N skipped` from jest's JSON result, for people and CI alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const output = join(mkdtempSync(join(tmpdir(), 'bxl-jest-')), 'result.json');
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${output}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (!existsSync(output)) {
  console.log('0 passed, 1 failed');
  process.exit(jest.status || 1);
}
const result = JSON.parse(readFileSync(output, 'utf8'));
const skipped = result.numPendingTests + result.numTodoTests;
const failedSuites = result.numFailedTestSuites - (result.numFailedTests > 0 ? 0 : 0);
console.log(
  `\n${result.numPassedTests} passed, ${result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0)} failed, ${skipped} skipped`,
);
process.exit(jest.status ?? (failedSuites > 0 ? 1 : 0));
