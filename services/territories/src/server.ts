import { CACHE_DAY_S, serveSubgraph } from '@bxl/common';
import type { Logger, RunningSubgraph } from '@bxl/common';

import type { TerritoriesServices } from './context';
import { initTerritoriesDatabase } from './database';
import { GroupementImporter } from './modules/groupement/groupement.importer';
import { Locator } from './modules/locate/locate.index';
import { createTerritoryLoaders } from './modules/territory/territory.loaders';
import { buildTerritoriesSchema } from './schema';
import { isSeeded, seedTerritories } from './seed/territory.seeder';

export interface TerritoriesOptions {
  databaseUrl: string;
  port: number;
  host: string;
  logger: Logger;
  development: boolean;
  gatewaySecret?: string;
  /** PostgreSQL's statement_timeout for this subgraph (ms; 0: none; default DEFAULT_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /** Migrate and seed an empty database first (the zero-setup start). */
  prepare?: boolean;
}

export type TerritoriesService = RunningSubgraph<TerritoriesServices>;

/** Starts the territories subgraph: database, locate index, GraphQL on /graphql, /health, /ready. */
export async function startTerritories(options: TerritoriesOptions): Promise<TerritoriesService> {
  const db = await initTerritoriesDatabase(
    options.databaseUrl,
    options.logger,
    options.statementTimeoutMs,
  );
  try {
    if (options.prepare) {
      await db.migrate();
      if (!(await isSeeded(db.em.fork()))) {
        await seedTerritories(db.em.fork(), options.logger);
      }
    }
    const services: TerritoriesServices = {
      locator: await Locator.load(db.em.fork()),
      importer: new GroupementImporter(options.logger),
    };
    const { schema } = await buildTerritoriesSchema();
    return await serveSubgraph({
      name: 'territories',
      db,
      defaultMaxAge: CACHE_DAY_S,
      schema,
      loaders: createTerritoryLoaders,
      services,
      port: options.port,
      host: options.host,
      logger: options.logger,
      development: options.development,
      gatewaySecret: options.gatewaySecret,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
}
