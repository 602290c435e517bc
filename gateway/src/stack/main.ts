// npm start — the whole directory on embedded defaults: open the URL it prints.
import { resolve } from 'node:path';

import { z } from 'zod';

import {
  baseEnvShape,
  createLogger,
  DATA_DIR,
  loadEnvOrExit,
  portSchema,
  runMain,
  stopOnSignals,
} from '@bxl/common';

import { startStack } from './stack';

const env = loadEnvOrExit({
  ...baseEnvShape,
  DATA_DIR: z.string().default(DATA_DIR),
  EMBEDDED_PG_PORT: portSchema(54329),
  GATEWAY_PORT: portSchema(4000),
  TERRITORIES_PORT: portSchema(4001),
  ACTORS_PORT: portSchema(4002),
  SYNTHETIC_SERVICES: z.coerce.number().int().min(0).default(2000),
  AUTH_SIGNING_KEYS: z.string().optional(),
  GATEWAY_SECRET: z.string().min(32).optional(),
});
const logger = createLogger('directory', env.LOG_LEVEL);

runMain(async () => {
  const stack = await startStack({
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    gatewayPort: env.GATEWAY_PORT,
    territoriesPort: env.TERRITORIES_PORT,
    actorsPort: env.ACTORS_PORT,
    syntheticServices: env.SYNTHETIC_SERVICES,
    host: env.HOST,
    signingKeys: env.AUTH_SIGNING_KEYS,
    gatewaySecret: env.GATEWAY_SECRET,
    logger,
    development: env.NODE_ENV !== 'production',
  });
  stopOnSignals(stack.stop, logger);
  const where = stack.embeddedDatabase
    ? ` (embedded PostgreSQL, data in ${resolve(env.DATA_DIR)})`
    : '';
  process.stdout.write(
    `\nBrussels social-health directory is ready${where}.\nOpen ${stack.url} — Ctrl-C stops everything.\n\n`,
  );
});
