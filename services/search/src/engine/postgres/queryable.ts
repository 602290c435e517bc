import type { QueryResult, QueryResultRow } from 'pg';

/** A pg Pool or client: what the PostgreSQL engine's statements run on. */
export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}
