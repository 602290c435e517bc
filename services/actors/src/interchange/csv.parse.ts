import type { Problem } from '@bxl/common';
import { parse } from 'csv-parse/sync';

import { slugify } from '../seed/slug';
import { CSV_COLUMN_NAMES, emptyRow, SERVICE_COLUMNS, SITE_COLUMNS } from './csv.columns';
import type { CsvColumnName, CsvRow } from './csv.columns';
import { blank } from './interchange.records';

/** Reading a CSV file: rows with the line each starts on, and the keys that group rows. */

export interface ParsedRow {
  row: CsvRow;
  line: number;
}

interface RawRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** The file's rows with the line each starts on; header problems are line 1. */
export function parseRows(text: string, problems: Problem[]): ParsedRow[] {
  let records: RawRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as RawRecord[];
  } catch (error) {
    const at = (error as { lines?: number }).lines ?? 0;
    problems.push({
      line: at,
      field: '$',
      message: `not readable as CSV: ${(error as Error).message}`,
    });
    return [];
  }
  const [header, ...body] = records;
  if (!header) {
    problems.push({ line: 1, field: '$', message: 'the file is empty: expected a header line' });
    return [];
  }
  const columns = header.record.map((name) => name.trim());
  columns.forEach((name, index) => {
    if (!(CSV_COLUMN_NAMES as readonly string[]).includes(name)) {
      problems.push({ line: 1, field: name, message: `'${name}' is not a column of this format` });
    } else if (columns.indexOf(name) !== index) {
      problems.push({ line: 1, field: name, message: `'${name}' is given twice` });
    }
  });
  return body.map(({ record, raw, info }) => {
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
  });
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
