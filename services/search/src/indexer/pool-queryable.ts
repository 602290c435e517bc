import type { Pool, QueryResult, QueryResultRow } from 'pg';

import { openPool } from '@bxl/common';

import type { Queryable } from '../engine/postgres/queryable';

/** A small pool for the indexer's reads of the change log and its cursor. */
export class PoolQueryable implements Queryable {
  private readonly pool: Pool;

  constructor(databaseUrl: string) {
    this.pool = openPool({ connectionString: databaseUrl, max: 3 });
  }

  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>> {
    return this.pool.query<R>(text, values);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
