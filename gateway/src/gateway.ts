import { ApolloGateway } from '@apollo/gateway';

import {
  costLimitPlugin,
  createGraphQLService,
  createStaticSite,
  crossOriginWritePlugin,
  operationLimitRules,
  parseCorsOrigins,
  rateLimitGuard,
} from '@bxl/common';
import type { CorsPolicy, Logger, OperationLimits, RunningServer, SigningKey } from '@bxl/common';

import { AccountStore } from './auth/account-store';
import type { LockoutPolicy } from './auth/account-store';
import { OidcVerifier } from './auth/oidc';
import type { OidcConfig } from './auth/oidc';
import { identityFromRequest } from './auth/request-identity';
import { rateLimitClient } from './auth/rate-limit-client';
import { DEFAULT_OPERATION_TIMEOUT_MS, DEFAULT_SIGNED_IN_OPERATION_TIMEOUT_MS } from './config';
import { hsdsProxyRoute } from './http/hsds-proxy';
import { createResponseCache } from './http/response-cache';
import { costOptions } from './operation-costs';
import { sessionRoutes } from './auth/session.routes';
import { importUploadRoute } from './edit/import-upload.route';
import { plannerErrorsPlugin } from './planner-errors';
import { SubgraphDataSource } from './subgraph-data-source';
import type { GatewayContext } from './subgraph-data-source';

export type { GatewayContext };

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph answers, by name (overrides the URLs in the supergraph). */
  subgraphUrls: Record<string, string>;
  signingKeys: SigningKey[];
  gatewaySecret?: string;
  limits: OperationLimits;
  maxBodyBytes: number;
  /** Longest an operation waits for the subgraphs (default 10 s): then TIMEOUT. */
  operationTimeoutMs?: number;
  /** The same for a signed-in caller (an editor's import, an admin's reindex); default 10 min. */
  signedInOperationTimeoutMs?: number;
  /** Requests per minute (and burst) per client; none: no rate limit (the test stack). */
  rateLimit?: { perMinute: number; burst: number };
  port: number;
  host: string;
  logger: Logger;
  development: boolean;
  /** The built web application (services/web/dist) to serve at `/`; none: GraphQL only. */
  webRoot?: string;
  /** Origins trusted with credentials and writes (CORS_ORIGINS); public reads are open to all. */
  cors?: CorsPolicy;
  /** The database holding the local accounts (schema `auth`); none: no sign-in with an account. */
  databaseUrl?: string;
  /** How long an editor's session lasts (default 8 hours). */
  sessionHours?: number;
  /** Sign-in lockout (default: after 5 failures, 30 s doubling up to 15 min). */
  lockout?: LockoutPolicy;
  /** The largest file an import upload takes (default 50 MB). */
  importMaxBytes?: number;
  /** An OpenID Connect provider whose bearer tokens are accepted too (production). */
  oidc?: OidcConfig | null;
}

const readyUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/ready');

/**
 * The gateway: @apollo/gateway serving the committed supergraph inside our Apollo Server, with
 * bearer-token authentication, a rate limit per client, operation limits (depth, aliases, tokens,
 * directives, cost), CSRF prevention, CORS, HTTP caching (see http/response-cache.ts), the HSDS
 * feed passed through from actors at /hsds, /health, and /ready once every subgraph is ready.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const accounts = options.databaseUrl
    ? new AccountStore(options.databaseUrl, options.lockout)
    : null;
  await accounts?.prepare();
  const oidc = options.oidc ? new OidcVerifier(options.oidc) : null;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const configured = options.subgraphUrls[name] ?? url;
      if (!configured) {
        throw new Error(`no URL for subgraph ${name}`);
      }
      return new SubgraphDataSource(name, configured, options.gatewaySecret);
    },
  });
  const cors = options.cors ?? parseCorsOrigins('');
  const service = createGraphQLService<GatewayContext>({
    name: 'gateway',
    gateway,
    logger: options.logger,
    development: options.development,
    validationRules: operationLimitRules(options.limits),
    plugins: [
      costLimitPlugin<GatewayContext>(costOptions(options.limits.maxCost)),
      plannerErrorsPlugin<GatewayContext>(),
      crossOriginWritePlugin<GatewayContext>(cors),
      ...createResponseCache().plugins,
    ],
    cors,
    maxTokens: options.limits.maxTokens,
    maxBodyBytes: options.maxBodyBytes,
    site: options.webRoot ? createStaticSite(options.webRoot) : undefined,
    guard: options.rateLimit
      ? rateLimitGuard({
          ...options.rateLimit,
          clientOf: (req) => rateLimitClient(req, options.signingKeys),
        })
      : undefined,
    routes: [
      hsdsProxyRoute(options.subgraphUrls.actors ?? ''),
      ...sessionRoutes({
        accounts,
        signingKeys: options.signingKeys,
        sessionSeconds: Math.round((options.sessionHours ?? 8) * 3600),
        logger: options.logger,
      }),
      importUploadRoute({
        actorsUrl: options.subgraphUrls.actors ?? '',
        signingKeys: options.signingKeys,
        oidc,
        sessions: accounts,
        gatewaySecret: options.gatewaySecret,
        maxBytes: options.importMaxBytes ?? 50_000_000,
      }),
    ],
    context: async (req) => {
      const identity = await identityFromRequest(req, options.signingKeys, oidc, accounts);
      const timeoutMs = identity
        ? (options.signedInOperationTimeoutMs ?? DEFAULT_SIGNED_IN_OPERATION_TIMEOUT_MS)
        : (options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS);
      return {
        identity,
        acceptLanguage: req.headers['accept-language'],
        deadline: AbortSignal.timeout(timeoutMs),
      };
    },
    ready: async () => {
      const answers = await Promise.all(
        Object.values(options.subgraphUrls).map((url) =>
          fetch(readyUrl(url), { signal: AbortSignal.timeout(2000) }).then(
            (response) => response.ok,
            () => false,
          ),
        ),
      );
      return answers.every(Boolean);
    },
  });
  try {
    const running = await service.start(options.port, options.host);
    return {
      ...running,
      close: async () => {
        await running.close();
        await accounts?.close();
      },
    };
  } catch (error) {
    await accounts?.close();
    throw error;
  }
}
