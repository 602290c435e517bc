import { z } from 'zod';

import { baseEnvShape, portSchema } from '@bxl/common';

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
  /** Set: the Meilisearch engine at this URL; unset: the PostgreSQL engine. */
  MEILI_HOST: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/)
    .default('bxl_'),
  /** Run the indexer in this process (one per deployment). */
  SEARCH_INDEXER: z.enum(['on', 'off']).default('on'),
  INDEXER_POLL_MS: z.coerce.number().int().min(100).default(5000),
  INDEXER_BATCH: z.coerce.number().int().min(1).max(10_000).default(1000),
};
