import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { parse } from 'csv-parse/sync';
import type { FeatureCollection } from 'geojson';

import type { Areal } from '../geo/geometry';

/** The repository's seed data (see seed/README.md for sources and licences). */
export const SEED_DATA_DIR = resolve(__dirname, '../../../../seed/data');

export type CsvRow = Record<string, string>;

export function parseCsv(text: string): CsvRow[] {
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as CsvRow[];
}

export function readCsv(name: string, dir = SEED_DATA_DIR): CsvRow[] {
  return parseCsv(readFileSync(join(dir, name), 'utf8'));
}

export function readGeoJson(name: string, dir = SEED_DATA_DIR): FeatureCollection<Areal> {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as FeatureCollection<Areal>;
}
