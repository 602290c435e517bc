// npm run migrations:check — fails when a subgraph's entities and its committed migrations disagree
// (a model changed without its migration): a scratch database migrated to the last committed
// migration, then what MikroORM's schema diff would still change in it.
import { initActorsDatabase } from '@bxl/actors';
import { initCollaborationsDatabase } from '@bxl/collaborations';
import { runMain } from '@bxl/common';
import type { Database } from '@bxl/common';
import { pendingMigrationSql } from '@bxl/common/testkit';
import { initSearchDatabase } from '@bxl/search';
import { initTerritoriesDatabase } from '@bxl/territories';

const SUBGRAPHS: Array<[string, (url: string) => Promise<Database>]> = [
  ['territories', initTerritoriesDatabase],
  ['actors', initActorsDatabase],
  ['collaborations', initCollaborationsDatabase],
  ['search', initSearchDatabase],
];

runMain(async () => {
  let disagreements = 0;
  for (const [name, init] of SUBGRAPHS) {
    const pending = await pendingMigrationSql((url) => init(url));
    if (pending) {
      disagreements += 1;
      process.stderr.write(`${name}: the entities need a migration:\n${pending}\n`);
    }
  }
  if (disagreements > 0) {
    throw new Error('models and migrations disagree (npm run migration:create -w @bxl/<subgraph>)');
  }
  process.stdout.write('models and migrations agree\n');
});
