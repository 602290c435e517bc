import type { Problem } from '@bxl/common';

import type { ServiceRecord } from '../seed/seed-records';
import {
  CSV_COLUMN_NAMES,
  emptyRow,
  ORGANISATION_COLUMNS,
  SERVICE_COLUMNS,
  SITE_COLUMNS,
} from './csv.columns';
import type { CsvColumnName, CsvRow } from './csv.columns';
import {
  organisationCells,
  organisationOfRow,
  serviceCells,
  serviceOfRow,
  siteCells,
  siteOfRow,
} from './csv.rows';
import { keysOf, parseRows } from './csv.parse';
import type { Keys, ParsedRow } from './csv.parse';
import { RecordProblems } from './interchange.fields';
import { blank, emptyRecords, RecordIds, sortedById } from './interchange.records';
import type { ActorSeedWithHours, ImportResult } from './interchange.records';

export { CSV_COLUMNS } from './csv.columns';

function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const line = (cells: readonly string[]) => `${cells.map(quote).join(',')}\n`;

/**
 * Records → CSV (UTF-8, header on line 1, CSV_COLUMNS in order). One row per service at a site,
 * its organisation's and site's columns repeated; a service without site has one row without
 * site columns; a site no service is delivered at, and an organisation with neither, get a row of
 * their own. Rows are grouped by organisation id, then service id, sites in the service's order.
 */
export function toCsv(seed: ActorSeedWithHours): string {
  const organisations = new Map(seed.organisations.map((org) => [org.id, org]));
  const sites = new Map(seed.sites.map((site) => [site.id, site]));
  const delivered = new Set(seed.services.flatMap((service) => service.siteIds));
  const orgIds = [
    ...new Set([...seed.organisations, ...seed.services, ...seed.sites].map(organisationIdOf)),
  ].sort();
  const rows: Array<Partial<CsvRow>> = [];
  for (const orgId of orgIds) {
    const org = organisations.get(orgId);
    const orgPart = org ? organisationCells(org) : { org_id: orgId };
    const start = rows.length;
    for (const service of sortedById(seed.services.filter((s) => s.organisationId === orgId))) {
      const svcPart = serviceCells(service);
      if (service.siteIds.length === 0) {
        rows.push({ ...orgPart, ...svcPart });
      }
      for (const siteId of service.siteIds) {
        const site = sites.get(siteId);
        rows.push({ ...orgPart, ...(site ? siteCells(site) : { site_id: siteId }), ...svcPart });
      }
    }
    const alone = seed.sites.filter((s) => s.organisationId === orgId && !delivered.has(s.id));
    for (const site of sortedById(alone)) {
      rows.push({ ...orgPart, ...siteCells(site) });
    }
    if (rows.length === start) {
      rows.push(orgPart);
    }
  }
  const full = rows.map((row) => ({ ...emptyRow(), ...row }));
  return [CSV_COLUMN_NAMES, ...full.map((row) => CSV_COLUMN_NAMES.map((name) => row[name]))]
    .map(line)
    .join('');
}

function organisationIdOf(record: { id: string; organisationId?: string }): string {
  return record.organisationId ?? record.id;
}

export interface CsvImportOptions {
  /** `source` of records whose source column is empty. */
  source?: string;
}

const DEFAULT_SOURCE = 'CSV import';

/** A later row of a record may leave its cells empty; a cell it fills must repeat the first row's. */
function compareCells(
  row: CsvRow,
  first: ParsedRow,
  columns: readonly CsvColumnName[],
  what: string,
  check: RecordProblems,
): void {
  for (const name of columns) {
    const value = row[name].trim();
    const earlier = first.row[name].trim();
    if (value !== '' && value !== earlier) {
      check.add(
        name,
        `'${value}' differs from line ${first.line} ('${earlier}') for the same ${what}`,
      );
    }
  }
}

type Kind = 'org' | 'site' | 'svc';
const ID_COLUMN: Readonly<Record<Kind, CsvColumnName>> = {
  org: 'org_id',
  site: 'site_id',
  svc: 'svc_id',
};

/** Our id for each key: the id column when given (kept), else generated from names. */
function assignIds(rows: ReadonlyArray<ParsedRow & { keys: Keys | null }>, problems: Problem[]) {
  const ids = new RecordIds();
  const byKey = new Map<string, string>();
  const kinds: Kind[] = ['org', 'site', 'svc'];
  for (const { row, keys, line } of rows) {
    for (const kind of kinds) {
      const id = blank(row[ID_COLUMN[kind]]);
      if (keys?.[kind] && id && !byKey.has(`${kind}|${keys[kind]}`)) {
        if (!id.startsWith(`${kind}:`)) {
          const message = `'${id}' must start with '${kind}:'`;
          problems.push({ line, field: ID_COLUMN[kind], message });
        }
        ids.take(id);
        byKey.set(`${kind}|${keys[kind]}`, id);
      }
    }
  }
  for (const { row, keys } of rows) {
    const orgName = blank(row.org_name_fr) ?? blank(row.org_name_nl) ?? 'organisation';
    const bases: Record<Kind, string> = {
      org: orgName,
      site: `${orgName} ${[row.site_street_fr || row.site_street_nl, row.site_number].join(' ')}`,
      svc: blank(row.svc_name_fr) ?? blank(row.svc_name_nl) ?? 'service',
    };
    for (const kind of kinds) {
      const key = keys?.[kind] ? `${kind}|${keys[kind]}` : null;
      if (key && !byKey.has(key)) {
        byKey.set(key, ids.next(kind, bases[kind]));
      }
    }
  }
  return (kind: Kind, key: string) => byKey.get(`${kind}|${key}`) as string;
}

/**
 * CSV (see CSV_COLUMNS; unknown columns are problems, missing ones are empty) → records, in id
 * order. Never throws; each problem has `line` = the file line its row starts on (header = 1)
 * and `field` = the column (`$` = the row or file as a whole).
 */
export function fromCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const source = options.source ?? DEFAULT_SOURCE;
  const rows = parseRows(text, problems).map((parsed) => ({ ...parsed, keys: keysOf(parsed.row) }));
  const idOf = assignIds(rows, problems);
  const records = emptyRecords();
  const first = new Map<string, ParsedRow>();
  const services = new Map<string, ServiceRecord>();
  const siteLines = new Map<string, number>();

  for (const parsed of rows) {
    const { row, keys, line } = parsed;
    const check = new RecordProblems(problems, line);
    if (!keys) {
      check.add('org_name_fr', 'the row names no organisation: give org_id or a name');
      continue;
    }
    const orgId = idOf('org', keys.org);
    const seen = (kind: Kind, key: string, columns: readonly CsvColumnName[], what: string) => {
      const earlier = first.get(`${kind}|${key}`);
      if (earlier) {
        compareCells(row, earlier, columns, what, check);
        return true;
      }
      first.set(`${kind}|${key}`, parsed);
      return false;
    };
    if (!seen('org', keys.org, ORGANISATION_COLUMNS, 'organisation')) {
      records.organisations.push(organisationOfRow(row, orgId, source, check));
    }
    const siteId = keys.site ? idOf('site', keys.site) : null;
    if (keys.site && siteId && !seen('site', keys.site, SITE_COLUMNS, 'site')) {
      const owner = blank(row.site_org_id) ?? orgId;
      records.sites.push(siteOfRow(row, siteId, owner, source, check));
      siteLines.set(siteId, line);
    }
    if (keys.svc) {
      const serviceId = idOf('svc', keys.svc);
      if (!seen('svc', keys.svc, SERVICE_COLUMNS, 'service')) {
        const service = serviceOfRow(row, serviceId, orgId, source, check);
        services.set(serviceId, service);
        records.services.push(service);
      }
      const service = services.get(serviceId);
      if (service && siteId && !service.siteIds.includes(siteId)) {
        service.siteIds.push(siteId);
      }
    }
  }
  const orgIds = new Set(records.organisations.map((org) => org.id));
  for (const site of records.sites.filter((candidate) => !orgIds.has(candidate.organisationId))) {
    const message = `no row defines the organisation '${site.organisationId}'`;
    problems.push({ line: siteLines.get(site.id) ?? 0, field: 'site_org_id', message });
  }
  return {
    records: {
      organisations: sortedById(records.organisations),
      sites: sortedById(records.sites),
      services: sortedById(records.services),
    },
    problems,
  };
}
