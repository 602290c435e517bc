import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { initActorsDatabase } from '@bxl/actors';
import { initCollaborationsDatabase } from '@bxl/collaborations';
import type { Database } from '@bxl/common';
import { createTestDatabase } from '@bxl/common/testkit';
import { initSearchDatabase } from '@bxl/search';
import { initTerritoriesDatabase } from '@bxl/territories';

// Migrating an empty database (what `npm run start:actors` and every service do at start) leaves
// the committed migration snapshots as `migration:create` wrote them (issue 11, item 7).
const SUBGRAPHS: Array<[string, (url: string) => Promise<Database>]> = [
  ['territories', (url) => initTerritoriesDatabase(url)],
  ['actors', (url) => initActorsDatabase(url)],
  ['collaborations', (url) => initCollaborationsDatabase(url)],
  ['search', (url) => initSearchDatabase(url)],
];

const snapshotOf = (name: string) =>
  join(__dirname, '..', '..', 'services', name, 'src', 'migrations', `.snapshot-${name}.json`);

describe.each(SUBGRAPHS)('migrating an empty %s database', (name, init) => {
  it('does not rewrite its committed snapshot', async () => {
    const file = snapshotOf(name);
    const before = { text: readFileSync(file, 'utf8'), modified: statSync(file).mtimeMs };
    const scratch = await createTestDatabase();
    const db = await init(scratch.url);
    try {
      await db.migrate();
    } finally {
      await db.close();
      await scratch.drop();
    }
    expect(readFileSync(file, 'utf8')).toBe(before.text);
    expect(statSync(file).mtimeMs).toBe(before.modified);
  });
});
