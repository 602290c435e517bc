import { join } from 'node:path';

import { initDatabase } from '@bxl/common';
import type { Database, Logger } from '@bxl/common';

import { GroupementDataset } from './modules/groupement/groupement-dataset.entity';
import { Groupement } from './modules/groupement/groupement.entity';
import { Bassin, Commune, Quartier, Region, Sector } from './modules/territory/layers.entity';
import { Membership } from './modules/territory/membership.entity';
import { Territory } from './modules/territory/territory.entity';
import { territoriesMigrations } from './migrations';

export const TERRITORIES_SCHEMA = 'territories';

export const territoryEntities = [
  Territory,
  Region,
  Bassin,
  Commune,
  Groupement,
  Quartier,
  Sector,
  Membership,
  GroupementDataset,
];

/** The territories subgraph's own MikroORM: its schema, its entities, its committed migrations. */
export function initTerritoriesDatabase(
  clientUrl: string,
  logger?: Logger,
  statementTimeoutMs?: number,
): Promise<Database> {
  return initDatabase({
    clientUrl,
    schema: TERRITORIES_SCHEMA,
    entities: territoryEntities,
    migrationsPath: join(__dirname, 'migrations'),
    migrations: territoriesMigrations,
    logger,
    statementTimeoutMs,
  });
}
