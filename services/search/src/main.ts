// The search subgraph and its indexer on their own (docker-compose, production). `npm start` runs the whole stack.
import { parseSigningKeys, runSubgraphMain } from '@bxl/common';

import { searchEnvShape } from './config';
import { meilisearchConfigFromEnv } from './engine/meilisearch/meilisearch-config';
import { startSearch } from './server';

runSubgraphMain('search', searchEnvShape, (env, base) =>
  startSearch({
    ...base,
    gatewayUrl: env.GATEWAY_URL,
    signingKey: env.AUTH_SIGNING_KEYS ? parseSigningKeys(env.AUTH_SIGNING_KEYS)[0] : undefined,
    engine: { meili: meilisearchConfigFromEnv(env), memoryIndex: env.SEARCH_MEMORY_INDEX === 'on' },
    indexer:
      env.SEARCH_INDEXER === 'on'
        ? { batchSize: env.INDEXER_BATCH, pollMs: env.INDEXER_POLL_MS }
        : undefined,
    port: env.SEARCH_PORT,
    prepare: true,
  }),
);
