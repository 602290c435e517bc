// Writes a migration from the difference between the entities and a scratch database migrated to
// the latest committed migration. Usage: npm run migration:create -w @bxl/territories
import { createTestDatabase } from '@bxl/common/testkit';

import { initTerritoriesDatabase } from '../database';

async function main(): Promise<void> {
  const scratch = await createTestDatabase();
  const db = await initTerritoriesDatabase(scratch.url);
  try {
    await db.migrate();
    const result = await db.orm.migrator.create(undefined, false, false);
    process.stdout.write(
      result.diff.up.length > 0 ? `written: ${result.fileName}\n` : 'no changes\n',
    );
  } finally {
    await db.close();
    await scratch.drop();
  }
}

void main();
