import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';
import { initSearchDatabase } from '@bxl/search';

/** A scratch database with the search schema migrated (what an engine test starts from). */
export async function searchTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({});
  const db = await initSearchDatabase(database.url);
  await db.migrate();
  await db.close();
  return database;
}
