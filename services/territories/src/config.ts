import { z } from 'zod';

import { baseEnvShape, portSchema } from '@bxl/common';

/** Everything the territories subgraph reads from its environment, parsed once in main. */
export const territoriesEnvShape = {
  ...baseEnvShape,
  TERRITORIES_PORT: portSchema(4001),
  EMBEDDED_PG_PORT: portSchema(54329),
  GATEWAY_SECRET: z.string().min(32).optional(),
};
export type TerritoriesEnv = z.infer<z.ZodObject<typeof territoriesEnvShape>>;
