// The territories subgraph on its own (docker-compose, production). `npm start` runs the whole stack.
import { createLogger, loadEnvOrExit, openDatabase, runMain, stopOnSignals } from '@bxl/common';

import { territoriesEnvShape } from './config';
import { startTerritories } from './server';

runMain(async () => {
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
  stopOnSignals(async () => {
    await service.close();
    await database.stop();
  }, logger);
});
