import { z } from 'zod';

import { baseEnvShape, portSchema } from '@bxl/common';

/** Everything the collaborations subgraph reads from its environment, parsed once in main. */
export const collaborationsEnvShape = {
  ...baseEnvShape,
  COLLABORATIONS_PORT: portSchema(4003),
  EMBEDDED_PG_PORT: portSchema(54329),
  GATEWAY_SECRET: z.string().min(32).optional(),
  /** The territories subgraph: which communes and bassins a groupement lies in. */
  TERRITORIES_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** The actors subgraph: whether organisations and services exist, the CPAS to host the CLSS. */
  ACTORS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
};
