import { z } from 'zod';

import type { MeilisearchEngineConfig } from './meilisearch-engine';

/**
 * The environment of the Meilisearch engine, to merge into the search service's env shape:
 * `MEILI_HOST` set selects Meilisearch; the key is `MEILI_API_KEY`, else `MEILI_MASTER_KEY`.
 */
export const meilisearchEnvShape = {
  MEILI_HOST: z.preprocess((value) => (value === '' ? undefined : value), z.url().optional()),
  MEILI_API_KEY: z.string().min(1).optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'only letters, digits, _ and -')
    .default('bxl_'),
};

/** The parsed Meilisearch environment. */
export type MeilisearchEnv = z.infer<z.ZodObject<typeof meilisearchEnvShape>>;

/** The engine's configuration from a parsed environment, or null when MEILI_HOST is not set. */
export function meilisearchConfigFromEnv(env: MeilisearchEnv): MeilisearchEngineConfig | null {
  if (!env.MEILI_HOST) {
    return null;
  }
  const apiKey = env.MEILI_API_KEY ?? env.MEILI_MASTER_KEY;
  return {
    host: env.MEILI_HOST,
    ...(apiKey ? { apiKey } : {}),
    indexPrefix: env.MEILI_INDEX_PREFIX,
  };
}
