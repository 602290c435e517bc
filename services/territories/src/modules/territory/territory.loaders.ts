import type { EntityManager } from '@mikro-orm/postgresql';

import { byIdLoader, groupedLoader } from '@bxl/common';

import { GroupementDataset } from '../groupement/groupement-dataset.entity';
import { Territory } from './territory.entity';
import { LAYER_ORDER } from './territory.enums';
import type { Layer } from './territory.enums';
import { GeometryDetail } from './territory.types';
import type { MembershipView } from './territory.types';

interface MembershipRow {
  child_id: string;
  parent_id: string;
  child_layer: Layer;
  parent_layer: Layer;
  share: number;
  confidence: MembershipView['confidence'];
  method: MembershipView['method'];
  note: string | null;
}

const toView = (row: MembershipRow, other: 'parent' | 'child'): MembershipView => ({
  childId: row.child_id,
  parentId: row.parent_id,
  childLayer: row.child_layer,
  parentLayer: row.parent_layer,
  share: row.share,
  confidence: row.confidence,
  method: row.method,
  note: row.note,
  otherId: other === 'parent' ? row.parent_id : row.child_id,
});

/** Keys `<id>|<layer>` for the children of a territory in one layer. */
export const childrenKey = (parentId: string, layer: Layer) => `${parentId}|${layer}`;
export const geometryKey = (id: string, detail: GeometryDetail) => `${id}|${detail}`;

/**
 * This request's loaders. Each resolves a whole tick's keys with one statement, so a list of any
 * length costs a constant number of queries.
 */
export function createTerritoryLoaders(em: EntityManager) {
  return {
    territory: byIdLoader(
      (ids) => em.find(Territory, { id: { $in: [...ids] } }),
      (territory) => territory.id,
    ),
    /** Every current territory a territory lies (partly) in, largest layer first. */
    parents: groupedLoader(
      async (ids) =>
        (
          await em.execute<MembershipRow[]>(
            `select m.* from territories.membership m
             join territories.territory p on p.id = m.parent_id and p.current
             where m.child_id in (?)
             order by m.child_id, array_position(?::text[], m.parent_layer), m.share desc, m.parent_id`,
            [[...ids], `{${LAYER_ORDER.join(',')}}`],
          )
        ).map((row) => toView(row, 'parent')),
      (view) => view.childId,
    ),
    /** The current territories of one layer that lie (partly) in a territory. */
    children: groupedLoader(
      async (keys) => {
        const pairs = keys.map((key) => key.split('|') as [string, Layer]);
        return (
          await em.execute<MembershipRow[]>(
            `select m.* from territories.membership m
             join territories.territory c on c.id = m.child_id and c.current
             join unnest(array[?]::text[], array[?]::text[]) as k(parent_id, child_layer)
               on k.parent_id = m.parent_id and k.child_layer = m.child_layer
             order by m.parent_id, lpad(c.code, 12, '0'), m.child_id`,
            [pairs.map(([id]) => id), pairs.map(([, layer]) => layer)],
          )
        ).map((row) => toView(row, 'child'));
      },
      (view) => childrenKey(view.parentId, view.childLayer),
    ),
    geometry: byIdLoader(
      async (keys) => {
        const ids = [...new Set(keys.map((key) => key.split('|')[0] as string))];
        const rows = await em.execute<
          Array<{ id: string; geometry: unknown; geometry_simplified: unknown }>
        >('select id, geometry, geometry_simplified from territories.territory where id in (?)', [
          ids,
        ]);
        return rows.flatMap((row) => [
          { key: geometryKey(row.id, GeometryDetail.FULL), geometry: row.geometry },
          {
            key: geometryKey(row.id, GeometryDetail.SIMPLIFIED),
            geometry: row.geometry_simplified,
          },
        ]);
      },
      (entry) => entry.key,
    ),
    dataset: byIdLoader(
      (ids) => em.find(GroupementDataset, { id: { $in: [...ids] } }),
      (dataset) => dataset.id,
    ),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
