import type { SearchEngine } from './search-engine';
import { createMeilisearchEngine } from './meilisearch';
import type { MeilisearchEngineConfig } from './meilisearch';
import { PostgresSearchEngine } from './postgres/postgres-engine';

export interface EngineOptions {
  /** The database of the PostgreSQL engine (the search schema). */
  databaseUrl: string;
  /** Given: Meilisearch (see meilisearchConfigFromEnv); else the PostgreSQL engine. */
  meili?: MeilisearchEngineConfig | null;
  /** The PostgreSQL engine's statement_timeout (ms; 0: none), as the subgraph's own connections. */
  statementTimeoutMs?: number;
  /** The PostgreSQL engine searches services in memory once loaded (default true; see MemorySearch). */
  memoryIndex?: boolean;
}

/** The engine configuration asks for: Meilisearch when configured, else PostgreSQL. */
export function createSearchEngine(options: EngineOptions): SearchEngine {
  return options.meili
    ? createMeilisearchEngine(options.meili)
    : new PostgresSearchEngine(options.databaseUrl, options.statementTimeoutMs, {
        memoryIndex: options.memoryIndex ?? true,
      });
}
