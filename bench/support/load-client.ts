// Runs the load generator (load-worker.ts) in a child process and returns what it measured.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { Stats } from './bench-kit';
import type { LoadConfig } from './load-worker';

const ROOT = join(__dirname, '..', '..');

export type LoadResult = Stats & { failures: Record<string, number> };

export async function runLoad(config: LoadConfig): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(
    join(ROOT, 'node_modules', '.bin', 'node'),
    ['-r', '@swc-node/register', join(__dirname, 'load-worker.ts')],
    { cwd: ROOT, env: { ...process.env, LOAD: JSON.stringify(config) }, maxBuffer: 1 << 24 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() as string) as LoadResult;
}
