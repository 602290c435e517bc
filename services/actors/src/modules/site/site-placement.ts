import type { CommuneSector, TerritoryClient } from '../../territory/territory.client';
import { PositionPrecision } from '../actor.enums';
import { subMunicipalitiesOf } from './postcode-areas';

export interface SiteToPlace {
  latitude?: number | null;
  longitude?: number | null;
  communeNis?: string | null;
  postcode?: string | null;
}

/**
 * Where a site is: every territory surely containing it, those it may lie in (a coarse placement
 * is never silently dropped from a territory it may be in), how precisely, and its commune.
 */
export interface Placement {
  territoryIds: string[];
  possibleTerritoryIds: string[];
  positionPrecision: PositionPrecision;
  communeNis: string;
}

/**
 * A site known only by an area (a commune, or the sub-municipalities its postcode names): it surely
 * lies in the territories every sector of the area lies in, and may lie in any other one of them.
 */
function placeInArea(
  nis: string,
  sectors: CommuneSector[],
  postcode: string | null | undefined,
): Placement {
  const parts = subMunicipalitiesOf(nis, postcode);
  const inParts = parts
    ? sectors.filter((sector) => parts.includes(sector.subMunicipalityCode))
    : [];
  const area = inParts.length > 0 ? inParts : sectors;
  const idsOf = (sector: CommuneSector) => [sector.id, ...sector.withinIds];
  const [first = [], ...rest] = area.map(idsOf);
  const sure = first.filter((id) => rest.every((ids) => ids.includes(id)));
  const possible = [...new Set(area.flatMap(idsOf))].filter((id) => !sure.includes(id)).sort();
  const commune = `commune:${nis}`;
  return {
    territoryIds: [commune, ...sure.filter((id) => id !== commune)],
    possibleTerritoryIds: possible,
    positionPrecision:
      inParts.length > 0 ? PositionPrecision.SUB_MUNICIPALITY : PositionPrecision.COMMUNE,
    communeNis: nis,
  };
}

export interface PlacementProblem {
  index: number;
  field: 'latitude' | 'communeNis';
  message: string;
}

const hasPoint = (site: SiteToPlace) => site.latitude != null && site.longitude != null;

/**
 * Places sites through the territories subgraph, in one batch: a site with a point lies in every
 * territory containing it (its commune is the point's); a site without one is placed by its area
 * (see placeInArea): the part of a split commune its postcode names, else its commune. A point
 * outside the Region or an unknown commune is a problem, reported by the site's index.
 */
export async function placeSites(
  sites: readonly SiteToPlace[],
  territories: TerritoryClient,
): Promise<{ placements: Array<Placement | null>; problems: PlacementProblem[] }> {
  const placements: Array<Placement | null> = sites.map(() => null);
  const problems: PlacementProblem[] = [];
  const located = sites
    .map((site, index) => ({ site, index }))
    .filter(({ site }) => hasPoint(site));
  const answers = await territories.locate(
    located.map(({ site }) => ({
      latitude: site.latitude as number,
      longitude: site.longitude as number,
    })),
  );
  located.forEach(({ index }, k) => {
    const ids = answers[k] ?? [];
    const commune = ids.find((id) => id.startsWith('commune:'))?.slice('commune:'.length);
    if (!commune) {
      problems.push({
        index,
        field: 'latitude',
        message: 'the point is outside the Brussels-Capital Region',
      });
      return;
    }
    placements[index] = {
      territoryIds: ids,
      possibleTerritoryIds: [],
      positionPrecision: PositionPrecision.POINT,
      communeNis: commune,
    };
  });
  const communes = new Map<string, CommuneSector[] | null>();
  for (const [index, site] of sites.entries()) {
    if (hasPoint(site)) {
      continue;
    }
    const nis = site.communeNis ?? '';
    if (!communes.has(nis)) {
      communes.set(nis, nis ? await territories.communeSectors(nis) : null);
    }
    const sectors = communes.get(nis);
    if (!sectors || sectors.length === 0) {
      problems.push({
        index,
        field: 'communeNis',
        message: `"${nis}" is not a commune of the Region`,
      });
      continue;
    }
    placements[index] = placeInArea(nis, sectors, site.postcode);
  }
  return { placements, problems };
}
