import { z } from 'zod';

import { parseCorsOrigins } from '@bxl/common';
import type { CorsPolicy } from '@bxl/common';

/** The gateway's HTTP environment (CORS), the same however it starts (alone or in npm start). */
export const gatewayHttpEnvShape = {
  /**
   * Origins trusted with credentials and writes, comma-separated (`https://portal.example,…`).
   * Public reads are open to every origin whatever this says.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .refine(
      (value) =>
        [...parseCorsOrigins(value).allowedOrigins].every((origin) => URL.canParse(origin)),
      { message: 'CORS_ORIGINS: comma-separated origins such as https://portal.example' },
    ),
};
type GatewayHttpEnv = z.infer<z.ZodObject<typeof gatewayHttpEnvShape>>;

export const gatewayCors = (env: GatewayHttpEnv): CorsPolicy => parseCorsOrigins(env.CORS_ORIGINS);
