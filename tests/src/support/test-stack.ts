import { createLogger, mintToken, parseEnv, Role } from '@bxl/common';
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
      databaseUrl: database.url,
      port: 0,
      host: '127.0.0.1',
      logger,
      development: false,
      gatewaySecret: TEST_GATEWAY_SECRET,
      prepare: true,
    });
    started.push(territories);
    const actors = await startActors({
      databaseUrl: database.url,
      territoriesUrl: territories.url,
      port: 0,
      host: '127.0.0.1',
      logger,
      development: false,
      gatewaySecret: TEST_GATEWAY_SECRET,
      prepare: { synthetic: options.syntheticServices ?? 0, real: options.realRecords },
    });
    started.push(actors);
    const collaborations = await startCollaborations({
      databaseUrl: database.url,
      territoriesUrl: territories.url,
      actorsUrl: actors.url,
      port: 0,
      host: '127.0.0.1',
      logger,
      development: false,
      gatewaySecret: TEST_GATEWAY_SECRET,
      prepare: true,
    });
    started.push(collaborations);
    const search = await startSearch({
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
      databaseUrl: database.url,
      lockout: options.lockout,
      oidc: options.oidc,
    });
    started.push(gateway);
    await search.connectGateway(gateway.url);
    return {
      gatewayUrl: gateway.url,
      territories,
      actors,
      collaborations,
      search,
      database,
      as: (...roles) => ({
        authorization: `Bearer ${mintToken(TEST_SIGNING_KEY, { sub: `test-${roles.join('-') || 'nobody'}`, roles }, 600)}`,
      }),
      stop: async () => {
        for (const server of started.reverse()) {
          await server.close();
        }
        await database.drop();
      },
    };
  } catch (error) {
    for (const server of started.reverse()) {
      await server.close();
    }
    await database.drop();
    throw error;
  }
}

export { Role };
