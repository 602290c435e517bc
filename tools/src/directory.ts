import { localSecrets, openDatabase, parseSigningKeys } from '@bxl/common';
import type { Logger, RunningServer, SigningKey } from '@bxl/common';
import { startActors } from '@bxl/actors';
import type { ActorsService, RecordCounts } from '@bxl/actors';
import { startCollaborations } from '@bxl/collaborations';
import type { CollaborationsService } from '@bxl/collaborations';
import { DEFAULT_LIMITS, loadSupergraph, startGateway } from '@bxl/gateway';
import type { GatewayOptions } from '@bxl/gateway';
import { startSearch } from '@bxl/search';
import type { MeilisearchEngineConfig, SearchService } from '@bxl/search';
import { startTerritories } from '@bxl/territories';
import type { TerritoriesService } from '@bxl/territories';

import { startSearchThread } from './search-thread';
import type { SearchHandle } from './search-thread';

export type SubgraphName = 'territories' | 'actors' | 'collaborations' | 'search';

/** What the gateway takes besides what the directory wires itself (subgraphs, keys, database…). */
export type DirectoryGatewayOptions = Partial<
  Omit<
    GatewayOptions,
    | 'supergraphSdl'
    | 'subgraphUrls'
    | 'signingKeys'
    | 'gatewaySecret'
    | 'port'
    | 'host'
    | 'logger'
    | 'development'
    | 'databaseUrl'
  >
>;

export interface DirectoryOptions {
  /** The PostgreSQL to use; omitted: an embedded one under `dataDir`. */
  databaseUrl?: string;
  /** The embedded PostgreSQL's data and the local secrets (default `.data`). */
  dataDir?: string;
  embeddedPgPort?: number;
  /** Each service's port; omitted: any free port. */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  host?: string;
  logger: Logger;
  development: boolean;
  /** What actors seeds an empty registry with: synthetic services, and the real records (default yes). */
  seed: { synthetic: number; real?: boolean };
  /** Bearer-token keys (`kid:secret,…` or parsed); omitted: the local key under `dataDir`. */
  signingKeys?: string | SigningKey[];
  /** Proves a forwarded identity; omitted: the local secret under `dataDir`. */
  gatewaySecret?: string;
  /** PostgreSQL's statement_timeout (ms; 0: none), for every subgraph or per subgraph. */
  statementTimeoutMs?: number | Partial<Record<SubgraphName, number>>;
  /** Search on Meilisearch; omitted: the embedded PostgreSQL engine. */
  meili?: MeilisearchEngineConfig | null;
  /** The embedded engine's in-memory service search (SEARCH_MEMORY_INDEX; default on). */
  searchMemoryIndex?: boolean;
  /** The search indexer (indexes an empty index at start, then follows the change log); null: none. */
  indexer?: { batchSize: number; pollMs: number } | null;
  /** The gateway's limits, timeouts, CORS, web root, sessions… (default limits: DEFAULT_LIMITS, 2 MB). */
  gateway?: DirectoryGatewayOptions;
  /**
   * Run the search subgraph on a worker thread, logging at this level (npm start: its in-memory
   * search then works on the other core). Omitted: in this thread, its service at hand (tests).
   */
  searchThread?: { logLevel: string };
}

export interface Directory {
  /** The gateway's GraphQL URL (the web application is at its root). */
  url: string;
  /** The database every service uses. */
  databaseUrl: string;
  embeddedDatabase: boolean;
  /** What the actors registry held at start: real and synthetic services and organisations. */
  records: RecordCounts;
  territories: TerritoriesService;
  actors: ActorsService;
  collaborations: CollaborationsService;
  /** In this thread (its indexer and engine at hand), or on its own (searchThread). */
  search: SearchService | SearchHandle;
  gateway: RunningServer;
  /** Starts again, on its port and without preparing its data, a subgraph that was closed. */
  restart: (name: 'actors' | 'collaborations') => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * The whole directory in one process: the database (DATABASE_URL, or an embedded PostgreSQL under
 * the data folder), every subgraph (migrated, seeded if empty), the gateway and the search indexer.
 * `npm start`, `npm run seed`, the test stack and the benchmarks all start it here. `stop` undoes it
 * all in reverse order, the embedded PostgreSQL last.
 */
export async function startDirectory(options: DirectoryOptions): Promise<Directory> {
  // Read (or made) only when a key or secret is not given: tests give both and write no files.
  const secrets = () => localSecrets(options.dataDir);
  const gatewaySecret = options.gatewaySecret ?? secrets().gatewaySecret;
  const signingKeys =
    typeof options.signingKeys === 'object'
      ? options.signingKeys
      : parseSigningKeys(options.signingKeys ?? secrets().signingKey);
  const database = await openDatabase({
    databaseUrl: options.databaseUrl,
    embeddedPort: options.embeddedPgPort ?? 54329,
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
    started.length = 0;
    await database.stop();
  };
  const common = (name: SubgraphName | 'gateway', port?: number) => ({
    databaseUrl: database.url,
    port: port ?? options.ports?.[name] ?? 0,
    host: options.host ?? '127.0.0.1',
    logger: options.logger.child({ service: name }),
    development: options.development,
    gatewaySecret,
  });
  /** A subgraph's options; `restartPort`: started again there, its data left as it is. */
  const subgraph = (name: SubgraphName, restartPort?: number) => ({
    ...common(name, restartPort),
    statementTimeoutMs:
      typeof options.statementTimeoutMs === 'object'
        ? options.statementTimeoutMs[name]
        : options.statementTimeoutMs,
    prepare: restartPort === undefined,
  });
  try {
    const territories = await startTerritories(subgraph('territories'));
    started.push(territories);
    const startActorsOn = (restartPort?: number) => {
      const base = subgraph('actors', restartPort);
      const prepare = base.prepare ? options.seed : undefined;
      return startActors({ ...base, territoriesUrl: territories.url, prepare });
    };
    const actors = await startActorsOn();
    started.push(actors);
    // Collaborations checks organisations and services with actors: it starts after it.
    const startCollaborationsOn = (restartPort?: number) =>
      startCollaborations({
        ...subgraph('collaborations', restartPort),
        territoriesUrl: territories.url,
        actorsUrl: actors.url,
      });
    const collaborations = await startCollaborationsOn();
    started.push(collaborations);
    const searchOptions = {
      ...subgraph('search'),
      signingKey: signingKeys[0],
      engine: { meili: options.meili, memoryIndex: options.searchMemoryIndex },
      indexer: options.indexer ?? undefined,
    };
    const search = options.searchThread
      ? await startSearchThread(searchOptions, options.searchThread.logLevel)
      : await startSearch(searchOptions);
    started.push(search);
    const gateway = await startGateway({
      limits: DEFAULT_LIMITS,
      maxBodyBytes: 2_000_000,
      ...options.gateway,
      ...common('gateway'),
      supergraphSdl: loadSupergraph(),
      subgraphUrls: {
        territories: territories.url,
        actors: actors.url,
        collaborations: collaborations.url,
        search: search.url,
      },
      signingKeys,
    });
    started.push(gateway);
    // The index is built through the gateway: on a first start (empty index), before answering.
    await search.connectGateway(gateway.url);
    const directory: Directory = {
      url: gateway.url,
      databaseUrl: database.url,
      embeddedDatabase: database.embedded,
      records: actors.records,
      territories,
      actors,
      collaborations,
      search,
      gateway,
      restart: async (name) => {
        const restarted =
          name === 'actors'
            ? (directory.actors = await startActorsOn(directory.actors.port))
            : (directory.collaborations = await startCollaborationsOn(
                directory.collaborations.port,
              ));
        started.push(restarted);
      },
      stop,
    };
    return directory;
  } catch (error) {
    await stop();
    throw error;
  }
}
