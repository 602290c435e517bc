import { CACHE_MINUTE_S, serveSubgraph } from '@bxl/common';
import type { Logger, RunningSubgraph } from '@bxl/common';

import { ActorsClient } from './clients/actors.client';
import { TerritoryClient } from './clients/territory.client';
import type { CollaborationsServices } from './context';
import { initCollaborationsDatabase } from './database';
import { createCollaborationLoaders } from './modules/collaboration.loaders';
import { CollaborationWriter } from './modules/record/collaboration.writer';
import { buildCollaborationsSchema } from './schema';
import { isCollaborationsSeeded, seedCollaborations } from './seed/collaboration.seeder';

export interface CollaborationsOptions {
  databaseUrl: string;
  territoriesUrl: string;
  /** The actors subgraph: it must be up (the seed and every write ask it). */
  actorsUrl: string;
  port: number;
  host: string;
  logger: Logger;
  development: boolean;
  gatewaySecret?: string;
  /** PostgreSQL's statement_timeout for this subgraph (ms; 0: none; default DEFAULT_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /** Migrate, and seed an empty database (the CLSS of the PSSI, synthetic examples). */
  prepare?: boolean;
}

export type CollaborationsService = RunningSubgraph<CollaborationsServices>;

/** Starts the collaborations subgraph: CLSS, CSSI, conventions, networks; GraphQL on /graphql. */
export async function startCollaborations(
  options: CollaborationsOptions,
): Promise<CollaborationsService> {
  const db = await initCollaborationsDatabase(
    options.databaseUrl,
    options.logger,
    options.statementTimeoutMs,
  );
  try {
    const clients = {
      actors: new ActorsClient(options.actorsUrl),
      territories: new TerritoryClient(options.territoriesUrl),
    };
    const services: CollaborationsServices = {
      ...clients,
      writer: new CollaborationWriter(clients),
    };
    if (options.prepare) {
      await db.migrate();
      if (!(await isCollaborationsSeeded(db.em.fork()))) {
        await seedCollaborations(db.em.fork(), clients, options.logger);
      }
    }
    const { schema } = await buildCollaborationsSchema();
    return await serveSubgraph({
      name: 'collaborations',
      db,
      defaultMaxAge: CACHE_MINUTE_S,
      schema,
      loaders: createCollaborationLoaders,
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
