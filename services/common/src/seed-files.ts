import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { parse } from 'csv-parse/sync';

/** The repository's seed data (see seed/README.md for sources and licences). */
export const SEED_DATA_DIR = resolve(__dirname, '../../../seed/data');

export type SeedCsvRow = Record<string, string>;

/** A seed CSV file as rows keyed by its header (trimmed, BOM and empty lines dropped). */
export function readSeedCsv(name: string, dir = SEED_DATA_DIR): SeedCsvRow[] {
  return parse(readFileSync(join(dir, name), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as SeedCsvRow[];
}
