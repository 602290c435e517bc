import type { SearchEngine } from './search-engine';
import { createMeilisearchEngine } from './meilisearch';
import { PostgresSearchEngine } from './postgres/postgres-engine';

export interface EngineOptions {
  /** The database of the PostgreSQL engine (the search schema). */
  databaseUrl: string;
  /** Set: Meilisearch at this URL. */
  meiliHost?: string;
  meiliApiKey?: string;
  meiliIndexPrefix?: string;
}

/** The engine configuration asks for: Meilisearch when a host is given, else PostgreSQL. */
export function createSearchEngine(options: EngineOptions): SearchEngine {
  if (options.meiliHost) {
    return createMeilisearchEngine({
      host: options.meiliHost,
      apiKey: options.meiliApiKey,
      indexPrefix: options.meiliIndexPrefix ?? 'bxl_',
    });
  }
  return new PostgresSearchEngine(options.databaseUrl);
}
