import { meilisearchConfigFromEnv } from './meilisearch-config';
import type { MeilisearchEnv } from './meilisearch-config';
import { MeilisearchEngine } from './meilisearch-engine';
import type { MeilisearchEngineConfig } from './meilisearch-engine';

/** A Meilisearch engine (call `prepare()` before use). */
export function createMeilisearchEngine(config: MeilisearchEngineConfig): MeilisearchEngine {
  return new MeilisearchEngine(config);
}

/** The Meilisearch engine the environment asks for, or null when MEILI_HOST is not set. */
export function meilisearchEngineFromEnv(env: MeilisearchEnv): MeilisearchEngine | null {
  const config = meilisearchConfigFromEnv(env);
  return config ? createMeilisearchEngine(config) : null;
}
