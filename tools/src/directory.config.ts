import { resolve } from 'node:path';

import { z } from 'zod';

import { baseEnvShape, DATA_DIR, loadEnvOrExit, portSchema } from '@bxl/common';
import type { Logger } from '@bxl/common';
import {
  gatewayCors,
  gatewayEditEnvShape,
  gatewayEditOptions,
  gatewayHttpEnvShape,
  gatewayLimits,
  gatewayLimitsEnvShape,
} from '@bxl/gateway';
import { meilisearchConfigFromEnv, meilisearchEnvShape, searchMemoryEnvShape } from '@bxl/search';

import type { DirectoryOptions } from './directory';

/** The local directory's environment (npm start, npm run seed). */
export const directoryEnvShape = {
  ...baseEnvShape,
  DATA_DIR: z.string().default(DATA_DIR),
  EMBEDDED_PG_PORT: portSchema(54329),
  GATEWAY_PORT: portSchema(4000),
  TERRITORIES_PORT: portSchema(4001),
  ACTORS_PORT: portSchema(4002),
  COLLABORATIONS_PORT: portSchema(4003),
  SEARCH_PORT: portSchema(4004),
  /** MEILI_HOST set: search on Meilisearch there; unset: the embedded PostgreSQL engine. */
  ...meilisearchEnvShape,
  ...searchMemoryEnvShape,
  SYNTHETIC_SERVICES: z.coerce.number().int().min(0).default(2000),
  AUTH_SIGNING_KEYS: z.string().optional(),
  GATEWAY_SECRET: z.string().min(32).optional(),
  ...gatewayLimitsEnvShape,
  ...gatewayHttpEnvShape,
  ...gatewayEditEnvShape,
};

export type DirectoryEnv = z.infer<z.ZodObject<typeof directoryEnvShape>>;

export const loadDirectoryEnv = (): DirectoryEnv => loadEnvOrExit(directoryEnvShape);

/** The directory's options from its environment (`ports: 0` for a run that only prepares the data). */
export function directoryOptions(env: DirectoryEnv, logger: Logger, ports?: 0): DirectoryOptions {
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    ports: {
      gateway: ports ?? env.GATEWAY_PORT,
      territories: ports ?? env.TERRITORIES_PORT,
      actors: ports ?? env.ACTORS_PORT,
      collaborations: ports ?? env.COLLABORATIONS_PORT,
      search: ports ?? env.SEARCH_PORT,
    },
    host: env.HOST,
    logger,
    development: env.NODE_ENV !== 'production',
    seed: { synthetic: env.SYNTHETIC_SERVICES },
    signingKeys: env.AUTH_SIGNING_KEYS,
    gatewaySecret: env.GATEWAY_SECRET,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    meili: meilisearchConfigFromEnv(env),
    searchMemoryIndex: env.SEARCH_MEMORY_INDEX === 'on',
    indexer: { batchSize: 1000, pollMs: 5000 },
    gateway: { ...gatewayLimits(env), ...gatewayEditOptions(env), cors: gatewayCors(env) },
  };
}
