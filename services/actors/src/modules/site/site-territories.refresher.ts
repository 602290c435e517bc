import type { EntityManager } from '@mikro-orm/postgresql';

import type { TerritoryClient } from '../../territory/territory.client';
import { appendChanges } from '@bxl/common';
import { textArrayLiteral } from '../pg-text-array';
import { placeSites } from './site-placement';
import type { Placement } from './site-placement';

interface SiteRow {
  id: string;
  latitude: number | null;
  longitude: number | null;
  commune_nis: string;
  postcode: string | null;
  territory_ids: string[];
  possible_territory_ids: string[];
  position_precision: string;
}

const sameIds = (a: string[], b: string[]) => [...a].sort().join('|') === [...b].sort().join('|');

const moved = (site: SiteRow, placement: Placement) =>
  !sameIds(site.territory_ids, placement.territoryIds) ||
  !sameIds(site.possible_territory_ids, placement.possibleTerritoryIds) ||
  site.position_precision !== placement.positionPrecision;

/**
 * Recomputes every site's territories from the territories subgraph (after a territory layer changed,
 * e.g. the official groupements were imported) and writes, with the change log, those that moved.
 */
export async function refreshSiteTerritories(
  em: EntityManager,
  territories: TerritoryClient,
  actor: string,
): Promise<number> {
  const sites = await em.execute<SiteRow[]>(
    `select id, latitude, longitude, commune_nis, postcode, territory_ids, possible_territory_ids,
       position_precision from actors.site order by id`,
  );
  const { placements } = await placeSites(
    sites.map((site) => ({
      latitude: site.latitude,
      longitude: site.longitude,
      communeNis: site.commune_nis,
      postcode: site.postcode,
    })),
    territories,
  );
  const changed = sites.flatMap((site, index) => {
    const placement = placements[index];
    return placement && moved(site, placement) ? [{ site, placement }] : [];
  });
  await em.transactional(async (tx) => {
    for (const { site, placement } of changed) {
      await tx.execute(
        `update actors.site set territory_ids = ?::text[], possible_territory_ids = ?::text[],
           position_precision = ?, territories_computed_at = now() where id = ?`,
        [
          textArrayLiteral(placement.territoryIds),
          textArrayLiteral(placement.possibleTerritoryIds),
          placement.positionPrecision,
          site.id,
        ],
        'run',
      );
      await appendChanges(tx, {
        actor,
        entity: 'Site',
        entityId: site.id,
        operation: 'UPDATE',
        changes: [
          { field: 'territoryIds', before: site.territory_ids, after: placement.territoryIds },
          {
            field: 'possibleTerritoryIds',
            before: site.possible_territory_ids,
            after: placement.possibleTerritoryIds,
          },
          {
            field: 'positionPrecision',
            before: site.position_precision,
            after: placement.positionPrecision,
          },
        ].filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after)),
      });
    }
  });
  return changed.length;
}
