import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { parse } from 'csv-parse/sync';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The repository's seed data (see seed/README.md for sources and licences). */
export const SEED_DATA_DIR = resolve(__dirname, '../../../../seed/data');

export type CsvRow = Record<string, string>;

export function parseCsvText(text: string): CsvRow[] {
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as CsvRow[];
}

export function readSeedText(name: string, dir = SEED_DATA_DIR): string {
  return readFileSync(join(dir, name), 'utf8');
}

export function readSeedCsv(name: string, dir = SEED_DATA_DIR): CsvRow[] {
  return parseCsvText(readSeedText(name, dir));
}

export function readSeedGeoJson(
  name: string,
  dir = SEED_DATA_DIR,
): FeatureCollection<Polygon | MultiPolygon> {
  return JSON.parse(readSeedText(name, dir)) as FeatureCollection<Polygon | MultiPolygon>;
}
