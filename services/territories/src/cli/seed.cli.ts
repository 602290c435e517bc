// npm run seed: migrate, then load seed/data (idempotent). Uses DATABASE_URL, else the embedded PostgreSQL.
import { createLogger, loadEnvOrExit, openDatabase } from '@bxl/common';

import { territoriesEnvShape } from '../config';
import { initTerritoriesDatabase } from '../database';
import { seedTerritories } from '../seed/territory.seeder';

async function main(): Promise<void> {
  const env = loadEnvOrExit(territoriesEnvShape);
  const logger = createLogger('seed', env.LOG_LEVEL);
  const handle = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedPort: env.EMBEDDED_PG_PORT,
    logger,
  });
  const db = await initTerritoriesDatabase(handle.url, logger);
  try {
    await db.migrate();
    await seedTerritories(db.em.fork(), logger);
  } finally {
    await db.close();
    await handle.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
