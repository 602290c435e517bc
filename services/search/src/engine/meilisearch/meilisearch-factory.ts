import { MeilisearchEngine } from './meilisearch-engine';
import type { MeilisearchEngineConfig } from './meilisearch-engine';

/** A Meilisearch engine (call `prepare()` before use). */
export function createMeilisearchEngine(config: MeilisearchEngineConfig): MeilisearchEngine {
  return new MeilisearchEngine(config);
}
