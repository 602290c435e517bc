import { z } from 'zod';

import { baseEnvShape, portSchema } from '@bxl/common';

/** Everything the actors subgraph reads from its environment, parsed once in main. */
export const actorsEnvShape = {
  ...baseEnvShape,
  ACTORS_PORT: portSchema(4002),
  EMBEDDED_PG_PORT: portSchema(54329),
  GATEWAY_SECRET: z.string().min(32).optional(),
  /** The territories subgraph, which places sites in territories. */
  TERRITORIES_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** How many synthetic services the seed generates (0: none). */
  SYNTHETIC_SERVICES: z.coerce.number().int().min(0).default(2000),
};
