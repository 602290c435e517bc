import type { EntityManager } from '@mikro-orm/postgresql';

import type { TerritoryClient } from '../../territory/territory.client';
import { appendChanges } from '../changelog/change-log';

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
  const located = sites.filter((site) => site.latitude !== null && site.longitude !== null);
  const answers = await territories.locate(
    located.map((site) => ({
      latitude: site.latitude as number,
      longitude: site.longitude as number,
    })),
  );
  const computed = new Map(located.map((site, index) => [site.id, answers[index] ?? []]));
  const communes = new Map<string, string[]>();
  for (const site of sites.filter((candidate) => !computed.has(candidate.id))) {
    if (!communes.has(site.commune_nis)) {
      communes.set(
        site.commune_nis,
        (await territories.communeTerritories(site.commune_nis)) ?? [],
      );
    }
    computed.set(site.id, communes.get(site.commune_nis) as string[]);
  }
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
