import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { table, tableLines } from './support/groupement-table';
import type { Unit } from './support/groupement-table';
import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

const IMPORT = `mutation($input: ImportGroupementsInput!) {
  importGroupements(input: $input) { dryRun datasetId groupementCount unitCount unitsOutside groupements { id units rankSum priorityOrder } }
}`;

let stack: TestStack;
let quartierUnits: Unit[];
let sectorUnits: Unit[];

/** A fingerprint of everything the territories schema holds: proves that a rejected import changed nothing. */
async function fingerprint(): Promise<string> {
  const rows = await stack.territories.db.em.fork().execute<Array<{ hash: string }>>(
    `select md5(
       (select string_agg(t::text, '|' order by id) from territories.territory t) ||
       (select string_agg(m::text, '|' order by child_id, parent_id) from territories.membership m) ||
       (select string_agg(d::text, '|' order by id) from territories.groupement_dataset d)) as hash`,
  );
  return rows[0]?.hash as string;
}

const importAs = (csv: string, unit: 'SECTOR' | 'QUARTIER', dryRun = false) => ({
  input: { csv, unit, name: 'Test layer', source: 'test fixture (synthetic)', dryRun },
});

beforeAll(async () => {
  stack = await startTestStack();
  const rows = await stack.territories.db.em
    .fork()
    .execute<Array<{ layer: string; code: string; commune: string; kind: string | null }>>(
      `select t.layer, t.code, t.kind, min(m.parent_id) as commune from territories.territory t
     join territories.membership m on m.child_id = t.id and m.parent_layer = 'COMMUNE'
     where t.layer in ('QUARTIER', 'SECTOR') group by t.layer, t.code, t.kind order by t.layer, t.code`,
    );
  // Quartier table: inhabited quartiers grouped by their (main) commune, the others outside any groupement.
  quartierUnits = rows
    .filter((row) => row.layer === 'QUARTIER')
    .map((row) => ({
      code: row.code,
      groupement: row.kind === 'INHABITED' ? `g${row.commune.slice(-5)}` : '',
    }));
  // Sector table: every sector in a groupement named by its sub-municipality.
  sectorUnits = rows
    .filter((row) => row.layer === 'SECTOR')
    .map((row) => ({ code: row.code, groupement: `s${row.code.slice(0, 6)}` }));
});
afterAll(() => stack?.stop());

describe('the official groupement importer', () => {
  it('rejects a table with a missing, a duplicated and an unknown unit as a whole, with line numbers, changing nothing', async () => {
    const before = await fingerprint();
    const lines = tableLines(quartierUnits);
    const broken = [...lines.slice(1), lines[5] as string, lines[0]!.replace(/^\d+,/, '9999,')];
    const error = await expectErrorCode(
      stack.gatewayUrl,
      IMPORT,
      importAs(table(broken), 'QUARTIER'),
      'BAD_USER_INPUT',
      stack.as(Role.ADMIN),
    );
    const messages = (error.extensions?.problems as Array<{ line?: number; message: string }>).map(
      (p) => p.message,
    );
    const duplicateLine = broken.length; // header is line 1, so the second-last data line is line broken.length
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^line ${duplicateLine}: quartier \\S+ is already on line 6`),
        ),
        `line ${broken.length + 1}: unknown quartier "9999"`,
        expect.stringMatching(/^1 quartier\(s\) missing .*: 1$/),
      ]),
    );
    expect(await fingerprint()).toBe(before);
  });

  it('rejects inconsistent groupement attributes, unknown statuses and a missing column', async () => {
    const before = await fingerprint();
    const lines = tableLines(quartierUnits);
    const inhabited = lines.findIndex((line) => line.includes(',g'));
    const group = lines[inhabited]!.split(',')[1] as string;
    const sibling = lines.findIndex(
      (line, index) => index > inhabited && line.split(',')[1] === group,
    );
    const tampered = lines.map((line, index) =>
      index === inhabited
        ? line.replace(/,(existing|new|referent_quartier)$/, ',maybe')
        : index === sibling
          ? line.replace(`Test ${group} NL`, 'Another name')
          : line,
    );
    let error = await expectErrorCode(
      stack.gatewayUrl,
      IMPORT,
      importAs(table(tampered), 'QUARTIER'),
      'BAD_USER_INPUT',
      stack.as(Role.ADMIN),
    );
    const messages = (error.extensions?.problems as Array<{ message: string }>)
      .map((p) => p.message)
      .join('\n');
    expect(messages).toMatch(new RegExp(`line ${inhabited + 2}: clss_status must be one of`));
    expect(messages).toMatch(
      new RegExp(
        `line ${sibling + 2}: groupement ${group} has name_nl, clss_status different from line ${inhabited + 2}`,
      ),
    );
    error = await expectErrorCode(
      stack.gatewayUrl,
      IMPORT,
      importAs('unit_code,groupement_code\n1,a', 'QUARTIER'),
      'BAD_USER_INPUT',
      stack.as(Role.ADMIN),
    );
    expect(JSON.stringify(error.extensions?.problems)).toMatch(
      /line 1: missing column\(s\) name_fr, name_nl, density_2021/,
    );
    expect(await fingerprint()).toBe(before);
  });

  it('validates without writing in a dry run', async () => {
    const before = await fingerprint();
    const { importGroupements } = await expectData<{
      importGroupements: { dryRun: boolean; groupementCount: number; unitsOutside: number };
    }>(
      stack.gatewayUrl,
      IMPORT,
      importAs(table(tableLines(quartierUnits)), 'QUARTIER', true),
      stack.as(Role.ADMIN),
    );
    expect(importGroupements).toMatchObject({
      dryRun: true,
      groupementCount: 19,
      unitsOutside: 27,
    });
    expect(await fingerprint()).toBe(before);
  });

  it('imports a valid quartier table, makes it the active layer, and locate answers with it', async () => {
    const { importGroupements } = await expectData<{
      importGroupements: {
        groupementCount: number;
        unitCount: number;
        groupements: Array<{ id: string; priorityOrder: number; rankSum: number }>;
      };
    }>(
      stack.gatewayUrl,
      IMPORT,
      importAs(table(tableLines(quartierUnits)), 'QUARTIER'),
      stack.as(Role.ADMIN),
    );
    expect(importGroupements.groupementCount).toBe(19);
    expect(importGroupements.unitCount).toBe(145);
    expect(importGroupements.groupements.map((g) => g.priorityOrder)).toEqual(
      Array.from({ length: 19 }, (_, i) => i + 1),
    );

    const data = await expectData<{
      locate: {
        groupement: {
          id: string;
          provisional: boolean;
          indicators: Array<{ kind: string; rank: number }>;
          rankSum: number;
          maxRankSum: number;
          clssStatus: string;
        };
      };
      groupements: Array<{ id: string }>;
      groupementDatasets: Array<{ id: string; kind: string; active: boolean; loadedBy: string }>;
      provisional: Array<{ id: string }>;
    }>(
      stack.gatewayUrl,
      `{ locate(latitude: 50.8375, longitude: 4.347) { groupement { id provisional indicators { kind rank } rankSum maxRankSum clssStatus } }
         groupements { id } groupementDatasets { id kind active loadedBy } provisional: groupements(datasetId: "provisional-clss") { id } }`,
    );
    const groupement = data.locate.groupement;
    expect(groupement.id).toBe('groupement:official:g21004');
    expect(groupement.provisional).toBe(false);
    expect(groupement.indicators.map((i) => i.kind)).toEqual([
      'POPULATION_DENSITY_2021',
      'MEAN_NET_TAXABLE_INCOME_2019',
      'DIABETES_PREVALENCE_2020',
      'NO_DENTIST_VISIT_3Y_2020',
    ]);
    expect(groupement.rankSum).toBe(groupement.indicators.reduce((sum, i) => sum + i.rank, 0));
    expect(groupement.maxRankSum).toBe(76);
    expect(data.groupements).toHaveLength(19);
    expect(data.groupementDatasets.map((d) => [d.id, d.kind, d.active])).toEqual([
      ['official', 'OFFICIAL', true],
      ['provisional-clss', 'PROVISIONAL', false],
    ]);
    expect(data.groupementDatasets[0]?.loadedBy).toBe('test-admin');
    expect(data.provisional).toHaveLength(16);
  });

  it('replaces the official layer with a sector table from the CLI, all or nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bxl-import-'));
    const run = promisify(execFile);
    const cli = (file: string) =>
      run(
        'npm',
        [
          'run',
          '--silent',
          'groupements:import',
          '--',
          file,
          '--unit',
          'sector',
          '--name',
          'CLI test',
          '--source',
          'test',
        ],
        {
          cwd: resolve(__dirname, '../..'),
          env: { ...process.env, DATABASE_URL: stack.database.url, LOG_LEVEL: 'silent' },
        },
      );
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, table(tableLines(sectorUnits).slice(1)));
    const before = await fingerprint();
    await expect(cli(bad)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/1 sector\(s\) missing/),
    });
    expect(await fingerprint()).toBe(before);

    const good = join(dir, 'good.csv');
    writeFileSync(good, table(tableLines(sectorUnits)));
    const { stdout } = await cli(good);
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: false, unitCount: 724, unitsOutside: 0 });
    const { locate } = await expectData<{
      locate: { sector: { code: string }; groupement: { id: string } };
    }>(
      stack.gatewayUrl,
      '{ locate(latitude: 50.8375, longitude: 4.347) { sector { code } groupement { id } } }',
    );
    expect(locate.groupement.id).toBe(`groupement:official:s${locate.sector.code.slice(0, 6)}`);
  }, 120_000);
});
