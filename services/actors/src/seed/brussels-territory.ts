import type { MultiPolygon, Polygon } from 'geojson';

import { readSeedCsv, readSeedGeoJson } from '@bxl/common';

import { slugify } from '../records/record-ids';
import { bboxOf, inBBox, pointInMultiPolygon } from './point-in-polygon';
import type { BBox, MultiPolygonCoordinates } from './point-in-polygon';
import { cumulative, pick, pickWeighted } from './prng';
import type { Random } from './prng';

export interface SectorShape {
  code: string;
  communeNis: string;
  subMunicipality: string;
  mdzone: number;
  polygons: MultiPolygonCoordinates;
  bbox: BBox;
}

export interface Bassin {
  name: string;
  /** Territory id, as the territories subgraph builds it: `bassin:centre-ouest`. */
  id: string;
  /** Communes of the bassin, the City of Brussels (21004) included when the bassin has a part. */
  communes: string[];
}

export interface BrusselsTerritory {
  sectors: SectorShape[];
  /** Inhabited (mdq type "residential") quartiers, each with its sectors and their area sums. */
  inhabitedQuartiers: Array<{ mdzone: number; sectors: SectorShape[]; areaSums: number[] }>;
  /** Sectors of inhabited quartiers per commune NIS. */
  inhabitedSectorsByCommune: Map<string, SectorShape[]>;
  bassins: Bassin[];
  /** Bassin id of a sector: its commune's, or for the City its sub-municipality's (our assignment). */
  bassinIdOf(sector: SectorShape): string;
}

export const CITY_OF_BRUSSELS = '21004';

const polygonsOf = (geometry: Polygon | MultiPolygon): MultiPolygonCoordinates =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

let cached: BrusselsTerritory | null = null;

/** Sectors, inhabited quartiers and bassins from seed/data, read once per process. */
export function loadBrusselsTerritory(): BrusselsTerritory {
  if (cached) {
    return cached;
  }
  const residential = new Set(
    readSeedCsv('mdq-quartiers-145.csv')
      .filter((row) => row.type === 'residential')
      .map((row) => Number(row.mdzone)),
  );
  const sectors: SectorShape[] = [];
  const areas = new Map<SectorShape, number>();
  for (const feature of readSeedGeoJson('statbel-secteurs-bxl.geojson').features) {
    const properties = feature.properties ?? {};
    const polygons = polygonsOf(feature.geometry);
    const sector: SectorShape = {
      code: String(properties.cd_sector),
      communeNis: String(properties.cd_munty_refnis),
      subMunicipality: String(properties.cd_sub_munty),
      mdzone: Number(properties.mdzone_by_max_overlap),
      polygons,
      bbox: bboxOf(polygons),
    };
    sectors.push(sector);
    areas.set(sector, Number(properties.ms_area_ha) || 1);
  }

  const byQuartier = new Map<number, SectorShape[]>();
  const inhabitedSectorsByCommune = new Map<string, SectorShape[]>();
  for (const sector of sectors.filter((candidate) => residential.has(candidate.mdzone))) {
    pushTo(byQuartier, sector.mdzone, sector);
    pushTo(inhabitedSectorsByCommune, sector.communeNis, sector);
  }
  const inhabitedQuartiers = [...byQuartier.entries()]
    .sort(([a], [b]) => a - b)
    .map(([mdzone, members]) => ({
      mdzone,
      sectors: members,
      areaSums: cumulative(members.map((sector) => areas.get(sector) as number)),
    }));

  const bassinByCommune = new Map<string, string>();
  const bassins = new Map<string, Bassin>();
  for (const row of readSeedCsv('bassins-communes.csv')) {
    const id = `bassin:${slugify(row.bassin as string)}`;
    const bassin = bassins.get(id) ?? { name: row.bassin as string, id, communes: [] };
    bassin.communes.push(row.commune_nis as string);
    bassins.set(id, bassin);
    if (row.commune_nis !== CITY_OF_BRUSSELS) {
      bassinByCommune.set(row.commune_nis as string, id);
    }
  }
  const bassinBySubMunicipality = new Map(
    readSeedCsv('bruxelles-ville-bassins.csv').map((row) => [
      row.sub_municipality as string,
      `bassin:${slugify(row.bassin as string)}`,
    ]),
  );
  const bassinIdOf = (sector: SectorShape) =>
    bassinByCommune.get(sector.communeNis) ??
    bassinBySubMunicipality.get(sector.subMunicipality) ??
    (bassins.values().next().value as Bassin).id;

  cached = {
    sectors,
    inhabitedQuartiers,
    inhabitedSectorsByCommune,
    bassins: [...bassins.values()],
    bassinIdOf,
  };
  return cached;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** A point (rounded to 6 decimals, ~0.1 m) inside the sector: bbox rejection sampling + PIP. */
export function randomPointInSector(random: Random, sector: SectorShape): [number, number] {
  const { minLon, minLat, maxLon, maxLat } = sector.bbox;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const lon = round6(minLon + random() * (maxLon - minLon));
    const lat = round6(minLat + random() * (maxLat - minLat));
    if (inBBox(lon, lat, sector.bbox) && pointInMultiPolygon(lon, lat, sector.polygons)) {
      return [lon, lat];
    }
  }
  throw new Error(`No point found inside sector ${sector.code}`);
}

/** An inhabited quartier with equal weight, then one of its sectors weighted by area. */
export function randomInhabitedSector(random: Random, territory: BrusselsTerritory): SectorShape {
  const quartier = pick(random, territory.inhabitedQuartiers);
  return quartier.sectors[pickWeighted(random, quartier.areaSums)] as SectorShape;
}

/** A sector of an inhabited quartier in the commune (any of its sectors if it had none). */
export function randomSectorInCommune(
  random: Random,
  territory: BrusselsTerritory,
  communeNis: string,
): SectorShape {
  const inhabited = territory.inhabitedSectorsByCommune.get(communeNis);
  if (inhabited && inhabited.length > 0) {
    return pick(random, inhabited);
  }
  return pick(
    random,
    territory.sectors.filter((sector) => sector.communeNis === communeNis),
  );
}
