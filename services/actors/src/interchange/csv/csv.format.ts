import { parse } from 'csv-parse/sync';

import type { RegistryRecords } from '../../records/registry-records';
import { sortedById } from '../interchange.records';
import type { ImportResult } from '../interchange.records';
import { CSV_COLUMN_NAMES, emptyRow } from './csv.columns';
import type { CsvRow } from './csv.columns';
import { CSV_PARSE_OPTIONS } from './csv.parse';
import type { RawRecord } from './csv.parse';
import { CsvReader } from './csv.reader';
import { organisationCells, serviceCells, siteCells } from './csv.rows';

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
export function toCsv(seed: RegistryRecords): string {
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

export const DEFAULT_CSV_SOURCE = 'CSV import';

/**
 * CSV (see CSV_COLUMNS; unknown columns are problems, missing ones are empty) → records, in id
 * order. Never throws; each problem has `line` = the file line its row starts on (header = 1)
 * and `field` = the column (`$` = the row or file as a whole). An upload streams through the
 * same CsvReader (csv.stream.ts).
 */
export function fromCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const reader = new CsvReader(options.source ?? DEFAULT_CSV_SOURCE);
  try {
    for (const record of parse(text, CSV_PARSE_OPTIONS) as unknown as RawRecord[]) {
      reader.add(record);
    }
  } catch (error) {
    reader.fail(error);
  }
  return reader.result();
}
