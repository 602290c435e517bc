import type { TerritoryClient } from '../../territory/territory.client';
import { PositionPrecision } from '../actor.enums';

export interface SiteToPlace {
  latitude?: number | null;
  longitude?: number | null;
  communeNis?: string | null;
}

/** Where a site is: every territory containing it, how precisely, and its commune. */
export interface Placement {
  territoryIds: string[];
  positionPrecision: PositionPrecision;
  communeNis: string;
}

export interface PlacementProblem {
  index: number;
  field: 'latitude' | 'communeNis';
  message: string;
}

const hasPoint = (site: SiteToPlace) => site.latitude != null && site.longitude != null;

/**
 * Places sites through the territories subgraph, in one batch: a site with a point lies in every
 * territory containing it (its commune is the point's); a site without one only in its commune and
 * the larger territories that contain that commune whole. A point outside the Region or an unknown
 * commune is a problem, reported by the site's index.
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
      positionPrecision: PositionPrecision.POINT,
      communeNis: commune,
    };
  });
  const communes = new Map<string, string[] | null>();
  for (const [index, site] of sites.entries()) {
    if (hasPoint(site)) {
      continue;
    }
    const nis = site.communeNis ?? '';
    if (!communes.has(nis)) {
      communes.set(nis, nis ? await territories.communeTerritories(nis) : null);
    }
    const ids = communes.get(nis);
    if (!ids) {
      problems.push({
        index,
        field: 'communeNis',
        message: `"${nis}" is not a commune of the Region`,
      });
      continue;
    }
    placements[index] = {
      territoryIds: ids,
      positionPrecision: PositionPrecision.COMMUNE,
      communeNis: nis,
    };
  }
  return { placements, problems };
}
