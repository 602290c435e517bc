export * from './meilisearch-config';
export * from './meilisearch-engine';
export * from './meilisearch-errors';
export * from './meilisearch-factory';
export * from './meilisearch-settings';
export * from './meilisearch-vocabulary';
