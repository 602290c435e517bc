import type { EntityManager } from '@mikro-orm/postgresql';

import { Layer } from '../modules/territory/territory.enums';
import type { GroupementDataset } from '../modules/groupement/groupement-dataset.entity';
import type { GroupementLayer } from '../modules/groupement/groupement-layer.builder';
import type { MembershipRow } from './atoms';
import type { TerritoryRow } from './territory-row';

const BATCH = 200;

const territoryColumns: Array<[keyof TerritoryRow, string, 'json'?]> = [
  ['id', 'id'],
  ['layer', 'layer'],
  ['code', 'code'],
  ['nameFr', 'name_fr'],
  ['nameNl', 'name_nl'],
  ['areaM2', 'area_m2'],
  ['centroidLon', 'centroid_lon'],
  ['centroidLat', 'centroid_lat'],
  ['current', 'current'],
  ['geometry', 'geometry', 'json'],
  ['geometrySimplified', 'geometry_simplified', 'json'],
  ['kind', 'kind'],
  ['subMunicipalityCode', 'sub_municipality_code'],
  ['subMunicipalityFr', 'sub_municipality_fr'],
  ['subMunicipalityNl', 'sub_municipality_nl'],
  ['sourceUrl', 'source_url'],
  ['datasetId', 'dataset_id'],
  ['clssStatus', 'clss_status'],
  ['indicators', 'indicators', 'json'],
  ['rankSum', 'rank_sum'],
  ['priorityOrder', 'priority_order'],
  ['mappingConfidence', 'mapping_confidence'],
  ['note', 'note'],
  ['source', 'source'],
];

const membershipColumns: Array<[keyof MembershipRow, string]> = [
  ['childId', 'child_id'],
  ['parentId', 'parent_id'],
  ['childLayer', 'child_layer'],
  ['parentLayer', 'parent_layer'],
  ['share', 'share'],
  ['confidence', 'confidence'],
  ['method', 'method'],
  ['note', 'note'],
];

async function insertRows<R>(
  em: EntityManager,
  table: string,
  columns: Array<[keyof R, string, 'json'?]>,
  rows: R[],
  conflict: string,
): Promise<void> {
  const names = columns.map(([, column]) => `"${column}"`).join(', ');
  const placeholder = `(${columns.map(([, , type]) => (type === 'json' ? '?::jsonb' : '?')).join(', ')})`;
  const updates = columns.map(([, column]) => `"${column}" = excluded."${column}"`).join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params = batch.flatMap((row) =>
      columns.map(([key, , type]) => {
        const value = row[key] ?? null;
        return type === 'json' && value !== null ? JSON.stringify(value) : value;
      }),
    );
    await em.execute(
      `insert into territories.${table} (${names}) values ${batch.map(() => placeholder).join(', ')} on conflict (${conflict}) do update set ${updates}`,
      params,
      'run',
    );
  }
}

export const upsertTerritories = (em: EntityManager, rows: TerritoryRow[]) =>
  insertRows(em, 'territory', territoryColumns, rows, 'id');

export const insertMemberships = (em: EntityManager, rows: MembershipRow[]) =>
  insertRows(em, 'membership', membershipColumns, rows, 'child_id, parent_id');

/** Removes every membership that does not involve a groupement (the base layers'). */
export async function deleteBaseMemberships(em: EntityManager): Promise<void> {
  await em.execute(
    'delete from territories.membership where child_layer <> ? and parent_layer <> ?',
    [Layer.GROUPEMENT, Layer.GROUPEMENT],
    'run',
  );
}

/**
 * Writes a groupement dataset and its layer in place of any previous version of the same dataset
 * (its groupements and their memberships), inside the caller's transaction.
 */
export async function replaceGroupementDataset(
  em: EntityManager,
  dataset: GroupementDataset,
  layer: GroupementLayer,
): Promise<void> {
  const prefix = `groupement:${dataset.id}:%`;
  await em.execute(
    'delete from territories.membership where child_id like ? or parent_id like ?',
    [prefix, prefix],
    'run',
  );
  await em.execute('delete from territories.territory where id like ?', [prefix], 'run');
  await em.execute(
    `insert into territories.groupement_dataset (id, kind, name, source, unit_layer, groupement_count, active, loaded_at, loaded_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set kind = excluded.kind, name = excluded.name, source = excluded.source,
       unit_layer = excluded.unit_layer, groupement_count = excluded.groupement_count, active = excluded.active,
       loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by`,
    [
      dataset.id,
      dataset.kind,
      dataset.name,
      dataset.source,
      dataset.unitLayer,
      dataset.groupementCount,
      dataset.active,
      dataset.loadedAt,
      dataset.loadedBy,
    ],
    'run',
  );
  await upsertTerritories(em, layer.territories);
  await insertMemberships(em, layer.memberships);
}

/** Makes one dataset the active one: its groupements become `current`, every other one's not. */
export async function activateGroupementDataset(
  em: EntityManager,
  datasetId: string,
): Promise<void> {
  await em.execute(
    'update territories.groupement_dataset set active = (id = ?)',
    [datasetId],
    'run',
  );
  await em.execute(
    'update territories.territory set current = (dataset_id = ?) where layer = ?',
    [datasetId, Layer.GROUPEMENT],
    'run',
  );
}
