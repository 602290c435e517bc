import { join } from 'node:path';

import { initDatabase } from '@bxl/common';
import type { Database, Logger } from '@bxl/common';

import { searchMigrations } from './migrations';

export const SEARCH_SCHEMA = 'search';

/** The search subgraph's schema: the indexer's cursor and the PostgreSQL engine's tables (no ORM entities). */
export function initSearchDatabase(
  clientUrl: string,
  logger?: Logger,
  statementTimeoutMs?: number,
): Promise<Database> {
  return initDatabase({
    clientUrl,
    schema: SEARCH_SCHEMA,
    entities: [],
    migrationsPath: join(__dirname, 'migrations'),
    migrations: searchMigrations,
    logger,
    statementTimeoutMs,
  });
}
