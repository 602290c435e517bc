// The actors subgraph on its own (docker-compose, production). `npm start` runs the whole stack.
import { runSubgraphMain } from '@bxl/common';

import { actorsEnvShape } from './config';
import { startActors } from './server';

runSubgraphMain('actors', actorsEnvShape, (env, base) =>
  startActors({
    ...base,
    territoriesUrl: env.TERRITORIES_URL,
    port: env.ACTORS_PORT,
    prepare: { synthetic: env.SYNTHETIC_SERVICES },
  }),
);
