import { createLogger, mintToken, parseCorsOrigins, parseEnv, Role } from '@bxl/common';
import type { Role as RoleType, SigningKey } from '@bxl/common';
import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';
import type { LockoutPolicy, OidcConfig } from '@bxl/gateway';
import type { CollaborationsService } from '@bxl/collaborations';
import { meilisearchConfigFromEnv, meilisearchEnvShape } from '@bxl/search';
import type { MeilisearchEngineConfig, SearchService } from '@bxl/search';
import type { ActorsService } from '@bxl/actors';
import type { TerritoriesService } from '@bxl/territories';
import { startDirectory } from '@bxl/tools';

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
 * This test file's directory (startDirectory, as `npm start` runs it) on its own copy of the seeded
 * database, on free ports, with test keys. `seeded: false` gives an empty (migrated) database instead.
 */
export async function startTestStack(
  options: {
    seeded?: boolean;
    syntheticServices?: number;
    realRecords?: boolean;
    /** Search on this Meilisearch (see meiliFromEnv); default the PostgreSQL engine. */
    meili?: MeilisearchEngineConfig | null;
    /** The embedded engine's in-memory service search (default on, as SEARCH_MEMORY_INDEX). */
    searchMemoryIndex?: boolean;
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
  try {
    const directory = await startDirectory({
      databaseUrl: database.url,
      logger: createLogger('test', process.env.LOG_LEVEL ?? 'silent'),
      development: false,
      seed: { synthetic: options.syntheticServices ?? 0, real: options.realRecords },
      signingKeys: [TEST_SIGNING_KEY],
      gatewaySecret: TEST_GATEWAY_SECRET,
      statementTimeoutMs: options.statementTimeoutMs,
      meili: options.meili,
      searchMemoryIndex: options.searchMemoryIndex,
      // Off unless asked: an indexer reacting to other suites' writes would add to their SQL counts.
      indexer: options.searchIndexer
        ? { batchSize: options.indexerBatch ?? 1000, pollMs: options.indexerPollMs ?? 1000 }
        : null,
      gateway: {
        maxBodyBytes: 10_000_000,
        webRoot: options.webRoot,
        cors: parseCorsOrigins(options.corsOrigins ?? ''),
        rateLimit: options.rateLimit,
        operationTimeoutMs: options.operationTimeoutMs,
        signedInOperationTimeoutMs: options.signedInOperationTimeoutMs,
        lockout: options.lockout,
        oidc: options.oidc,
      },
    });
    // Getters: a restarted subgraph replaces the directory's.
    return {
      gatewayUrl: directory.url,
      get territories() {
        return directory.territories;
      },
      get actors() {
        return directory.actors;
      },
      get collaborations() {
        return directory.collaborations;
      },
      get search() {
        const { search } = directory;
        if (!('indexer' in search)) {
          throw new Error('the test stack runs the search subgraph in this thread');
        }
        return search;
      },
      database,
      as: (...roles) => ({
        authorization: `Bearer ${mintToken(TEST_SIGNING_KEY, { sub: `test-${roles.join('-') || 'nobody'}`, roles }, 600)}`,
      }),
      stopSubgraph: (name) => directory[name].close(),
      startSubgraph: (name) => directory.restart(name),
      stop: async () => {
        await directory.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

export { Role };
