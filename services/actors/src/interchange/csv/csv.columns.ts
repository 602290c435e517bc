/**
 * The columns of the CSV format, in file order: one row per service at a site, with its
 * organisation's and its site's fields repeated on each row. docs/import-export.md lists them from
 * here. Lists are joined with `|`; inside a list item, `;` separates parts; `\` escapes `|`, `;`
 * and `\` itself.
 */
export interface CsvColumn {
  name: string;
  description: string;
}

const ID = (kind: string, prefix: string) =>
  `Our id of the ${kind} (\`${prefix}:…\`). Empty: generated from its name on import.`;
const EXTERNAL_ID = 'Its id in the system it was first imported from (upsert key of imports).';
const BOOLEAN = '`true` or `false` (empty = false).';

export const CSV_COLUMNS = [
  {
    name: 'org_id',
    description: `${ID('organisation', 'org')} Rows with the same id, external id or name share one organisation.`,
  },
  { name: 'org_external_id', description: EXTERNAL_ID },
  { name: 'org_name_fr', description: 'French name (one of the two names is required).' },
  { name: 'org_name_nl', description: 'Dutch name.' },
  { name: 'org_description_fr', description: 'French description.' },
  { name: 'org_description_nl', description: 'Dutch description.' },
  {
    name: 'org_alternate_name_fr',
    description: 'Other or commonly used name in French (an acronym, a former name…).',
  },
  { name: 'org_alternate_name_nl', description: 'Other or commonly used name in Dutch.' },
  {
    name: 'org_parent_id',
    description:
      'Our id (`org:…`) of the organisation it belongs to: one of the file, or one already in the registry; empty = none.',
  },
  { name: 'org_legal_status', description: 'Legal form, free text (ASBL, public…).' },
  {
    name: 'org_enterprise_number',
    description: 'KBO/BCE number, any usual spelling (0123.456.749); check digits verified.',
  },
  { name: 'org_website', description: 'Web address, http(s)://…' },
  { name: 'org_email', description: 'E-mail address.' },
  {
    name: 'org_phones',
    description: 'Belgian phone numbers, any usual spelling; written in E.164 (+32…).',
  },
  {
    name: 'org_agrements',
    description:
      'Agréments: `AUTHORITY;kind;number;valid from;valid to;note` (dates YYYY-MM-DD, parts may be empty); authority COCOF, COCOM, VGC, FLEMISH_COMMUNITY, FEDERAL, CPAS_LAW or OTHER.',
  },
  { name: 'org_synthetic', description: `Invented record (demo, test). ${BOOLEAN}` },
  { name: 'org_source', description: 'Where the record was read from.' },
  {
    name: 'site_id',
    description: `${ID('site', 'site')} A row without any site column has no site.`,
  },
  { name: 'site_external_id', description: EXTERNAL_ID },
  {
    name: 'site_org_id',
    description:
      "The site's organisation when it is not the row's (a service delivered at a partner's site); empty = the row's organisation.",
  },
  { name: 'site_name_fr', description: 'French name of the site.' },
  { name: 'site_name_nl', description: 'Dutch name of the site.' },
  { name: 'site_street_fr', description: 'Street, French name.' },
  { name: 'site_street_nl', description: 'Street, Dutch name.' },
  { name: 'site_number', description: 'House number (12, 12b, 62-64).' },
  { name: 'site_postcode', description: 'Postcode (1000–1210).' },
  {
    name: 'site_commune_nis',
    description:
      'NIS code of the commune (21001–21019), or its French or Dutch name; empty = from the postcode.',
  },
  {
    name: 'site_latitude',
    description: 'WGS84 latitude, decimal degrees (with site_longitude, or neither).',
  },
  { name: 'site_longitude', description: 'WGS84 longitude, decimal degrees.' },
  { name: 'site_phones', description: 'Phone numbers of the site, as org_phones.' },
  {
    name: 'site_contacts',
    description:
      'Named contacts at the site: `name;title;phone;email` (parts may be empty, but a name or a title is required; phone as org_phones, written in E.164).',
  },
  {
    name: 'site_hours',
    description:
      'Weekly opening periods, Brussels time: `MO 09:00-12:30|MO 13:30-17:00|FR 22:00-02:00` (days MO TU WE TH FR SA SU; a period past midnight closes the next day).',
  },
  {
    name: 'site_hours_exceptions',
    description:
      'Dates with other hours: `2026-12-24;closed;note|2026-12-31;09:00-12:00 13:00-15:00` (note optional).',
  },
  {
    name: 'site_hours_closed_on_holidays',
    description:
      '`true` or `false`: closed on Belgian public holidays. Written whenever hours are known; all four hours columns empty = hours unknown.',
  },
  { name: 'site_hours_note', description: 'A note on the hours.' },
  { name: 'site_synthetic', description: BOOLEAN },
  { name: 'site_source', description: 'Where the site was read from.' },
  {
    name: 'svc_id',
    description: `${ID('service', 'svc')} A row without svc_id and service name has no service (an organisation or site listed alone).`,
  },
  { name: 'svc_external_id', description: EXTERNAL_ID },
  {
    name: 'svc_name_fr',
    description: 'French name of the service (one of the two names is required).',
  },
  { name: 'svc_name_nl', description: 'Dutch name of the service.' },
  { name: 'svc_description_fr', description: 'French description.' },
  { name: 'svc_description_nl', description: 'Dutch description.' },
  { name: 'svc_eligibility_fr', description: 'Who may use it, in French.' },
  { name: 'svc_eligibility_nl', description: 'Who may use it, in Dutch.' },
  { name: 'svc_how_to_apply_fr', description: 'How to apply or get in, in French.' },
  { name: 'svc_how_to_apply_nl', description: 'How to apply or get in, in Dutch.' },
  { name: 'svc_cost_fr', description: 'What it costs, free text in French.' },
  { name: 'svc_cost_nl', description: 'What it costs, free text in Dutch.' },
  {
    name: 'svc_types',
    description:
      'Service type codes (taxonomy), e.g. `mental-health|family-planning`; empty = `other`.',
  },
  { name: 'svc_publics', description: 'Target public codes, e.g. `young-people|families`.' },
  {
    name: 'svc_languages',
    description: 'ISO 639-1 codes of the languages it is delivered in: `fr|nl|ar`.',
  },
  {
    name: 'svc_access',
    description:
      'Access conditions that hold: low-threshold, without-appointment, free, accepts-uninsured, accepts-amu, anonymous.',
  },
  {
    name: 'svc_status',
    description: 'ACTIVE, INACTIVE, DEFUNCT or TEMPORARILY_CLOSED (empty = ACTIVE).',
  },
  {
    name: 'svc_areas',
    description:
      'Territory ids it declares to serve: `commune:21015|bassin:nord`; empty = its sites only.',
  },
  { name: 'svc_synthetic', description: BOOLEAN },
  { name: 'svc_source', description: 'Where the service was read from.' },
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]['name'];
export type CsvRow = Record<CsvColumnName, string>;

export const CSV_COLUMN_NAMES: readonly CsvColumnName[] = CSV_COLUMNS.map((column) => column.name);

export const ORGANISATION_COLUMNS = CSV_COLUMN_NAMES.filter((name) => name.startsWith('org_'));
export const SITE_COLUMNS = CSV_COLUMN_NAMES.filter((name) => name.startsWith('site_'));
export const SERVICE_COLUMNS = CSV_COLUMN_NAMES.filter((name) => name.startsWith('svc_'));

/** A row with every column empty. */
export function emptyRow(): CsvRow {
  return Object.fromEntries(CSV_COLUMN_NAMES.map((name) => [name, ''])) as CsvRow;
}
