import { CACHE_MINUTE_S, serveSubgraph } from '@bxl/common';
import type { Logger, RunningSubgraph } from '@bxl/common';

import type { ActorsServices } from './context';
import { initActorsDatabase } from './database';
import { hsdsFeedRoute } from './hsds-feed/hsds-feed.route';
import { createActorLoaders } from './modules/actor.loaders';
import { importRoute } from './modules/registry/registry-import.route';
import { RegistryWriter } from './modules/registry/registry.writer';
import { refreshSiteTerritories } from './modules/site/site-territories.refresher';
import { buildActorsSchema } from './schema';
import { countRecords, isActorsSeeded, seedActors, seedNeeds } from './seed/actor.seeder';
import type { RecordCounts } from './seed/actor.seeder';
import { TerritoryClient } from './territory/territory.client';

export interface ActorsOptions {
  databaseUrl: string;
  territoriesUrl: string;
  port: number;
  host: string;
  logger: Logger;
  development: boolean;
  gatewaySecret?: string;
  /** PostgreSQL's statement_timeout for this subgraph (ms; 0: none; default DEFAULT_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /**
   * Migrate, and seed an empty database with the taxonomies, the real records (unless `real` is
   * false) and this many synthetic services.
   */
  prepare?: { synthetic: number; real?: boolean };
  /** The largest file the import upload takes (default 50 MB). */
  importMaxBytes?: number;
}

export const DEFAULT_IMPORT_MAX_BYTES = 50_000_000;

export type ActorsService = RunningSubgraph<ActorsServices> & {
  /** Services and organisations in the registry at start (not archived), real and synthetic. */
  records: RecordCounts;
};

/** Starts the actors subgraph: organisations, services, sites; GraphQL on /graphql, /health, /ready. */
export async function startActors(options: ActorsOptions): Promise<ActorsService> {
  const db = await initActorsDatabase(
    options.databaseUrl,
    options.logger,
    options.statementTimeoutMs,
  );
  try {
    const territories = new TerritoryClient(options.territoriesUrl);
    if (options.prepare) {
      await db.migrate();
      if (!(await isActorsSeeded(db.em.fork()))) {
        await seedActors(db.em.fork(), territories, {
          synthetic: options.prepare.synthetic,
          real: options.prepare.real,
          logger: options.logger,
        });
      }
      await seedNeeds(db.em.fork());
      // A territory layer may have changed while actors was down (e.g. groupements imported).
      const moved = await refreshSiteTerritories(db.em.fork(), territories, 'system:start');
      options.logger.info({ moved }, 'site territories checked');
    }
    const services: ActorsServices = { territories, writer: new RegistryWriter(territories) };
    const { schema } = await buildActorsSchema();
    const records = await countRecords(db.em.fork());
    const running = await serveSubgraph({
      name: 'actors',
      db,
      defaultMaxAge: CACHE_MINUTE_S,
      schema,
      loaders: createActorLoaders(territories),
      services,
      port: options.port,
      host: options.host,
      logger: options.logger,
      development: options.development,
      gatewaySecret: options.gatewaySecret,
      routes: [
        hsdsFeedRoute(db, territories, options.logger),
        importRoute({
          em: db.em,
          territories,
          gatewaySecret: options.gatewaySecret,
          maxBytes: options.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES,
        }),
      ],
    });
    return Object.assign(running, { records });
  } catch (error) {
    await db.close();
    throw error;
  }
}
