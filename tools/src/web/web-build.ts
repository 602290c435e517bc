import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { Logger } from '@bxl/common';

/** The web application's workspace and its build (what the gateway serves at `/`). */
export const WEB_DIR = resolve(__dirname, '../../../services/web');
export const WEB_DIST_DIR = join(WEB_DIR, 'dist');
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

/** The production gateway serves the build if there is one, and says so when there is none. */
export function webRootOrWarn(dir: string, logger: Logger): string | undefined {
  if (!dir) {
    return undefined;
  }
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn({ dir }, 'no web application built there (npm run web:build): GraphQL only');
    return undefined;
  }
  return dir;
}
