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

/**
 * What a subgraph's entities would still change in a database migrated to its latest committed
 * migration (empty: models and migrations agree).
 */
export async function pendingMigrationSql(
  init: (url: string) => Promise<Database>,
): Promise<string> {
  const scratch = await createTestDatabase();
  const db = await init(scratch.url);
  try {
    await db.migrate();
    const diff = await db.orm.schema.getUpdateSchemaMigrationSQL({ wrap: false, safe: true });
    return diff.up.trim();
  } finally {
    await db.close();
    await scratch.drop();
  }
}
