export { buildSearchSchema } from './schema';
export { startSearch } from './server';
export type { SearchOptions, SearchService } from './server';
export { searchEnvShape, searchMemoryEnvShape } from './config';
export { initSearchDatabase } from './database';
export type { SearchEngine } from './engine/search-engine';
export type { OrganisationDocument, ServiceDocument } from './document/search-document';
export type { ServiceQuery, ServiceResults } from './engine/search-engine';
export type { QueryPlace } from './places/places';
export { PostgresSearchEngine } from './engine/postgres/postgres-engine';
export {
  createMeilisearchEngine,
  meilisearchConfigFromEnv,
  meilisearchEnvShape,
} from './engine/meilisearch';
export type { MeilisearchEngineConfig } from './engine/meilisearch';
export { loadSynonymGroups, normaliseTerm } from './synonyms/synonyms';
