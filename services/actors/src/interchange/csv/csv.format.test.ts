import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { handMadeRecords, realRecords, syntheticRecords } from '../interchange.fixtures';
import { canonicalRecords } from '../interchange.records';
import { CSV_COLUMN_NAMES } from './csv.columns';
import { CSV_COLUMNS, fromCsv, toCsv } from './csv.format';

type Row = Record<string, string>;
const rowsOf = (text: string) => parse(text, { columns: true }) as Row[];

describe('CSV_COLUMNS', () => {
  it('lists every column once, each with a description', () => {
    expect(new Set(CSV_COLUMNS.map((column) => column.name)).size).toBe(CSV_COLUMNS.length);
    CSV_COLUMNS.forEach((column) => expect(column.description.length).toBeGreaterThan(5));
  });
});

describe('toCsv', () => {
  const text = toCsv(handMadeRecords());
  const rows = rowsOf(text);

  it('writes the header, then one row per service at a site', () => {
    expect(text.split('\n')[0]).toBe(CSV_COLUMN_NAMES.join(','));
    expect(rows.map((row) => `${row.org_id} ${row.svc_id} ${row.site_id}`)).toEqual([
      'org:synthetic-alpha svc:synthetic-alpha-old site:synthetic-zeta',
      'org:synthetic-alpha svc:synthetic-alpha-ssm site:synthetic-alpha-2',
      'org:synthetic-alpha svc:synthetic-alpha-ssm site:synthetic-alpha-1',
      'org:synthetic-zeta svc:synthetic-zeta ',
    ]);
    expect(rows[0]?.site_org_id).toBe('org:synthetic-zeta');
  });

  it('joins lists with | and escapes | and ; inside items', () => {
    const alpha = rows[1] as Row;
    expect(alpha.org_phones).toBe('+3225550101|+32470000001');
    expect(alpha.org_agrements).toBe(
      'COCOF;service de santé mentale;SSM-0001;2020-01-01;2029-12-31|VGC;welzijn \\| gezondheid\\; test',
    );
    expect(alpha.svc_access).toBe('low-threshold|free|accepts-amu');
    expect(rows.find((row) => row.site_id === 'site:synthetic-alpha-1')?.site_contacts).toBe(
      '[Synthetic] Anne Exemple;Accueil\\; secrétariat \\| test;+3225550103;accueil@alpha.example.be|;Assistant social',
    );
    expect(alpha.org_description_fr).toBe('Fictive.\nSur deux lignes, avec une virgule.');
  });

  it('writes the HSDS texts as they are, one column per language, and the parent by our id', () => {
    const alpha = rows[1] as Row;
    expect(alpha.org_alternate_name_nl).toBe('[Synthetisch] Alpha | AA; test');
    expect(alpha.org_parent_id).toBe('org:synthetic-federation-outside-the-file');
    expect(rows[3]?.org_parent_id).toBe('org:synthetic-alpha');
    expect(alpha.svc_how_to_apply_fr).toBe(
      'Téléphoner le matin ;\npuis un premier entretien | sur place.',
    );
    expect([alpha.svc_cost_fr, alpha.svc_cost_nl]).toEqual(['Gratuit, "sans" frais.', 'Gratis.']);
    expect(rows[0]?.svc_eligibility_fr).toBe('');
  });

  it('writes opening hours in four columns, empty when unknown', () => {
    const site = rows[2] as Row;
    expect(site.site_hours).toBe('MO 09:00-12:30|MO 13:30-17:00|FR 22:00-02:00');
    expect(site.site_hours_exceptions).toBe(
      '2026-12-24;closed;Veille de Noël|2026-12-31;09:00-12:00',
    );
    expect(site.site_hours_closed_on_holidays).toBe('true');
    expect(rows[1]?.site_hours_closed_on_holidays).toBe('');
  });

  it('gives an organisation or a site no service uses a row of its own', () => {
    const seed = handMadeRecords();
    seed.services = [];
    const ids = rowsOf(toCsv(seed)).map((row) => `${row.org_id} ${row.site_id}`);
    expect(ids).toEqual([
      'org:synthetic-alpha site:synthetic-alpha-1',
      'org:synthetic-alpha site:synthetic-alpha-2',
      'org:synthetic-zeta site:synthetic-zeta',
    ]);
  });
});

describe('fromCsv(toCsv(records))', () => {
  it.each([
    ['hand-made records', handMadeRecords],
    ['the real records', realRecords],
    ['200 synthetic services', syntheticRecords],
  ])('gives back %s', (_name, records) => {
    const { records: back, problems } = fromCsv(toCsv(records()));
    expect(problems).toEqual([]);
    expect(back).toStrictEqual(canonicalRecords(records()));
  });
});

describe('fromCsv on a hand-written file', () => {
  const text = [
    'org_name_fr,org_phones,svc_name_fr,svc_types,svc_languages,site_street_fr,site_number,site_postcode,site_hours',
    '[Synthetic] ASBL Fictive,02 555 01 05,[Synthetic] Accueil,casg,FR|nl,Rue Fictive,1,1060,MO 09:00-12:00|TU 09:00-12:00',
    '[Synthetic] ASBL Fictive,,[Synthetic] Accueil,,,Rue Imaginaire,2,1190,',
    '[Synthetic] ASBL Fictive,,[Synthetic] Dettes,debt-mediation,,Rue Fictive,1,1060,',
    '',
  ].join('\n');
  const { records, problems } = fromCsv(text, { source: 'hand file' });

  it('groups rows by names and generates ids', () => {
    expect(problems).toEqual([]);
    expect(records.organisations.map((org) => org.id)).toEqual(['org:synthetic-asbl-fictive']);
    expect(records.organisations[0]?.phones).toEqual(['+3225550105']);
    expect(records.services.map((svc) => `${svc.id} ${svc.siteIds.length}`)).toEqual([
      'svc:synthetic-accueil 2',
      'svc:synthetic-dettes 1',
    ]);
    expect(records.services[0]).toMatchObject({ languages: ['fr', 'nl'], status: 'ACTIVE' });
  });

  it('finds the commune from the postcode and reads the hours', () => {
    expect(records.sites.map((site) => site.communeNis).sort()).toEqual(['21007', '21013']);
    const stGilles = records.sites.find((site) => site.communeNis === '21013');
    expect(stGilles?.openingHours?.weekly).toHaveLength(2);
    expect(stGilles?.source).toBe('hand file');
  });
});

describe('fromCsv problems', () => {
  const header = CSV_COLUMN_NAMES.join(',');
  const rowWith = (cells: Partial<Record<(typeof CSV_COLUMN_NAMES)[number], string>>) =>
    CSV_COLUMN_NAMES.map((name) => {
      const cell = cells[name] ?? '';
      return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    }).join(',');
  const good = { org_id: 'org:synthetic-a', org_name_fr: '[Synthetic] A' };

  it('numbers problems by the line a row starts on, the header being line 1', () => {
    const text = [
      header,
      rowWith({ ...good, org_description_fr: 'two\nlines' }),
      rowWith({ ...good, org_description_fr: 'two\nlines', org_email: 'nobody' }),
      rowWith({
        org_id: 'org:synthetic-b',
        svc_name_fr: 'S',
        svc_types: 'bakery',
        svc_status: 'open',
      }),
      rowWith({ org_id: 'org:synthetic-c', org_name_fr: 'C', site_postcode: '9000' }),
      rowWith({
        org_id: 'org:synthetic-d',
        org_name_fr: 'D',
        site_commune_nis: '21001',
        site_latitude: '50.8',
        site_hours: 'MO 9-12|TU 09:00-12:00|TU 11:00-13:00',
      }),
      rowWith({
        org_id: 'synthetic-e',
        org_name_fr: 'E',
        org_agrements: 'NOBODY;x',
        site_id: 'site:x',
        site_org_id: 'org:nowhere',
        site_commune_nis: 'Atlantis',
      }),
      rowWith({ svc_name_fr: 'orphan' }),
      'org:synthetic-f,F',
    ].join('\n');
    const { problems } = fromCsv(text);
    const where = problems.map((p) => `${p.line} ${p.field}`);
    expect(where.sort(byLine)).toEqual(
      [
        '4 org_email',
        '6 org_name_fr',
        '6 svc_types',
        '6 svc_status',
        '7 site_postcode',
        '8 site_longitude',
        '8 site_hours',
        '8 site_hours',
        '9 org_id',
        '9 org_agrements',
        '9 site_commune_nis',
        '9 site_org_id',
        '10 org_name_fr',
        '11 $',
        '11 org_name_fr',
      ].sort(byLine),
    );
    const overlap = problems.find((p) => p.message.includes('overlaps'));
    expect(overlap).toMatchObject({ line: 8, field: 'site_hours' });
  });

  it('reads site contacts, phones in E.164, and names the column of a bad one', () => {
    const site = { site_id: 'site:synthetic-a', site_commune_nis: '21004' };
    const ok = fromCsv(
      [
        header,
        rowWith({ ...good, ...site, site_contacts: 'Anne;;02 555 01 05|;Accueil;;a@b.be' }),
      ].join('\n'),
    );
    expect(ok.problems).toEqual([]);
    expect(ok.records.sites[0]?.contacts).toEqual([
      { name: 'Anne', title: null, phone: '+3225550105', email: null },
      { name: null, title: 'Accueil', phone: null, email: 'a@b.be' },
    ]);
    const bad = fromCsv(
      [header, rowWith({ ...good, ...site, site_contacts: ';;12;x' })].join('\n'),
    );
    expect(bad.problems.map((problem) => problem.field)).toEqual([
      'site_contacts',
      'site_contacts',
      'site_contacts',
    ]);
  });

  it('reports rows that contradict an earlier row of the same record', () => {
    const text = [
      header,
      rowWith({ ...good, org_legal_status: 'ASBL' }),
      rowWith({ ...good, org_legal_status: 'SA' }),
      rowWith({ org_id: 'org:synthetic-a', svc_name_fr: 'S' }),
    ].join('\n');
    expect(fromCsv(text).problems).toEqual([
      {
        line: 3,
        field: 'org_legal_status',
        message: "'SA' differs from line 2 ('ASBL') for the same organisation",
      },
    ]);
  });

  it('reads the parent by our id, and reports one that is not an organisation id or the organisation itself', () => {
    const text = [
      header,
      rowWith({ ...good, org_parent_id: 'org:synthetic-a' }),
      rowWith({ org_id: 'org:synthetic-b', org_name_fr: 'B', org_parent_id: 'site:x' }),
      rowWith({ org_id: 'org:synthetic-c', org_name_fr: 'C', org_parent_id: 'org:elsewhere' }),
    ].join('\n');
    const { records, problems } = fromCsv(text);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual([
      '2 org_parent_id',
      '3 org_parent_id',
    ]);
    expect(records.organisations.map((org) => org.parentOrganisationId)).toEqual([
      null,
      null,
      'org:elsewhere',
    ]);
  });

  it('reports unknown or repeated columns on line 1, and never throws on a broken file', () => {
    expect(
      fromCsv('org_name_fr,colour,colour\nA,b,c\n').problems.map((p) => `${p.line} ${p.field}`),
    ).toEqual(['1 colour', '1 colour']);
    expect(fromCsv('').problems).toEqual([
      { line: 1, field: '$', message: expect.stringContaining('empty') },
    ]);
    const broken = fromCsv('org_name_fr\n"never closed\n');
    expect(broken.records.organisations).toEqual([]);
    expect(broken.problems[0]).toMatchObject({
      field: '$',
      message: expect.stringContaining('CSV'),
    });
  });
});

function byLine(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

describe('docs/import-export.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../../docs/import-export.md'), 'utf8');

  it('lists every CSV column with its description from CSV_COLUMNS', () => {
    for (const column of CSV_COLUMNS) {
      const description = column.description.replace(/\|/g, '\\|');
      const row = new RegExp(
        `^\\| \`${column.name}\`\\s+\\| ${escapeRegExp(description)}\\s+\\|$`,
        'm',
      );
      expect(doc).toMatch(row);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
