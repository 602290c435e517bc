import { Pool } from 'pg';
import type { PoolConfig } from 'pg';

/**
 * A pg Pool that survives losing an idle connection. pg emits such a loss (PostgreSQL restarted or
 * stopping, a connection terminated by an administrator) as an `error` event on the pool; with no
 * listener, Node ends the process. Ctrl-C on `npm start` sends SIGINT to the embedded PostgreSQL too,
 * which terminates every connection before the directory has closed its pools. The pool has already
 * dropped the connection; the next query opens a new one. `onLost` is told (for a log line).
 */
export function openPool(
  config: PoolConfig,
  onLost: (error: Error) => void = () => undefined,
): Pool {
  const pool = new Pool(config);
  pool.on('error', onLost);
  return pool;
}
