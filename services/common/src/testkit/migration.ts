import type { Database } from '../db/orm';
import { createTestDatabase } from './database';

/**
 * Writes a subgraph's next migration: the difference between its entities and a scratch database
 * migrated to the latest committed migration. For each service's `migration:create` script.
 */
export async function writeNextMigration(init: (url: string) => Promise<Database>): Promise<void> {
  const scratch = await createTestDatabase();
  const db = await init(scratch.url);
  try {
    await db.migrate();
    const result = await db.orm.migrator.create(undefined, false, false);
    process.stdout.write(
      result.diff.up.length > 0
        ? `written: ${result.fileName} (list it in migrations/index.ts)\n`
        : 'no changes\n',
    );
  } finally {
    await db.close();
    await scratch.drop();
  }
}
