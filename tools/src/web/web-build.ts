import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import type { Logger } from '@bxl/common';
import { WEB_DIST_DIR } from '@bxl/gateway';

/** The web application's workspace, beside its build (what the gateway serves at `/`). */
const WEB_DIR = dirname(WEB_DIST_DIR);
/** What the build is made from: a change to any of these makes it stale. */
const WEB_SOURCES = ['src', 'index.html', 'explorer.html', 'vite.config.mts', 'package.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stat.mtimeMs,
  );
}

/** True when dist/ is missing or older than a source of the application. */
export function webBuildIsStale(): boolean {
  const built = join(WEB_DIST_DIR, 'index.html');
  if (!existsSync(built)) {
    return true;
  }
  const sources = Math.max(...WEB_SOURCES.map((source) => newestChange(join(WEB_DIR, source))));
  return sources > statSync(built).mtimeMs;
}

/**
 * Builds the web application when its build is missing or stale (`npm start` and the browser
 * suites call it, so a fresh clone needs no extra command). Vite runs on this same Node.
 */
export function ensureWebBuild(logger?: Logger): string {
  if (!webBuildIsStale()) {
    return WEB_DIST_DIR;
  }
  logger?.info('building the web application (services/web)…');
  // vite exports no bin path: from its entry (dist/node/index.js) up to bin/vite.js.
  const vite = resolve(require.resolve('vite', { paths: [WEB_DIR] }), '../../../bin/vite.js');
  const budget = join(WEB_DIR, 'scripts', 'check-budget.mjs');
  for (const args of [[vite, 'build', '--logLevel', 'warn'], [budget]]) {
    const run = spawnSync(process.execPath, args, { cwd: WEB_DIR, stdio: 'inherit' });
    if (run.status !== 0) {
      throw new Error(`web build failed: node ${args.join(' ')} exited with ${run.status}`);
    }
  }
  return WEB_DIST_DIR;
}
