import { localSecrets, openDatabase, parseSigningKeys } from '@bxl/common';
import type { CorsPolicy, Logger, RunningServer } from '@bxl/common';
import { startActors } from '@bxl/actors';
import type { RecordCounts } from '@bxl/actors';
import { startCollaborations } from '@bxl/collaborations';
import { startSearch } from '@bxl/search';
import type { MeilisearchEngineConfig, SearchOptions } from '@bxl/search';
import { startTerritories } from '@bxl/territories';

import { DEFAULT_LIMITS } from '../config';
import type { gatewayEditOptions, gatewayLimits } from '../config';
import { startGateway } from '../gateway';
import { loadSupergraph } from '../schema/schema-files';
import { startSearchThread } from './search-thread';

export interface StackOptions {
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  gatewayPort: number;
  territoriesPort: number;
  actorsPort: number;
  collaborationsPort: number;
  searchPort: number;
  /** Search on Meilisearch; omitted: the embedded PostgreSQL engine. */
  meili?: MeilisearchEngineConfig | null;
  /** Synthetic services to seed an empty registry with (besides the real records). */
  syntheticServices: number;
  host: string;
  signingKeys?: string;
  gatewaySecret?: string;
  /** PostgreSQL's statement_timeout for every subgraph (ms; 0: none; DB_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /** The gateway's operation and body limits (MAX_* in the environment; default: DEFAULT_LIMITS, 2 MB). */
  gatewayLimits?: ReturnType<typeof gatewayLimits>;
  /** Editors' sessions and uploads (SESSION_HOURS, IMPORT_MAX_BYTES). */
  gatewayEdit?: ReturnType<typeof gatewayEditOptions>;
  logger: Logger;
  development: boolean;
  /** The built web application the gateway serves at `/`. */
  webRoot?: string;
  /** Origins trusted with credentials and writes (CORS_ORIGINS). */
  cors?: CorsPolicy;
  /** Run the search subgraph on a worker thread, logging at this level (npm start). */
  searchThread?: { logLevel: string };
}

export interface Stack {
  /** The gateway's GraphQL URL (the web application is at its root). */
  url: string;
  /** What the actors registry holds at start: real and synthetic services and organisations. */
  records: RecordCounts;
  embeddedDatabase: boolean;
  stop: () => Promise<void>;
}

/**
 * The whole directory in one process: the database (DATABASE_URL, or an embedded PostgreSQL under
 * the data folder), every subgraph (migrated, seeded if empty) and the gateway. `stop` undoes it all
 * in reverse order, the embedded PostgreSQL last.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const secrets = localSecrets(options.dataDir);
  const gatewaySecret = options.gatewaySecret ?? secrets.gatewaySecret;
  const database = await openDatabase({
    databaseUrl: options.databaseUrl,
    embeddedPort: options.embeddedPgPort,
    logger: options.logger,
    dataDir: options.dataDir,
  });
  const started: Array<Pick<RunningServer, 'close'>> = [];
  const stop = async () => {
    for (const server of started.reverse()) {
      await server
        .close()
        .catch((error: unknown) => options.logger.error({ err: error }, 'stop failed'));
    }
    await database.stop();
  };
  try {
    const territories = await startTerritories({
      databaseUrl: database.url,
      port: options.territoriesPort,
      host: options.host,
      logger: options.logger.child({ service: 'territories' }),
      development: options.development,
      gatewaySecret,
      statementTimeoutMs: options.statementTimeoutMs,
      prepare: true,
    });
    started.push(territories);
    const actors = await startActors({
      databaseUrl: database.url,
      territoriesUrl: territories.url,
      port: options.actorsPort,
      host: options.host,
      logger: options.logger.child({ service: 'actors' }),
      development: options.development,
      gatewaySecret,
      statementTimeoutMs: options.statementTimeoutMs,
      prepare: { synthetic: options.syntheticServices },
    });
    started.push(actors);
    // Collaborations checks organisations and services with actors: it starts after it.
    const collaborations = await startCollaborations({
      databaseUrl: database.url,
      territoriesUrl: territories.url,
      actorsUrl: actors.url,
      port: options.collaborationsPort,
      host: options.host,
      logger: options.logger.child({ service: 'collaborations' }),
      development: options.development,
      gatewaySecret,
      statementTimeoutMs: options.statementTimeoutMs,
      prepare: true,
    });
    started.push(collaborations);
    const signingKeys = parseSigningKeys(options.signingKeys ?? secrets.signingKey);
    const searchOptions: SearchOptions = {
      databaseUrl: database.url,
      signingKey: signingKeys[0],
      engine: { meili: options.meili },
      indexer: { batchSize: 1000, pollMs: 5000 },
      port: options.searchPort,
      host: options.host,
      logger: options.logger.child({ service: 'search' }),
      development: options.development,
      gatewaySecret,
      statementTimeoutMs: options.statementTimeoutMs,
      prepare: true,
    };
    const search = options.searchThread
      ? await startSearchThread(searchOptions, options.searchThread.logLevel)
      : await startSearch(searchOptions);
    started.push(search);
    const gateway = await startGateway({
      supergraphSdl: loadSupergraph(),
      subgraphUrls: {
        territories: territories.url,
        actors: actors.url,
        collaborations: collaborations.url,
        search: search.url,
      },
      signingKeys,
      gatewaySecret,
      ...(options.gatewayLimits ?? { limits: DEFAULT_LIMITS, maxBodyBytes: 2_000_000 }),
      port: options.gatewayPort,
      host: options.host,
      logger: options.logger.child({ service: 'gateway' }),
      development: options.development,
      webRoot: options.webRoot,
      cors: options.cors,
      databaseUrl: database.url,
      ...options.gatewayEdit,
    });
    started.push(gateway);
    // The index is built through the gateway: on a first start (empty index), before answering.
    await search.connectGateway(gateway.url);
    return { url: gateway.url, records: actors.records, embeddedDatabase: database.embedded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
