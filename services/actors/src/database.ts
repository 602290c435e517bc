import { join } from 'node:path';

import { Change, initDatabase } from '@bxl/common';
import type { Database, Logger } from '@bxl/common';

import { actorsMigrations } from './migrations';
import { Organisation } from './modules/organisation/organisation.entity';
import { RegistryRecord } from './modules/registry-record.entity';
import { ServiceAtSite } from './modules/service/service-at-site.entity';
import { Service } from './modules/service/service.entity';
import { Site } from './modules/site/site.entity';
import { Need } from './modules/need/need.entity';
import { Labelled } from './modules/taxonomy/labelled.entity';
import { TaxonomyTerm } from './modules/taxonomy/taxonomy-term.entity';

export const ACTORS_SCHEMA = 'actors';

export const actorEntities = [
  RegistryRecord,
  Labelled,
  Organisation,
  Service,
  Site,
  ServiceAtSite,
  TaxonomyTerm,
  Need,
  Change,
];

/**
 * The actors subgraph's own MikroORM: schema `actors`, plus the change log's row (common's events
 * module owns its table) for the editors' `changes` query.
 */
export function initActorsDatabase(
  clientUrl: string,
  logger?: Logger,
  statementTimeoutMs?: number,
): Promise<Database> {
  return initDatabase({
    clientUrl,
    schema: ACTORS_SCHEMA,
    entities: actorEntities,
    migrationsPath: join(__dirname, 'migrations'),
    migrations: actorsMigrations,
    logger,
    statementTimeoutMs,
  });
}
