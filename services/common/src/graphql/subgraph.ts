import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';

import type { Database } from '../db/orm';
import type { RunningServer } from '../http/http-server';
import type { HttpRoute } from '../http/http-route';
import type { Logger } from '../logger';
import { createContextFactory } from './context';
import { createGraphQLService } from './graphql-service';

export interface SubgraphOptions<L, S> {
  name: string;
  db: Database;
  schema: GraphQLSchema;
  loaders: (em: EntityManager) => L;
  services: S;
  port: number;
  host: string;
  logger: Logger;
  development: boolean;
  gatewaySecret?: string;
  /** Max-age (seconds) of fields without a `@cacheControl` hint: how often this data changes. */
  defaultMaxAge: number;
  /** Plain HTTP endpoints beside GraphQL (the actors' HSDS feed and import upload). */
  routes?: readonly HttpRoute[];
}

export interface RunningSubgraph<S> extends RunningServer {
  db: Database;
  services: S;
}

/**
 * Serves a subgraph over its database: per-request context (fork, loaders, identity), readiness on
 * the database, and a close that stops the server, then the database.
 */
export async function serveSubgraph<L, S>(
  options: SubgraphOptions<L, S>,
): Promise<RunningSubgraph<S>> {
  const service = createGraphQLService({
    name: options.name,
    schema: options.schema,
    logger: options.logger,
    development: options.development,
    context: createContextFactory({
      em: options.db.em,
      loaders: options.loaders,
      services: options.services,
      gatewaySecret: options.gatewaySecret,
    }),
    ready: options.db.ping,
    maxBodyBytes: 10_000_000,
    defaultMaxAge: options.defaultMaxAge,
    routes: options.routes,
  });
  const running = await service.start(options.port, options.host);
  let closing: Promise<void> | undefined;
  return {
    ...running,
    db: options.db,
    services: options.services,
    // Once: a test that stops a subgraph early, and then its stack, closes it twice.
    close: () =>
      (closing ??= (async () => {
        await running.close();
        await options.db.close();
      })()),
  };
}
