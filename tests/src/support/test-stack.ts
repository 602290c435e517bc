import { createLogger, mintToken, parseCorsOrigins, parseEnv, Role } from '@bxl/common';
import type { Role as RoleType, RunningServer, SigningKey } from '@bxl/common';
import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';
import { DEFAULT_LIMITS, loadSupergraph, startGateway } from '@bxl/gateway';
import type { LockoutPolicy, OidcConfig } from '@bxl/gateway';
import { startActors } from '@bxl/actors';
import { startCollaborations } from '@bxl/collaborations';
import type { CollaborationsService } from '@bxl/collaborations';
import { meilisearchConfigFromEnv, meilisearchEnvShape, startSearch } from '@bxl/search';
import type { MeilisearchEngineConfig, SearchService } from '@bxl/search';
import type { ActorsService } from '@bxl/actors';
import { startTerritories } from '@bxl/territories';
import type { TerritoriesService } from '@bxl/territories';

export const TEST_SIGNING_KEY: SigningKey = {
  kid: 'test',
  secret: 'test-signing-secret-of-at-least-32-chars',
};
/** The Meilisearch the environment names (MEILI_HOST…), on indexes of its own; null when none is set. */
export function meiliFromEnv(indexPrefix: string): MeilisearchEngineConfig | null {
  const config = meilisearchConfigFromEnv(parseEnv(meilisearchEnvShape));
  return config && { ...config, indexPrefix };
}

export const TEST_GATEWAY_SECRET = 'test-gateway-secret-of-at-least-32-chars';

export interface TestStack {
  gatewayUrl: string;
  territories: TerritoriesService;
  actors: ActorsService;
  collaborations: CollaborationsService;
  search: SearchService;
  database: TestDatabase;
  /** Stops a subgraph, as an outage would (the gateway keeps running). */
  stopSubgraph: (name: 'actors' | 'collaborations') => Promise<void>;
  /** Starts a stopped subgraph again on its port, on the same database. */
  startSubgraph: (name: 'actors' | 'collaborations') => Promise<void>;
  /** `Authorization` headers for a caller with these roles. */
  as: (...roles: RoleType[]) => Record<string, string>;
  stop: () => Promise<void>;
}

/**
 * This test file's directory: its own copy of the seeded database, the territories subgraph and the
 * real gateway, on free ports. `seeded: false` gives an empty (migrated) database instead.
 */
export async function startTestStack(
  options: {
    seeded?: boolean;
    syntheticServices?: number;
    realRecords?: boolean;
    /** Search on this Meilisearch (see meiliFromEnv); default the PostgreSQL engine. */
    meili?: MeilisearchEngineConfig | null;
    /** Run the search indexer (indexes the seed at start, then follows the change log). */
    searchIndexer?: boolean;
    indexerBatch?: number;
    indexerPollMs?: number;
    /** The built web application for the gateway to serve at `/` (see ensureWebBuild). */
    webRoot?: string;
    /** Origins trusted with credentials and writes (CORS_ORIGINS, comma-separated). */
    corsOrigins?: string;
    /** PostgreSQL's statement_timeout per subgraph (ms); default DEFAULT_STATEMENT_TIMEOUT_MS. */
    statementTimeoutMs?: Partial<
      Record<'territories' | 'actors' | 'collaborations' | 'search', number>
    >;
    /** The gateway's deadline per operation (ms); default 10 s. */
    operationTimeoutMs?: number;
    /** The same for a signed-in caller (ms); default 10 min. */
    signedInOperationTimeoutMs?: number;
    /** The gateway's rate limit; default none (suites send many requests from one address). */
    rateLimit?: { perMinute: number; burst: number };
    /** The sign-in lockout (default the gateway's). */
    lockout?: LockoutPolicy;
    /** An OpenID Connect provider whose tokens the gateway accepts too. */
    oidc?: OidcConfig;
  } = {},
): Promise<TestStack> {
  const template = options.seeded === false ? undefined : process.env.BXL_TEST_TEMPLATE;
  const database = await createTestDatabase({ template });
  const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const started: RunningServer[] = [];
  try {
    const territories = await startTerritories({
      statementTimeoutMs: options.statementTimeoutMs?.territories,
      databaseUrl: database.url,
      port: 0,
      host: '127.0.0.1',
      logger,
      development: false,
      gatewaySecret: TEST_GATEWAY_SECRET,
      prepare: true,
    });
    started.push(territories);
    // Actors and collaborations can be stopped and started again on their port (chaos tests).
    const startActorsOn = (port: number, prepare: boolean) =>
      startActors({
        statementTimeoutMs: options.statementTimeoutMs?.actors,
        databaseUrl: database.url,
        territoriesUrl: territories.url,
        port,
        host: '127.0.0.1',
        logger,
        development: false,
        gatewaySecret: TEST_GATEWAY_SECRET,
        prepare: prepare
          ? { synthetic: options.syntheticServices ?? 0, real: options.realRecords }
          : undefined,
      });
    const actors = await startActorsOn(0, true);
    started.push(actors);
    const startCollaborationsOn = (port: number, prepare: boolean) =>
      startCollaborations({
        statementTimeoutMs: options.statementTimeoutMs?.collaborations,
        databaseUrl: database.url,
        territoriesUrl: territories.url,
        actorsUrl: actors.url,
        port,
        host: '127.0.0.1',
        logger,
        development: false,
        gatewaySecret: TEST_GATEWAY_SECRET,
        prepare,
      });
    const collaborations = await startCollaborationsOn(0, true);
    started.push(collaborations);
    const search = await startSearch({
      statementTimeoutMs: options.statementTimeoutMs?.search,
      databaseUrl: database.url,
      signingKey: TEST_SIGNING_KEY,
      engine: { meili: options.meili },
      // Off unless asked: an indexer reacting to other suites' writes would add to their SQL counts.
      indexer: options.searchIndexer
        ? { batchSize: options.indexerBatch ?? 1000, pollMs: options.indexerPollMs ?? 1000 }
        : undefined,
      port: 0,
      host: '127.0.0.1',
      logger,
      development: false,
      gatewaySecret: TEST_GATEWAY_SECRET,
      prepare: true,
    });
    started.push(search);
    const gateway = await startGateway({
      supergraphSdl: loadSupergraph(),
      subgraphUrls: {
        territories: territories.url,
        actors: actors.url,
        collaborations: collaborations.url,
        search: search.url,
      },
      signingKeys: [TEST_SIGNING_KEY],
      gatewaySecret: TEST_GATEWAY_SECRET,
      limits: DEFAULT_LIMITS,
      maxBodyBytes: 10_000_000,
      port: 0,
      host: '127.0.0.1',
      logger,
      development: false,
      webRoot: options.webRoot,
      cors: parseCorsOrigins(options.corsOrigins ?? ''),
      rateLimit: options.rateLimit,
      operationTimeoutMs: options.operationTimeoutMs,
      signedInOperationTimeoutMs: options.signedInOperationTimeoutMs,
      databaseUrl: database.url,
      lockout: options.lockout,
      oidc: options.oidc,
    });
    started.push(gateway);
    await search.connectGateway(gateway.url);
    const stack: TestStack = {
      gatewayUrl: gateway.url,
      territories,
      actors,
      collaborations,
      search,
      database,
      as: (...roles) => ({
        authorization: `Bearer ${mintToken(TEST_SIGNING_KEY, { sub: `test-${roles.join('-') || 'nobody'}`, roles }, 600)}`,
      }),
      stopSubgraph: (name) => stack[name].close(),
      startSubgraph: async (name) => {
        const port = stack[name].port;
        const restarted =
          name === 'actors'
            ? (stack.actors = await startActorsOn(port, false))
            : (stack.collaborations = await startCollaborationsOn(port, false));
        started.push(restarted);
      },
      stop: async () => {
        for (const server of started.reverse()) {
          await server.close();
        }
        await database.drop();
      },
    };
    return stack;
  } catch (error) {
    for (const server of started.reverse()) {
      await server.close();
    }
    await database.drop();
    throw error;
  }
}

export { Role };
