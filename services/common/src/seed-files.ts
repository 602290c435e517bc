import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { parse } from 'csv-parse/sync';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The repository's seed data (see seed/README.md for sources and licences). */
export const SEED_DATA_DIR = resolve(__dirname, '../../../seed/data');

export type SeedCsvRow = Record<string, string>;

/** CSV text as rows keyed by its header (trimmed, BOM and empty lines dropped). */
export function parseSeedCsv(text: string): SeedCsvRow[] {
  return parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as SeedCsvRow[];
}

export function readSeedText(name: string, dir = SEED_DATA_DIR): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** A seed CSV file as rows keyed by its header. */
export function readSeedCsv(name: string, dir = SEED_DATA_DIR): SeedCsvRow[] {
  return parseSeedCsv(readSeedText(name, dir));
}

/** A seed GeoJSON file of areas (communes, quartiers, sectors). */
export function readSeedGeoJson(
  name: string,
  dir = SEED_DATA_DIR,
): FeatureCollection<Polygon | MultiPolygon> {
  return JSON.parse(readSeedText(name, dir)) as FeatureCollection<Polygon | MultiPolygon>;
}
