// The test command (`npm test`): jest on the pinned Node with ESM interop, then one plain closing line
// `N passed, N failed, N skipped` from jest's JSON results, for people and CI alike. A whole run
// (no arguments) runs the suites, then the seeded fuzz suite (*.fuzz.ts) on its own: its bounds
// (2 s per answer, 1 s for /health) measure the directory, not another suite sharing the cores.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One jest run with these arguments: its counts, or null when it wrote no result. */
function runJest(args) {
  const output = join(mkdtempSync(join(tmpdir(), 'bxl-jest-')), 'result.json');
  const jest = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--json',
      `--outputFile=${output}`,
      ...args,
    ],
    { stdio: 'inherit' },
  );
  if (!existsSync(output)) {
    return { passed: 0, failed: 1, skipped: 0, status: jest.status || 1 };
  }
  const result = JSON.parse(readFileSync(output, 'utf8'));
  return {
    passed: result.numPassedTests,
    failed: result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0),
    skipped: result.numPendingTests + result.numTodoTests,
    status: jest.status ?? (result.numFailedTestSuites > 0 ? 1 : 0),
  };
}

const given = process.argv.slice(2);
const runs =
  given.length > 0 ? [runJest(given)] : [runJest([]), runJest(['--testMatch', '**/*.fuzz.ts'])];
const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
console.log(`\n${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(runs.find((run) => run.status !== 0)?.status ?? 0);
