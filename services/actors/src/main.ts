// The actors subgraph on its own (docker-compose, production). `npm start` runs the whole stack.
import { createLogger, loadEnvOrExit, openDatabase, runMain, stopOnSignals } from '@bxl/common';

import { actorsEnvShape } from './config';
import { startActors } from './server';

runMain(async () => {
  const env = loadEnvOrExit(actorsEnvShape);
  const logger = createLogger('actors', env.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedPort: env.EMBEDDED_PG_PORT,
    logger,
  });
  const service = await startActors({
    databaseUrl: database.url,
    territoriesUrl: env.TERRITORIES_URL,
    port: env.ACTORS_PORT,
    host: env.HOST,
    logger,
    development: env.NODE_ENV === 'development',
    gatewaySecret: env.GATEWAY_SECRET,
    prepare: { synthetic: env.SYNTHETIC_SERVICES },
  });
  stopOnSignals(async () => {
    await service.close();
    await database.stop();
  }, logger);
});
