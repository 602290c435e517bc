import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '@bxl/common';

import { buildGroupementLayer } from '../modules/groupement/groupement-layer.builder';
import {
  GroupementDataset,
  PROVISIONAL_DATASET_ID,
} from '../modules/groupement/groupement-dataset.entity';
import { DatasetKind } from '../modules/groupement/groupement.enums';
import { Layer } from '../modules/territory/territory.enums';
import {
  activateGroupementDataset,
  deleteBaseMemberships,
  insertMemberships,
  replaceGroupementDataset,
  upsertTerritories,
} from '../model/territory-store';
import { buildBaseLayers } from './base-layers.builder';
import { provisionalGroupements } from './provisional-groupements.builder';

export async function isSeeded(em: EntityManager): Promise<boolean> {
  const rows = await em.execute<Array<{ n: string }>>(
    'select count(*) as n from territories.territory where layer = ?',
    [Layer.REGION],
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/**
 * Loads seed/data in one transaction. Idempotent: territories are upserted by id, the base
 * memberships and the provisional groupement layer are rewritten whole; an imported official
 * groupement layer is left as it is, and stays the active one.
 */
export async function seedTerritories(em: EntityManager, logger?: Logger): Promise<void> {
  const started = Date.now();
  const base = buildBaseLayers();
  const definitions = provisionalGroupements(base.quartierSectors);
  await em.transactional(async (tx) => {
    const active = await tx.execute<Array<{ id: string }>>(
      'select id from territories.groupement_dataset where active',
    );
    const provisionalActive =
      active.length === 0 || active.some((row) => row.id === PROVISIONAL_DATASET_ID);
    await upsertTerritories(tx, base.territories);
    await deleteBaseMemberships(tx);
    await insertMemberships(tx, base.memberships);
    const dataset = Object.assign(new GroupementDataset(), {
      id: PROVISIONAL_DATASET_ID,
      kind: DatasetKind.PROVISIONAL,
      name: 'Provisional groupements: CLSS quartiers named by sources (not the official layer)',
      source:
        'seed/data/clss-quartiers.csv: the PSSI vision text and the five bassin websites; mapped to Monitoring quartiers by name',
      unitLayer: Layer.QUARTIER,
      groupementCount: definitions.length,
      active: provisionalActive,
      loadedAt: new Date(),
      loadedBy: 'seed',
    });
    const layer = buildGroupementLayer({
      datasetId: PROVISIONAL_DATASET_ID,
      current: provisionalActive,
      definitions,
      sectors: base.sectors,
      sectorGeometry: base.sectorGeometry,
      quartierSectors: base.quartierSectors,
    });
    await replaceGroupementDataset(tx, dataset, layer);
    if (provisionalActive) {
      await activateGroupementDataset(tx, PROVISIONAL_DATASET_ID);
    }
  });
  await em.execute('analyze territories.territory, territories.membership', [], 'run');
  logger?.info(
    {
      territories: base.territories.length,
      memberships: base.memberships.length,
      ms: Date.now() - started,
    },
    'territories seeded',
  );
}
