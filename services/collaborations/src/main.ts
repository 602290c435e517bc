// The collaborations subgraph on its own (docker-compose, production). `npm start` runs the whole stack.
import { runSubgraphMain } from '@bxl/common';

import { collaborationsEnvShape } from './config';
import { startCollaborations } from './server';

runSubgraphMain('collaborations', collaborationsEnvShape, (env, base) =>
  startCollaborations({
    ...base,
    territoriesUrl: env.TERRITORIES_URL,
    actorsUrl: env.ACTORS_URL,
    port: env.COLLABORATIONS_PORT,
    prepare: true,
  }),
);
