import type { EntityManager } from '@mikro-orm/postgresql';

/** A pg pool or client: what the gateway and the search indexer hold instead of an ORM. */
export interface PgQueryable {
  // The constraint is pg's QueryResultRow, so that a pg Pool or Client is one.
  query<R extends Record<string, any>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Where the events module runs its SQL: a subgraph's EntityManager (its transaction) or plain pg. */
export type SqlTarget = EntityManager | PgQueryable;

const isEntityManager = (target: SqlTarget): target is EntityManager => 'execute' in target;

/** The n-th (1-based) parameter in the target's own notation: `?` for MikroORM, `$n` for pg. */
export const placeholder = (target: SqlTarget, n: number): string =>
  isEntityManager(target) ? '?' : `$${n}`;

/** Runs one statement on either kind of target and gives its rows back. */
export async function runSql<R extends Record<string, unknown>>(
  target: SqlTarget,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  if (isEntityManager(target)) {
    return target.execute<R[]>(text, values, 'all');
  }
  return (await target.query<R>(text, values)).rows;
}
