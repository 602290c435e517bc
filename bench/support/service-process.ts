// A directory process the benchmarks start as users do (npm start, or one process per service as in
// docker-compose.yml): spawned with its environment, awaited on a URL, measured, stopped.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resident memory of the process now, in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts `entry` (a TypeScript file of the repository) in its own Node process, logging to `log`. */
export function startProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  log: string,
): ServiceProcess {
  // BENCH_CPU_PROFILE=<folder>: each process writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`,
        `--cpu-prof-name=${name.replace(/\W+/g, '-')}.cpuprofile`,
      ]
    : [];
  const child = spawn(NODE, [...profile, '-r', '@swc-node/register', join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(log, { flags: 'a' });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return {
    name,
    child,
    rssMb: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        return 0;
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resolves once `check` answers true, polling every `intervalMs`; fails after `timeoutMs` or if a process exits. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  processes: readonly ServiceProcess[] = [],
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = processes.find((item) => item.child.exitCode !== null);
    if (dead) {
      throw new Error(`${dead.name} exited (${dead.child.exitCode}) while waiting for ${what}`);
    }
    if (await check().catch(() => false)) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
