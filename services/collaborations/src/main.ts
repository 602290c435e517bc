// The collaborations subgraph on its own (docker-compose, production). `npm start` runs the whole stack.
import { createLogger, loadEnvOrExit, openDatabase, runMain, stopOnSignals } from '@bxl/common';

import { collaborationsEnvShape } from './config';
import { startCollaborations } from './server';

runMain(async () => {
  const env = loadEnvOrExit(collaborationsEnvShape);
  const logger = createLogger('collaborations', env.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedPort: env.EMBEDDED_PG_PORT,
    logger,
  });
  const service = await startCollaborations({
    databaseUrl: database.url,
    territoriesUrl: env.TERRITORIES_URL,
    actorsUrl: env.ACTORS_URL,
    port: env.COLLABORATIONS_PORT,
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
