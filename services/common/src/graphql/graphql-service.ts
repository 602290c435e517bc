import type { IncomingMessage } from 'node:http';

import { ApolloServer } from '@apollo/server';
import type {
  ApolloServerOptionsWithGateway,
  ApolloServerPlugin,
  BaseContext,
} from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { GraphQLSchema } from 'graphql';

import { createErrorFormatter } from '../errors';
import { createHttpServer, listen } from '../http/http-server';
import { inputGuardPlugin } from './input-guard';
import type { CorsPolicy } from '../http/cors';
import type { HttpServerOptions, RunningServer } from '../http/http-server';
import type { HttpRoute } from '../http/http-route';
import type { StaticSite } from '../http/static-files';
import type { Logger } from '../logger';

export interface GraphQLServiceOptions<C extends BaseContext> {
  name: string;
  schema?: GraphQLSchema;
  /** For the gateway: Apollo's gateway in place of a schema. */
  gateway?: ApolloServerOptionsWithGateway<C>['gateway'];
  context: (req: IncomingMessage) => Promise<C>;
  ready: () => Promise<boolean>;
  logger: Logger;
  development: boolean;
  plugins?: ApolloServerPlugin<C>[];
  validationRules?: ApolloServerOptionsWithGateway<C>['validationRules'];
  /** Most lexical tokens a document may have: refused before parsing further. */
  maxTokens?: number;
  maxBodyBytes?: number;
  /** The gateway only: the web application, whose explorer then replaces Apollo's CDN-loaded sandbox. */
  site?: StaticSite;
  /** The gateway only: cross-origin access (public reads from anywhere, writes from CORS_ORIGINS). */
  cors?: CorsPolicy;
  /** Plain HTTP endpoints beside GraphQL (the HSDS feed, sign-in, the import upload). */
  routes?: readonly HttpRoute[];
  /** Default max-age (seconds) of this schema's fields without a `@cacheControl` hint. */
  defaultMaxAge?: number;
  /** The gateway only: answers a request before GraphQL does (the rate limit); see HttpServerOptions. */
  guard?: HttpServerOptions<C>['guard'];
}

export interface GraphQLService {
  start: (port: number, host: string) => Promise<RunningServer>;
  apollo: ApolloServer<BaseContext>;
}

/**
 * An Apollo Server with our defaults (CSRF prevention on, errors coded in one place, a sandbox in
 * development only) behind the shared HTTP server with /health and /ready. Used by every subgraph
 * and by the gateway.
 */
export function createGraphQLService<C extends BaseContext>(
  options: GraphQLServiceOptions<C>,
): GraphQLService {
  const landing = options.site
    ? ApolloServerPluginLandingPageDisabled()
    : options.development
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
      : ApolloServerPluginLandingPageProductionDefault({ footer: false });
  const common = {
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: createErrorFormatter({
      exposeInternal: options.development,
      logger: options.logger,
    }),
    // Subgraphs trace nothing inline: no Apollo Studio here, and it costs on every request.
    plugins: [
      landing,
      inputGuardPlugin<C>(),
      ...(options.gateway
        ? []
        : [
            ApolloServerPluginInlineTraceDisabled(),
            ApolloServerPluginCacheControl({ defaultMaxAge: options.defaultMaxAge ?? 0 }),
          ]),
      ...(options.plugins ?? []),
    ],
    validationRules: options.validationRules,
    parseOptions: options.maxTokens ? { maxTokens: options.maxTokens } : undefined,
    logger: options.logger,
  };
  const apollo = options.gateway
    ? new ApolloServer<C>({ ...common, gateway: options.gateway })
    : new ApolloServer<C>({ ...common, schema: options.schema as GraphQLSchema });
  return {
    apollo: apollo as unknown as ApolloServer<BaseContext>,
    start: async (port, host) => {
      await apollo.start();
      const server = createHttpServer({
        apollo,
        context: options.context,
        ready: options.ready,
        logger: options.logger,
        maxBodyBytes: options.maxBodyBytes,
        site: options.site,
        cors: options.cors,
        routes: options.routes,
        guard: options.guard,
      });
      const running = await listen(server, port, host);
      options.logger.info({ url: running.url }, `${options.name} listening`);
      return {
        ...running,
        close: async () => {
          await running.close();
          await apollo.stop();
        },
      };
    },
  };
}
