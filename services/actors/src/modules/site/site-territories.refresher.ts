import type { EntityManager } from '@mikro-orm/postgresql';

import type { TerritoryClient } from '../../territory/territory.client';
import { appendChanges } from '@bxl/common';
import { placeSites } from './site-placement';

interface SiteRow {
  id: string;
  latitude: number | null;
  longitude: number | null;
  commune_nis: string;
  territory_ids: string[];
}

const sameIds = (a: string[], b: string[]) => [...a].sort().join('|') === [...b].sort().join('|');

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
    'select id, latitude, longitude, commune_nis, territory_ids from actors.site order by id',
  );
  const { placements } = await placeSites(
    sites.map((site) => ({
      latitude: site.latitude,
      longitude: site.longitude,
      communeNis: site.commune_nis,
    })),
    territories,
  );
  const computed = new Map(
    sites.map((site, index) => [site.id, placements[index]?.territoryIds ?? []]),
  );
  const moved = sites.filter((site) => !sameIds(site.territory_ids, computed.get(site.id) ?? []));
  await em.transactional(async (tx) => {
    for (const site of moved) {
      const after = computed.get(site.id) ?? [];
      const ids = after.length > 0 ? 'array[?]::text[]' : "'{}'::text[]";
      await tx.execute(
        `update actors.site set territory_ids = ${ids}, territories_computed_at = now() where id = ?`,
        after.length > 0 ? [after, site.id] : [site.id],
        'run',
      );
      await appendChanges(tx, {
        actor,
        entity: 'Site',
        entityId: site.id,
        operation: 'UPDATE',
        changes: [{ field: 'territoryIds', before: site.territory_ids, after }],
      });
    }
  });
  return moved.length;
}
