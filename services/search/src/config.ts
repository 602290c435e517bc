import { z } from 'zod';

import { baseEnvShape, portSchema } from '@bxl/common';

import { meilisearchEnvShape } from './engine/meilisearch/meilisearch-config';

/** The PostgreSQL engine's in-memory service search (off: every search runs the SQL statement). */
export const searchMemoryEnvShape = {
  SEARCH_MEMORY_INDEX: z.enum(['on', 'off']).default('on'),
};

/** Everything the search subgraph reads from its environment, parsed once in main. */
export const searchEnvShape = {
  ...baseEnvShape,
  SEARCH_PORT: portSchema(4004),
  EMBEDDED_PG_PORT: portSchema(54329),
  GATEWAY_SECRET: z.string().min(32).optional(),
  /** The gateway: the indexer builds documents and search checks filter values through it. */
  GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  /** Keys the indexer signs its own token with (to read archived records); the gateway's keys. */
  AUTH_SIGNING_KEYS: z.string().optional(),
  /** MEILI_HOST set: the Meilisearch engine there; unset: the PostgreSQL engine. */
  ...meilisearchEnvShape,
  /** Run the indexer in this process (one per deployment). */
  SEARCH_INDEXER: z.enum(['on', 'off']).default('on'),
  ...searchMemoryEnvShape,
  INDEXER_POLL_MS: z.coerce.number().int().min(100).default(5000),
  INDEXER_BATCH: z.coerce.number().int().min(1).max(10_000).default(1000),
};
