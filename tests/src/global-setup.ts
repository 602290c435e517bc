import { adminDatabaseUrl, createNamedDatabase } from '@bxl/common/testkit';
import { ensureWebBuild } from '@bxl/tools';
import { initTerritoriesDatabase, seedTerritories } from '@bxl/territories';

import { answers, startEmbeddedTestPostgres } from './support/embedded-test-postgres';

/**
 * Once per test run: the PostgreSQL to test on (TEST_ADMIN_DATABASE_URL, or an embedded one when none
 * answers), and a template database migrated and seeded like a fresh `npm start`. Each test file
 * then copies the template (PostgreSQL copies a database in milliseconds) and owns its copy.
 */
export default async function globalSetup(): Promise<void> {
  if (!(await answers(adminDatabaseUrl()))) {
    const embedded = await startEmbeddedTestPostgres();
    process.env.TEST_ADMIN_DATABASE_URL = embedded.url;
    (globalThis as { bxlEmbeddedPostgres?: typeof embedded }).bxlEmbeddedPostgres = embedded;
    process.stdout.write(
      `\nNo PostgreSQL at the test URL: testing on an embedded one (${embedded.url}).\n`,
    );
  }
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
  // The web application the browser and start suites serve, built once here (when missing or
  // stale) rather than by two suites racing on one folder.
  ensureWebBuild();
}
