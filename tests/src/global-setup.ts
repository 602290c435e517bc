import { createNamedDatabase } from '@bxl/common/testkit';
import { initTerritoriesDatabase, seedTerritories } from '@bxl/territories';

/**
 * Once per test run: a template database migrated and seeded like a fresh `npm start`. Each test
 * file then copies it (PostgreSQL copies a database in milliseconds) and owns its copy.
 */
export default async function globalSetup(): Promise<void> {
  const name = `bxl_template_${process.pid}`;
  const url = await createNamedDatabase(name);
  const db = await initTerritoriesDatabase(url);
  try {
    await db.migrate();
    await seedTerritories(db.em.fork());
  } finally {
    await db.close();
  }
  process.env.BXL_TEST_TEMPLATE = name;
}
