import type { Problem } from '@bxl/common';

import { slugify } from '../../records/record-ids';
import { blank } from '../interchange.records';
import { CSV_COLUMN_NAMES, emptyRow, SERVICE_COLUMNS, SITE_COLUMNS } from './csv.columns';
import type { CsvColumnName, CsvRow } from './csv.columns';

/** Reading a CSV file: rows with the line each starts on, and the keys that group rows. */

export interface ParsedRow {
  row: CsvRow;
  line: number;
}

/** One record as csv-parse gives it with CSV_PARSE_OPTIONS. */
export interface RawRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** How every CSV import reads its text, whole or streamed. */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  info: true,
  raw: true,
  relax_column_count: true,
  skip_empty_lines: true,
} as const;

/** The problem of a file csv-parse cannot read (the whole import then reports only it). */
export function unreadableCsv(error: unknown): Problem {
  return {
    line: (error as { lines?: number }).lines ?? 0,
    field: '$',
    message: `not readable as CSV: ${(error as Error).message}`,
  };
}

export const EMPTY_CSV: Problem = {
  line: 1,
  field: '$',
  message: 'the file is empty: expected a header line',
};

/** The header's column names; unknown and repeated ones are problems of line 1. */
export function headerColumns(header: RawRecord, problems: Problem[]): string[] {
  const columns = header.record.map((name) => name.trim());
  columns.forEach((name, index) => {
    if (!(CSV_COLUMN_NAMES as readonly string[]).includes(name)) {
      problems.push({ line: 1, field: name, message: `'${name}' is not a column of this format` });
    } else if (columns.indexOf(name) !== index) {
      problems.push({ line: 1, field: name, message: `'${name}' is given twice` });
    }
  });
  return columns;
}

/** A body record as a row of the format, with the line it starts on. */
export function parsedRowOf(
  { record, raw, info }: RawRecord,
  columns: readonly string[],
  problems: Problem[],
): ParsedRow {
  const startLine =
    info.lines -
    (
      raw
        .replace(/^[\r\n]+/, '')
        .replace(/\r?\n$/, '')
        .match(/\n/g) ?? []
    ).length;
  if (record.length !== columns.length) {
    const message = `has ${record.length} cells, the header ${columns.length}`;
    problems.push({ line: startLine, field: '$', message });
  }
  const row = emptyRow();
  columns.forEach((name, index) => {
    if ((CSV_COLUMN_NAMES as readonly string[]).includes(name)) {
      row[name as CsvColumnName] = record[index] ?? '';
    }
  });
  return { row, line: startLine };
}

export const has = (row: CsvRow, names: readonly CsvColumnName[]) =>
  names.some((name) => row[name].trim() !== '');

function keyOf(row: CsvRow, id: CsvColumnName, external: CsvColumnName, fallback: string): string {
  return blank(row[id]) ?? (blank(row[external]) ? `external:${blank(row[external])}` : fallback);
}

export interface Keys {
  org: string;
  site: string | null;
  svc: string | null;
}

export function keysOf(row: CsvRow): Keys | null {
  const orgName = blank(row.org_name_fr) ?? blank(row.org_name_nl);
  if (!blank(row.org_id) && !blank(row.org_external_id) && !orgName) {
    return null;
  }
  const org = keyOf(row, 'org_id', 'org_external_id', `name:${slugify(orgName ?? '')}`);
  const place = [
    'site_street_fr',
    'site_street_nl',
    'site_number',
    'site_postcode',
    'site_commune_nis',
    'site_name_fr',
  ]
    .map((name) => row[name as CsvColumnName])
    .join(' ');
  const svcName = blank(row.svc_name_fr) ?? blank(row.svc_name_nl) ?? '';
  return {
    org,
    site: has(row, SITE_COLUMNS)
      ? keyOf(row, 'site_id', 'site_external_id', `${org}|${slugify(place)}`)
      : null,
    svc: has(row, SERVICE_COLUMNS)
      ? keyOf(row, 'svc_id', 'svc_external_id', `${org}|${slugify(svcName)}`)
      : null,
  };
}
