// npm start — the whole directory on embedded defaults: open the URL it prints.
import { resolve } from 'node:path';

import { z } from 'zod';

import { baseEnvShape, createLogger, DATA_DIR, loadEnvOrExit, portSchema } from '@bxl/common';

import { startStack } from './stack';

const env = loadEnvOrExit({
  ...baseEnvShape,
  DATA_DIR: z.string().default(DATA_DIR),
  EMBEDDED_PG_PORT: portSchema(54329),
  GATEWAY_PORT: portSchema(4000),
  TERRITORIES_PORT: portSchema(4001),
  AUTH_SIGNING_KEYS: z.string().optional(),
  GATEWAY_SECRET: z.string().min(32).optional(),
});
const logger = createLogger('directory', env.LOG_LEVEL);

async function main(): Promise<void> {
  const stack = await startStack({
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    gatewayPort: env.GATEWAY_PORT,
    territoriesPort: env.TERRITORIES_PORT,
    host: env.HOST,
    signingKeys: env.AUTH_SIGNING_KEYS,
    gatewaySecret: env.GATEWAY_SECRET,
    logger,
    development: env.NODE_ENV !== 'production',
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.stdout.write(
    `\nBrussels social-health directory is ready${stack.embeddedDatabase ? ' (embedded PostgreSQL, data in ' + resolve(env.DATA_DIR) + ')' : ''}.\nOpen ${stack.url} — Ctrl-C stops everything.\n\n`,
  );
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'start failed');
  process.exit(1);
});
