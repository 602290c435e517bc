import { readSeedGeoJson, slugify } from '@bxl/common';

/**
 * The Brussels postcodes of streets and the commune (NIS) each one is named after. A postcode does
 * not follow commune borders exactly (1000, 1040 and 1050 also cover parts of the City of Brussels'
 * European and Louise quarters; 1210 a few streets of Schaerbeek), so this table is only used when
 * a record gives no commune. The City of Brussels has four: 1000, 1020 Laeken, 1120
 * Neder-Over-Heembeek, 1130 Haren. Postcodes reserved for institutions (1005–1012, 1031, 1041–1049,
 * 1099, 1100, 1105, 1110, 1201, 1212…) are left out on purpose.
 */
export const BRUSSELS_POSTCODE_NIS: Readonly<Record<string, string>> = {
  '1000': '21004',
  '1020': '21004',
  '1030': '21015',
  '1040': '21005',
  '1050': '21009',
  '1060': '21013',
  '1070': '21001',
  '1080': '21012',
  '1081': '21011',
  '1082': '21003',
  '1083': '21008',
  '1090': '21010',
  '1120': '21004',
  '1130': '21004',
  '1140': '21006',
  '1150': '21019',
  '1160': '21002',
  '1170': '21017',
  '1180': '21016',
  '1190': '21007',
  '1200': '21018',
  '1210': '21014',
};

/** Short or local names used for a commune, beyond the official FR/NL names of communes-19. */
const ALIASES: Readonly<Record<string, string>> = {
  'bruxelles-ville': '21004',
  'ville-de-bruxelles': '21004',
  'stad-brussel': '21004',
  brussels: '21004',
  laeken: '21004',
  laken: '21004',
  'neder-over-heembeek': '21004',
  haren: '21004',
  molenbeek: '21012',
  'saint-josse': '21014',
  'sint-joost': '21014',
  berchem: '21003',
  watermael: '21017',
  boitsfort: '21017',
};

export const normaliseName = slugify;

interface CommuneTable {
  /** FR, NL and alias names (normalised) → NIS. */
  nisOfName: Map<string, string>;
  /** NIS → official French name. */
  nameFrOfNis: Map<string, string>;
}

let table: CommuneTable | null = null;

/** The 19 communes' names, read once from communes-19.geojson. */
function communeTable(): CommuneTable {
  if (!table) {
    table = { nisOfName: new Map(Object.entries(ALIASES)), nameFrOfNis: new Map() };
    for (const feature of readSeedGeoJson('communes-19.geojson').features) {
      const properties = feature.properties ?? {};
      const nis = String(properties.national_code);
      table.nameFrOfNis.set(nis, String(properties.name_fr));
      for (const name of [properties.name_fr, properties.name_nl]) {
        if (typeof name === 'string') {
          table.nisOfName.set(normaliseName(name), nis);
        }
      }
    }
  }
  return table;
}

/** The French name of a commune by NIS code (the code itself when it is not one of the 19). */
export function communeNameFr(nis: string): string {
  return communeTable().nameFrOfNis.get(nis) ?? nis;
}

/** The NIS code of a commune named in a record, or null when it is not one of the 19. */
export function communeNisOf(name: string): string | null {
  const key = normaliseName(name.replace(/\([^)]*\)/g, ''));
  return key ? (communeTable().nisOfName.get(key) ?? null) : null;
}

export function communeNisOfPostcode(postcode: string): string | null {
  return BRUSSELS_POSTCODE_NIS[postcode.trim()] ?? null;
}
