import type { EntityManager } from '@mikro-orm/postgresql';

import { BadUserInputError, NotFoundError } from '@bxl/common';

import { Territory, layerOfId } from './territory.entity';
import type { Layer } from './territory.enums';

export interface TerritoryFilter {
  layer: Layer;
  /** Only territories (partly) inside this one. */
  within?: string | null;
  kinds?: string[] | null;
  datasetId?: string | null;
}

/** Checks a `within` id: a known layer prefix, and a territory that exists. */
async function assertTerritoryExists(em: EntityManager, id: string): Promise<void> {
  if (!layerOfId(id)) {
    throw new BadUserInputError(`Not a territory id: ${id}`, [
      { field: 'within', message: 'ids look like commune:21004, quartier:8, bassin:nord…' },
    ]);
  }
  if ((await em.count(Territory, { id })) === 0) {
    throw new NotFoundError('Territory', id);
  }
}

/**
 * Territories of one layer, optionally inside another territory, in code order (numeric codes in
 * numeric order), as a window of the full list with its total.
 */
export async function findTerritories(
  em: EntityManager,
  filter: TerritoryFilter,
  window: { offset: number; limit: number } = { offset: 0, limit: 100_000 },
): Promise<{ items: Territory[]; total: number }> {
  if (filter.within) {
    await assertTerritoryExists(em, filter.within);
  }
  const conditions = ['t.layer = ?'];
  const params: unknown[] = [filter.layer];
  if (filter.datasetId) {
    conditions.push('t.dataset_id = ?');
    params.push(filter.datasetId);
  } else {
    conditions.push('t.current');
  }
  if (filter.kinds?.length) {
    conditions.push('t.kind in (?)');
    params.push(filter.kinds);
  }
  if (filter.within) {
    conditions.push(
      'exists (select 1 from territories.membership m where m.child_id = t.id and m.parent_id = ?)',
    );
    params.push(filter.within);
  }
  const where = conditions.join(' and ');
  const [{ total } = { total: 0 }] = await em.execute<Array<{ total: number }>>(
    `select count(*)::int as total from territories.territory t where ${where}`,
    params,
  );
  const rows = await em.execute<Array<{ id: string }>>(
    `select t.id from territories.territory t where ${where} order by lpad(t.code, 12, '0'), t.id limit ? offset ?`,
    [...params, window.limit, window.offset],
  );
  const ids = rows.map((row) => row.id);
  const byId = new Map((await em.find(Territory, { id: { $in: ids } })).map((t) => [t.id, t]));
  return { items: ids.map((id) => byId.get(id) as Territory), total };
}
