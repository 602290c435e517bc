import { z } from 'zod';

import { baseEnvShape, EnvError, portSchema } from '@bxl/common';
import type { OperationLimits } from '@bxl/common';

import { gatewayHttpEnvShape } from './http/http.config';
import { WEB_DIST_DIR } from './web/web-root';

/**
 * Operation limits. Depth 12, not graphql-armor's 6: a federated answer such as
 * `locate { memberships { territory { within { territory { name } } } } }` is legitimately deep.
 * Directives: graphql-armor's 50. Cost: see operation-costs.ts; the dearest operation we make is the
 * search indexer's batch of 200 services with everything it indexes (about 240,000).
 */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 50,
  maxCost: 500_000,
};

/** Longer than a subgraph's statement_timeout (DB_STATEMENT_TIMEOUT_MS, 8 s): a statement is cancelled first. */
export const DEFAULT_OPERATION_TIMEOUT_MS = 10_000;
/**
 * Signed-in callers (editors, admins) are accountable and rate-limited by subject: their operations
 * may run longer — a full reindex or a large import takes more than 10 s at 10,000 services.
 */
export const DEFAULT_SIGNED_IN_OPERATION_TIMEOUT_MS = 600_000;

/** The gateway's limits from the environment: the same however the gateway starts (alone or in npm start). */
export const gatewayLimitsEnvShape = {
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxDepth),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxAliases),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.maxTokens),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxDirectives),
  MAX_QUERY_COST: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.maxCost),
  MAX_BODY_BYTES: z.coerce.number().int().min(1000).default(2_000_000),
  /** Longest an operation may wait for the subgraphs before the gateway answers TIMEOUT (ms). */
  OPERATION_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_OPERATION_TIMEOUT_MS),
  /** The same for a signed-in caller (ms). */
  OPERATION_TIMEOUT_SIGNED_IN_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(DEFAULT_SIGNED_IN_OPERATION_TIMEOUT_MS),
  /** Requests per minute per client (signed in: per token subject; else per IP); 0: no limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Requests a client may make at once after a pause. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(120),
};
type GatewayLimitsEnv = z.infer<z.ZodObject<typeof gatewayLimitsEnvShape>>;

export const gatewayLimits = (env: GatewayLimitsEnv) => ({
  limits: {
    maxDepth: env.MAX_QUERY_DEPTH,
    maxAliases: env.MAX_QUERY_ALIASES,
    maxTokens: env.MAX_QUERY_TOKENS,
    maxDirectives: env.MAX_QUERY_DIRECTIVES,
    maxCost: env.MAX_QUERY_COST,
  },
  maxBodyBytes: env.MAX_BODY_BYTES,
  operationTimeoutMs: env.OPERATION_TIMEOUT_MS,
  signedInOperationTimeoutMs: env.OPERATION_TIMEOUT_SIGNED_IN_MS,
  rateLimit:
    env.RATE_LIMIT_PER_MINUTE > 0
      ? { perMinute: env.RATE_LIMIT_PER_MINUTE, burst: env.RATE_LIMIT_BURST }
      : undefined,
});

/** Unset or empty (as a compose file's `${VAR:-}` gives it): absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** The editors' sessions and uploads: the same however the gateway starts. */
export const gatewayEditEnvShape = {
  /** How long a signed-in editor's session lasts, in hours. */
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 7)
    .default(8),
  /** The largest file an editor may import (bytes). */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1000).default(50_000_000),
  /** An OpenID Connect provider (production): its issuer and JWKS; both or neither. */
  OIDC_ISSUER: optional(z.url()),
  OIDC_JWKS_URL: optional(z.url()),
  OIDC_AUDIENCE: optional(z.string().min(1)),
  OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
  OIDC_EDITOR_ROLE: z.string().min(1).default('editor'),
  OIDC_ADMIN_ROLE: z.string().min(1).default('admin'),
};
type GatewayEditEnv = z.infer<z.ZodObject<typeof gatewayEditEnvShape>>;

export const gatewayEditOptions = (env: GatewayEditEnv) => {
  if (Boolean(env.OIDC_ISSUER) !== Boolean(env.OIDC_JWKS_URL)) {
    throw new EnvError(['OIDC_ISSUER and OIDC_JWKS_URL go together: set both or neither']);
  }
  return {
    sessionHours: env.SESSION_HOURS,
    importMaxBytes: env.IMPORT_MAX_BYTES,
    oidc:
      env.OIDC_ISSUER && env.OIDC_JWKS_URL
        ? {
            issuer: env.OIDC_ISSUER,
            jwksUrl: env.OIDC_JWKS_URL,
            audience: env.OIDC_AUDIENCE,
            rolesClaim: env.OIDC_ROLES_CLAIM,
            editorRole: env.OIDC_EDITOR_ROLE,
            adminRole: env.OIDC_ADMIN_ROLE,
          }
        : null,
  };
};

/** The gateway's environment, parsed once in main. */
export const gatewayEnvShape = {
  ...baseEnvShape,
  GATEWAY_PORT: portSchema(4000),
  TERRITORIES_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  ACTORS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  COLLABORATIONS_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  SEARCH_URL: z.url().default('http://127.0.0.1:4004/graphql'),
  /** Bearer-token keys, `kid:secret` pairs separated by commas (secrets ≥ 32 characters). */
  AUTH_SIGNING_KEYS: z.string().min(1).optional(),
  /** Shared with the subgraphs: proves a forwarded identity comes from the gateway. */
  GATEWAY_SECRET: z.string().min(32).optional(),
  ...gatewayLimitsEnvShape,
  ...gatewayHttpEnvShape,
  ...gatewayEditEnvShape,
  /** The built web application served at `/` (`npm run web:build`); empty: GraphQL only. */
  WEB_DIR: z.string().default(WEB_DIST_DIR),
};
export type GatewayEnv = z.infer<z.ZodObject<typeof gatewayEnvShape>>;
