import { resolve } from 'node:path';

import { z } from 'zod';

import { baseEnvShape, DATA_DIR, loadEnvOrExit, portSchema } from '@bxl/common';
import type { Logger } from '@bxl/common';
import { meilisearchConfigFromEnv, meilisearchEnvShape } from '@bxl/search';

import {
  gatewayEditEnvShape,
  gatewayEditOptions,
  gatewayLimits,
  gatewayLimitsEnvShape,
} from '../config';
import { gatewayCors, gatewayHttpEnvShape } from '../http/http.config';
import type { StackOptions } from './stack';

/** The local stack's environment (npm start, npm run seed). */
export const stackEnvShape = {
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
  SYNTHETIC_SERVICES: z.coerce.number().int().min(0).default(2000),
  AUTH_SIGNING_KEYS: z.string().optional(),
  GATEWAY_SECRET: z.string().min(32).optional(),
  ...gatewayLimitsEnvShape,
  ...gatewayHttpEnvShape,
  ...gatewayEditEnvShape,
};

export type StackEnv = z.infer<z.ZodObject<typeof stackEnvShape>>;

export const loadStackEnv = (): StackEnv => loadEnvOrExit(stackEnvShape);

/** The stack's options from its environment (`ports: 0` for a stack that only prepares the data). */
export function stackOptions(env: StackEnv, logger: Logger, ports?: 0): StackOptions {
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    gatewayPort: ports ?? env.GATEWAY_PORT,
    territoriesPort: ports ?? env.TERRITORIES_PORT,
    actorsPort: ports ?? env.ACTORS_PORT,
    collaborationsPort: ports ?? env.COLLABORATIONS_PORT,
    searchPort: ports ?? env.SEARCH_PORT,
    meili: meilisearchConfigFromEnv(env),
    syntheticServices: env.SYNTHETIC_SERVICES,
    host: env.HOST,
    signingKeys: env.AUTH_SIGNING_KEYS,
    gatewaySecret: env.GATEWAY_SECRET,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    gatewayLimits: gatewayLimits(env),
    cors: gatewayCors(env),
    gatewayEdit: gatewayEditOptions(env),
    logger,
    development: env.NODE_ENV !== 'production',
  };
}
