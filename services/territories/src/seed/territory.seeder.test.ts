import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';
import type { Database } from '@bxl/common';

import { initTerritoriesDatabase } from '../database';
import { GroupementImporter, GroupementUnit } from '../modules/groupement/groupement.importer';
import { REQUIRED_COLUMNS } from '../modules/groupement/groupement-table.parser';
import { isSeeded, seedTerritories } from './territory.seeder';

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await initTerritoriesDatabase(database.url);
  await db.migrate();
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

/** Everything seeded, less the load time of the datasets. */
async function fingerprint(): Promise<string> {
  const [row] = await db.em.fork().execute<Array<{ hash: string }>>(
    `select md5(
       (select string_agg(t::text, '|' order by id) from territories.territory t) ||
       (select string_agg(m::text, '|' order by child_id, parent_id) from territories.membership m) ||
       (select string_agg(id || kind || active::text || groupement_count, '|' order by id) from territories.groupement_dataset)) as hash`,
  );
  return row?.hash as string;
}

describe('seedTerritories', () => {
  it('seeds an empty database, and a second run changes nothing', async () => {
    expect(await isSeeded(db.em.fork())).toBe(false);
    await seedTerritories(db.em.fork());
    expect(await isSeeded(db.em.fork())).toBe(true);
    const first = await fingerprint();
    await seedTerritories(db.em.fork());
    expect(await fingerprint()).toBe(first);
  });

  it('keeps an imported official layer, and keeps it active, when seeding again', async () => {
    const quartiers = await db.em
      .fork()
      .execute<
        Array<{ code: string }>
      >("select code from territories.territory where layer = 'QUARTIER' order by code");
    const csv = [
      REQUIRED_COLUMNS.join(','),
      ...quartiers.map(({ code }) => `${code},all,Tout,Alles,1,1,1,1,1,1,1,1,none`),
    ].join('\n');
    const input = {
      csv,
      unit: GroupementUnit.QUARTIER,
      name: 'one groupement (test)',
      source: 'test',
      dryRun: false,
    };
    await new GroupementImporter().import(db.em.fork(), input, 'test');
    const imported = await fingerprint();
    await seedTerritories(db.em.fork());
    expect(await fingerprint()).toBe(imported);
    const active = await db.em
      .fork()
      .execute<Array<{ id: string }>>('select id from territories.groupement_dataset where active');
    expect(active).toEqual([{ id: 'official' }]);
  });
});

describe('the database connection', () => {
  it('runs without PostgreSQL JIT, which cost more than it saved on our short queries', async () => {
    const [row] = await db.em
      .fork()
      .execute<Array<{ jit: string }>>("select current_setting('jit') as jit");
    expect(row?.jit).toBe('off');
  });
});
