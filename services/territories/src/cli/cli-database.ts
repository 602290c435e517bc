import { createLogger, loadEnvOrExit, openDatabase } from '@bxl/common';
import type { Database, Logger } from '@bxl/common';

import { territoriesEnvShape } from '../config';
import { initTerritoriesDatabase } from '../database';

/**
 * For a CLI: the territories database (DATABASE_URL, else the embedded PostgreSQL of npm start),
 * migrated, given to `work`, then closed whatever happens.
 */
export async function withTerritoriesDatabase<T>(
  name: string,
  work: (db: Database, logger: Logger) => Promise<T>,
): Promise<T> {
  const env = loadEnvOrExit(territoriesEnvShape);
  const logger = createLogger(name, env.LOG_LEVEL);
  const handle = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedPort: env.EMBEDDED_PG_PORT,
    logger,
  });
  try {
    const db = await initTerritoriesDatabase(handle.url, logger);
    try {
      await db.migrate();
      return await work(db, logger);
    } finally {
      await db.close();
    }
  } finally {
    await handle.stop();
  }
}
