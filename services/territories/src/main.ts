// The territories subgraph on its own (docker-compose, production). `npm start` runs the whole stack.
import { runSubgraphMain } from '@bxl/common';

import { territoriesEnvShape } from './config';
import { startTerritories } from './server';

runSubgraphMain('territories', territoriesEnvShape, (env, base) =>
  startTerritories({ ...base, port: env.TERRITORIES_PORT, prepare: true }),
);
