// The gateway on its own (docker-compose, production). `npm start` runs the whole stack.
import { createLogger, loadEnvOrExit, parseSigningKeys, runMain, stopOnSignals } from '@bxl/common';

import { gatewayEditOptions, gatewayEnvShape, gatewayLimits } from './config';
import { startGateway } from './gateway';
import { gatewayCors } from './http/http.config';
import { loadSupergraph } from './supergraph';
import { webRootOrWarn } from './web/web-root';

runMain(async () => {
  const env = loadEnvOrExit(gatewayEnvShape);
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const server = await startGateway({
    supergraphSdl: loadSupergraph(),
    subgraphUrls: {
      territories: env.TERRITORIES_URL,
      actors: env.ACTORS_URL,
      collaborations: env.COLLABORATIONS_URL,
      search: env.SEARCH_URL,
    },
    signingKeys: env.AUTH_SIGNING_KEYS ? parseSigningKeys(env.AUTH_SIGNING_KEYS) : [],
    gatewaySecret: env.GATEWAY_SECRET,
    ...gatewayLimits(env),
    ...gatewayEditOptions(env),
    // Local accounts live in this database (schema auth); without it, only bearer tokens.
    databaseUrl: env.DATABASE_URL,
    port: env.GATEWAY_PORT,
    host: env.HOST,
    logger,
    development: env.NODE_ENV === 'development',
    webRoot: webRootOrWarn(env.WEB_DIR, logger),
    cors: gatewayCors(env),
  });
  stopOnSignals(() => server.close(), logger);
});
