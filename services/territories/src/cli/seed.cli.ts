// npm run seed: migrate, then load seed/data (idempotent). Uses DATABASE_URL, else the embedded PostgreSQL.
import { runMain } from '@bxl/common';

import { seedTerritories } from '../seed/territory.seeder';
import { withTerritoriesDatabase } from './cli-database';

runMain(() =>
  withTerritoriesDatabase('seed', (db, logger) => seedTerritories(db.em.fork(), logger)),
);
