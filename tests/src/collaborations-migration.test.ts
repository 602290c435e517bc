import { initCollaborationsDatabase } from '@bxl/collaborations';
import type { Database } from '@bxl/common';
import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';

// The migration to the CSSI note's twelve missions, on a database at the migration before it
// holding a centre written with the provisional codes.

let scratch: TestDatabase;
let db: Database;
beforeAll(async () => {
  scratch = await createTestDatabase();
  db = await initCollaborationsDatabase(scratch.url);
  await db.orm.em.getConnection().execute('create schema if not exists "collaborations"');
  await db.orm.migrator.up({ to: 'Migration20261123150000_collaborations' });
}, 60_000);
afterAll(async () => {
  await db?.close();
  await scratch?.drop();
});

const insert = (id: string, note: string | null, coverage: unknown[]) =>
  db.orm.em.getConnection().execute(
    `insert into collaborations.integrated_centre (id, source, note, created_at, updated_at, name_fr, status,
       territory_ids, staffing, mission_coverage, integration_criteria, specialised_missions)
     values (?, 'test', ?, now(), now(), ?, 'PROJECT', '{}', '[]', ?::jsonb, '[]', '[]')`,
    [id, note, id, JSON.stringify(coverage)],
  );

describe('the migration to the CSSI note', () => {
  it('renames codes with a counterpart, moves withdrawn ones to the note in words, and adds origin', async () => {
    await insert('cssi:old', 'Known since 2024.', [
      { mission: 'RECEPTION', coverage: 'COVERED', how: 'accueil commun' },
      { mission: 'SOCIAL_WORK', coverage: 'COVERED', how: 'two social workers' },
      { mission: 'GENERAL_PRACTICE', coverage: 'PARTIAL', how: null },
      { mission: 'OUTREACH', coverage: 'NOT_COVERED', how: null },
      { mission: 'ACCESS_TO_RIGHTS', coverage: 'BY_CONVENTION', how: null },
    ]);
    await insert('cssi:clean', null, [{ mission: 'COMMUNITY_ACTION', coverage: 'COVERED' }]);
    await db.migrate();
    const rows = await db.orm.em.getConnection().execute<
      Array<{
        id: string;
        note: string | null;
        mission_coverage: unknown[];
        origin: string | null;
      }>
    >('select id, note, mission_coverage, origin from collaborations.integrated_centre order by id');
    expect(rows).toEqual([
      {
        id: 'cssi:clean',
        note: null,
        mission_coverage: [{ mission: 'COMMUNITY_ACTION', coverage: 'COVERED' }],
        origin: null,
      },
      {
        id: 'cssi:old',
        note: "Known since 2024.\nMission coverage recorded under codes withdrawn when the CSSI note's twelve missions replaced the provisional list: SOCIAL_WORK = COVERED (two social workers); OUTREACH = NOT_COVERED.",
        mission_coverage: [
          { mission: 'RECEPTION', coverage: 'COVERED', how: 'accueil commun' },
          { mission: 'PRIMARY_CARE', coverage: 'PARTIAL', how: null },
          { mission: 'SOCIAL_LINK_AND_RIGHTS', coverage: 'BY_CONVENTION', how: null },
        ],
        origin: null,
      },
    ]);
  });
});
