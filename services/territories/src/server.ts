import { createContextFactory, createGraphQLService } from '@bxl/common';
import type { Database, Logger, RunningServer } from '@bxl/common';

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
  /** Migrate and seed an empty database first (the zero-setup start). */
  prepare?: boolean;
}

export interface TerritoriesService extends RunningServer {
  db: Database;
  services: TerritoriesServices;
}

/** Starts the territories subgraph: database, locate index, GraphQL on /graphql, /health, /ready. */
export async function startTerritories(options: TerritoriesOptions): Promise<TerritoriesService> {
  const db = await initTerritoriesDatabase(options.databaseUrl, options.logger);
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
    const service = createGraphQLService({
      name: 'territories',
      schema,
      logger: options.logger,
      development: options.development,
      context: createContextFactory({
        em: db.em,
        loaders: createTerritoryLoaders,
        services,
        gatewaySecret: options.gatewaySecret,
      }),
      ready: db.ping,
      maxBodyBytes: 10_000_000,
    });
    const running = await service.start(options.port, options.host);
    return {
      ...running,
      db,
      services,
      close: async () => {
        await running.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
