// The territories subgraph on its own (docker-compose, production). `npm start` runs the whole stack.
import { createLogger, loadEnvOrExit, openDatabase } from '@bxl/common';

import { territoriesEnvShape } from './config';
import { startTerritories } from './server';

async function main(): Promise<void> {
  const env = loadEnvOrExit(territoriesEnvShape);
  const logger = createLogger('territories', env.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedPort: env.EMBEDDED_PG_PORT,
    logger,
  });
  const service = await startTerritories({
    databaseUrl: database.url,
    port: env.TERRITORIES_PORT,
    host: env.HOST,
    logger,
    development: env.NODE_ENV === 'development',
    gatewaySecret: env.GATEWAY_SECRET,
    prepare: true,
  });
  const stop = async () => {
    await service.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
