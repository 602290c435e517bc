import { CACHE_MINUTE_S, serveSubgraph, ServiceUnavailableError } from '@bxl/common';
import type { Logger, RunningSubgraph, SigningKey } from '@bxl/common';

import type { SearchServices } from './context';
import { initSearchDatabase } from './database';
import { createSearchEngine } from './engine/engine-factory';
import type { EngineOptions } from './engine/engine-factory';
import { Vocabulary } from './graphql/vocabulary';
import { ChangeFeed, listenForChanges } from './indexer/change-feed';
import { DocumentSource } from './indexer/document-source';
import { GatewayClient } from './indexer/gateway-client';
import { Indexer } from './indexer/indexer';
import type { IndexerOptions } from './indexer/indexer';
import { PoolQueryable } from './indexer/pool-queryable';
import { buildSearchSchema } from './schema';

export interface SearchOptions {
  databaseUrl: string;
  /** The gateway, when known at start; else `connectGateway` once it runs. */
  gatewayUrl?: string;
  signingKey?: SigningKey;
  engine: Omit<EngineOptions, 'databaseUrl'>;
  /** Run the indexer here (omit: no indexer in this process). */
  indexer?: IndexerOptions;
  port: number;
  host: string;
  logger: Logger;
  development: boolean;
  gatewaySecret?: string;
  /** PostgreSQL's statement_timeout for this subgraph (ms; 0: none; default DEFAULT_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /** Migrate the search schema. */
  prepare?: boolean;
}

export interface SearchService extends RunningSubgraph<SearchServices> {
  indexer: Indexer;
  /** Tells the service where the gateway is and starts the indexer (reindexing an empty index first). */
  connectGateway: (url: string) => Promise<void>;
}

/**
 * Waits for work that needs the engine or the gateway; either unreachable is logged, not fatal
 * (searches answer SERVICE_UNAVAILABLE, the indexer's poll retries).
 */
async function whenAvailable(
  work: Promise<unknown>,
  logger: Logger,
  message: string,
): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) {
      throw error;
    }
    logger.warn({ err: error }, message);
  }
}

/** Starts the search subgraph (GraphQL on /graphql, /health, /ready) and, if asked, its indexer. */
export async function startSearch(options: SearchOptions): Promise<SearchService> {
  const db = await initSearchDatabase(
    options.databaseUrl,
    options.logger,
    options.statementTimeoutMs,
  );
  const queryable = new PoolQueryable(options.databaseUrl);
  const engine = createSearchEngine({
    ...options.engine,
    databaseUrl: options.databaseUrl,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  let listener: { close: () => Promise<void> } | null = null;
  try {
    if (options.prepare) {
      await db.migrate();
    }
    await whenAvailable(engine.prepare(), options.logger, 'search engine not ready');
    const gateway = new GatewayClient(options.gatewayUrl ?? null, options.signingKey);
    const feed = new ChangeFeed(queryable);
    const indexer = new Indexer(engine, feed, new DocumentSource(gateway), options.logger, {
      batchSize: options.indexer?.batchSize ?? 1000,
      pollMs: options.indexer?.pollMs ?? 5000,
    });
    const services: SearchServices = { engine, feed, vocabulary: new Vocabulary(gateway), indexer };
    const { schema } = await buildSearchSchema();
    const running = await serveSubgraph({
      name: 'search',
      db,
      defaultMaxAge: CACHE_MINUTE_S,
      schema,
      loaders: () => ({}),
      services,
      port: options.port,
      host: options.host,
      logger: options.logger,
      development: options.development,
      gatewaySecret: options.gatewaySecret,
    });
    const connectGateway = async (url: string) => {
      gateway.connect(url);
      if (!options.indexer) {
        return;
      }
      // Caught up (a first start: indexed whole) before answering; an engine down is retried by the poll.
      await whenAvailable(indexer.catchUp(), options.logger, 'indexing postponed');
      listener = await listenForChanges(options.databaseUrl, () => indexer.wake());
      indexer.start();
    };
    if (options.gatewayUrl && options.indexer) {
      // The gateway may start after this service: the poll catches up once it answers.
      void connectGateway(options.gatewayUrl).catch((error: unknown) =>
        options.logger.warn({ err: error }, 'indexer not started: the gateway does not answer yet'),
      );
    }
    return {
      ...running,
      indexer,
      connectGateway,
      close: async () => {
        await indexer.stop();
        await listener?.close();
        await running.close();
        await engine.close();
        await queryable.close();
      },
    };
  } catch (error) {
    await engine.close().catch(() => undefined);
    await queryable.close();
    await db.close();
    throw error;
  }
}
