// The search subgraph and its indexer on their own (docker-compose, production). `npm start` runs the whole stack.
import {
  createLogger,
  loadEnvOrExit,
  openDatabase,
  parseSigningKeys,
  runMain,
  stopOnSignals,
} from '@bxl/common';

import { searchEnvShape } from './config';
import { startSearch } from './server';

runMain(async () => {
  const env = loadEnvOrExit(searchEnvShape);
  const logger = createLogger('search', env.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedPort: env.EMBEDDED_PG_PORT,
    logger,
  });
  const service = await startSearch({
    databaseUrl: database.url,
    gatewayUrl: env.GATEWAY_URL,
    signingKey: env.AUTH_SIGNING_KEYS ? parseSigningKeys(env.AUTH_SIGNING_KEYS)[0] : undefined,
    engine: {
      meiliHost: env.MEILI_HOST,
      meiliApiKey: env.MEILI_MASTER_KEY,
      meiliIndexPrefix: env.MEILI_INDEX_PREFIX,
    },
    indexer:
      env.SEARCH_INDEXER === 'on'
        ? { batchSize: env.INDEXER_BATCH, pollMs: env.INDEXER_POLL_MS }
        : undefined,
    port: env.SEARCH_PORT,
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
