import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { appendChanges, assertNoProblems } from '@bxl/common';
import type { Logger } from '@bxl/common';

import type { Areal } from '../../geo/geometry';
import type { SectorAtom } from '../../model/atoms';
import { activateGroupementDataset, replaceGroupementDataset } from '../../model/territory-store';
import { territoryId } from '../territory/territory.entity';
import { Confidence, Layer, LinkMethod } from '../territory/territory.enums';
import { GroupementDataset, OFFICIAL_DATASET_ID } from './groupement-dataset.entity';
import { buildGroupementLayer, groupementId } from './groupement-layer.builder';
import { DatasetKind } from './groupement.enums';
import { parseGroupementTable } from './groupement-table.parser';

export enum GroupementUnit {
  SECTOR = 'SECTOR',
  QUARTIER = 'QUARTIER',
}
registerEnumType(GroupementUnit, {
  name: 'GroupementUnit',
  description:
    'What the official table assigns to groupements: Statbel sectors or Monitoring quartiers.',
});

@InputType({ description: 'The official groupement table, as CSV text (columns: see the README).' })
export class ImportGroupementsInput {
  @Field({ description: 'The CSV text, header on line 1.' })
  csv!: string;

  @Field(() => GroupementUnit, {
    description: 'Whether unit_code holds sector codes or quartier mdzones.',
  })
  unit!: GroupementUnit;

  @Field({ description: 'A name for this version of the layer.' })
  name!: string;

  @Field({ description: 'Where the table comes from (publication, date).' })
  source!: string;

  @Field({ defaultValue: false, description: 'Validate and report only; change nothing.' })
  dryRun!: boolean;
}

@ObjectType({ description: 'One groupement of an import report.' })
export class ImportedGroupement {
  @Field(() => ID, { description: 'The id it has (or would have).' })
  id!: string;

  @Field({ description: 'Its name in French.' })
  nameFr!: string;

  @Field(() => Int, { description: 'How many units the table gives it.' })
  units!: number;

  @Field(() => Int, { description: 'Sum of its four ranks.' })
  rankSum!: number;

  @Field(() => Int, { description: 'Its priority order.' })
  priorityOrder!: number;
}

@ObjectType({ description: 'What an import did (or, in a dry run, would do).' })
export class GroupementImportReport {
  @Field({ description: 'True if nothing was written.' })
  dryRun!: boolean;

  @Field(() => ID, { description: 'The dataset written (and made active).' })
  datasetId!: string;

  @Field(() => Int, { description: 'Number of groupements.' })
  groupementCount!: number;

  @Field(() => Int, { description: 'Number of units read.' })
  unitCount!: number;

  @Field(() => Int, { description: 'Units explicitly outside every groupement.' })
  unitsOutside!: number;

  @Field(() => [ImportedGroupement], { description: 'The groupements, in priority order.' })
  groupements!: ImportedGroupement[];
}

interface AtomRow {
  id: string;
  code: string;
  area_m2: number;
  parent_id: string;
  parent_layer: Layer;
  share: number;
  confidence: Confidence;
  method: LinkMethod;
  note: string | null;
}

/**
 * Imports the official groupement table: validates it whole against the units in the database,
 * builds the layer (outlines, areas, memberships), and replaces the official dataset in one
 * transaction, making it the active layer. Any problem rejects the whole file and changes nothing.
 */
export class GroupementImporter {
  constructor(private readonly logger?: Logger) {}

  async import(
    em: EntityManager,
    input: ImportGroupementsInput,
    loadedBy: string,
  ): Promise<GroupementImportReport> {
    const rows = await em.execute<AtomRow[]>(
      `select t.id, t.code, t.area_m2, m.parent_id, m.parent_layer, m.share, m.confidence, m.method, m.note
       from territories.territory t join territories.membership m on m.child_id = t.id
       where t.layer = ? and m.parent_layer <> ? order by t.id`,
      [Layer.SECTOR, Layer.GROUPEMENT],
    );
    const sectors = new Map<string, SectorAtom>();
    const sectorCodes = new Map<string, string>();
    const quartierSectors = new Map<string, string[]>();
    for (const row of rows) {
      const atom = sectors.get(row.id) ?? { id: row.id, areaM2: row.area_m2, links: [] };
      atom.links.push({
        parentId: row.parent_id,
        parentLayer: row.parent_layer,
        share: row.share,
        confidence: row.confidence,
        method: row.method,
        note: row.note,
      });
      sectors.set(row.id, atom);
      sectorCodes.set(row.code, row.id);
      if (row.parent_layer === Layer.QUARTIER) {
        quartierSectors.set(row.parent_id, [...(quartierSectors.get(row.parent_id) ?? []), row.id]);
      }
    }
    const bySector = input.unit === GroupementUnit.SECTOR;
    const unitIds = (code: string): string[] =>
      bySector
        ? [sectorCodes.get(code) as string]
        : (quartierSectors.get(territoryId(Layer.QUARTIER, code)) ?? []);
    const known = new Set(
      bySector
        ? sectorCodes.keys()
        : [...quartierSectors.keys()].map((id) => id.split(':')[1] as string),
    );
    const table = parseGroupementTable(input.csv, known, bySector ? 'sector' : 'quartier');
    assertNoProblems('The groupement table was rejected; nothing was changed', table.problems);

    const report: GroupementImportReport = {
      dryRun: input.dryRun,
      datasetId: OFFICIAL_DATASET_ID,
      groupementCount: table.groupements.length,
      unitCount:
        table.groupements.reduce((sum, g) => sum + g.unitCodes.length, 0) +
        table.unitsOutside.length,
      unitsOutside: table.unitsOutside.length,
      groupements: [...table.groupements]
        .sort((a, b) => a.priorityOrder - b.priorityOrder)
        .map((g) => ({
          id: groupementId(OFFICIAL_DATASET_ID, g.code),
          nameFr: g.nameFr,
          units: g.unitCodes.length,
          rankSum: g.rankSum,
          priorityOrder: g.priorityOrder,
        })),
    };
    if (input.dryRun) {
      return report;
    }

    const geometryRows = await em.execute<Array<{ id: string; geometry: Areal }>>(
      'select id, geometry from territories.territory where layer = ?',
      [Layer.SECTOR],
    );
    const layer = buildGroupementLayer({
      datasetId: OFFICIAL_DATASET_ID,
      current: true,
      sectors,
      sectorGeometry: new Map(geometryRows.map((row) => [row.id, row.geometry])),
      quartierSectors,
      definitions: table.groupements.map((g) => ({
        code: g.code,
        nameFr: g.nameFr,
        nameNl: g.nameNl,
        sectorIds: g.unitCodes.flatMap(unitIds),
        clssStatus: g.clssStatus,
        indicators: g.indicators,
        rankSum: g.rankSum,
        priorityOrder: g.priorityOrder,
        mappingConfidence: null,
        note: null,
        source: input.source,
        confidence: Confidence.STATED,
        method: LinkMethod.IMPORT,
      })),
    });
    const dataset = Object.assign(new GroupementDataset(), {
      id: OFFICIAL_DATASET_ID,
      kind: DatasetKind.OFFICIAL,
      name: input.name,
      source: input.source,
      unitLayer: bySector ? Layer.SECTOR : Layer.QUARTIER,
      groupementCount: table.groupements.length,
      active: true,
      loadedAt: new Date(),
      loadedBy,
    });
    await em.transactional(async (tx) => {
      await replaceGroupementDataset(tx, dataset, layer);
      await activateGroupementDataset(tx, OFFICIAL_DATASET_ID);
      // On the change log like every write: search reindexes what the new layer changes.
      await appendChanges(tx, {
        actor: loadedBy,
        entity: 'GroupementDataset',
        entityId: OFFICIAL_DATASET_ID,
        operation: 'IMPORT',
        changes: [{ field: 'groupementCount', before: null, after: table.groupements.length }],
      });
    });
    this.logger?.info(
      { groupements: report.groupementCount, loadedBy },
      'official groupement layer imported',
    );
    return report;
  }
}
