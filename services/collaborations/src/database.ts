import { join } from 'node:path';

import { initDatabase } from '@bxl/common';
import type { Database, Logger } from '@bxl/common';

import { collaborationsMigrations } from './migrations';
import { LocalSocialHealthContract } from './modules/clss/clss.entity';
import { RegionalCommittee } from './modules/committee/regional-committee.entity';
import { Convention } from './modules/convention/convention.entity';
import { IntegratedCentre } from './modules/cssi/cssi.entity';
import { CollaborationMember } from './modules/member/member.entity';
import { Network } from './modules/network/network.entity';
import { QuartierReferent } from './modules/referent/quartier-referent.entity';

export const COLLABORATIONS_SCHEMA = 'collaborations';

export const collaborationEntities = [
  LocalSocialHealthContract,
  IntegratedCentre,
  Convention,
  Network,
  RegionalCommittee,
  QuartierReferent,
  CollaborationMember,
];

/**
 * The collaborations subgraph's own MikroORM: schema `collaborations`. It also appends to the change
 * log, which common's events module creates in every subgraph's migrate.
 */
export function initCollaborationsDatabase(
  clientUrl: string,
  logger?: Logger,
  statementTimeoutMs?: number,
): Promise<Database> {
  return initDatabase({
    clientUrl,
    schema: COLLABORATIONS_SCHEMA,
    entities: collaborationEntities,
    migrationsPath: join(__dirname, 'migrations'),
    migrations: collaborationsMigrations,
    logger,
    statementTimeoutMs,
  });
}
