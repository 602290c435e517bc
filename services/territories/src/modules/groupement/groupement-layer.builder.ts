import type { Areal } from '../../geo/geometry';
import { dissolve } from '../../geo/geometry';
import type { MembershipRow, SectorAtom, SectorLink } from '../../model/atoms';
import { aggregateMemberships, PARENT_LAYERS, sectorMembership } from '../../model/atoms';
import type { TerritoryRow } from '../../model/territory-row';
import { territoryRow } from '../../model/territory-row';
import type { Confidence, LinkMethod } from '../territory/territory.enums';
import { Layer } from '../territory/territory.enums';
import type { ClssStatus, MappingConfidence } from './groupement.enums';
import type { NeedIndicator } from './groupement.entity';

/** One groupement of a dataset, as the seed or an import defines it. */
export interface GroupementDefinition {
  code: string;
  nameFr: string;
  nameNl: string;
  sectorIds: string[];
  clssStatus: ClssStatus;
  indicators: NeedIndicator[];
  rankSum: number | null;
  priorityOrder: number | null;
  mappingConfidence: MappingConfidence | null;
  note: string | null;
  source: string;
  /** How sure the sectors' membership is, and how it was established. */
  confidence: Confidence;
  method: LinkMethod;
}

export const groupementId = (datasetId: string, code: string) => `groupement:${datasetId}:${code}`;

export interface GroupementLayer {
  territories: TerritoryRow[];
  memberships: MembershipRow[];
}

/**
 * Builds a groupement layer from its definitions: each groupement's outline (its sectors dissolved),
 * area and memberships (sector → groupement; groupement → commune, bassin, region; quartier →
 * groupement with area shares). `sectors` carry their other links; `quartiers` list each quartier's
 * sectors.
 */
export function buildGroupementLayer(options: {
  datasetId: string;
  current: boolean;
  definitions: GroupementDefinition[];
  sectors: ReadonlyMap<string, SectorAtom>;
  sectorGeometry: ReadonlyMap<string, Areal>;
  quartierSectors: ReadonlyMap<string, readonly string[]>;
}): GroupementLayer {
  const territories: TerritoryRow[] = [];
  const memberships: MembershipRow[] = [];
  const withGroupement = new Map<string, SectorAtom>();

  for (const definition of options.definitions) {
    const id = groupementId(options.datasetId, definition.code);
    const atoms = definition.sectorIds.map((sectorId) => {
      const atom = options.sectors.get(sectorId);
      if (!atom) {
        throw new Error(`unknown sector ${sectorId}`);
      }
      const link: SectorLink = {
        parentId: id,
        parentLayer: Layer.GROUPEMENT,
        share: 1,
        confidence: definition.confidence,
        method: definition.method,
        note: definition.note,
      };
      const extended = { ...atom, links: [...atom.links, link] };
      withGroupement.set(sectorId, extended);
      return extended;
    });
    territories.push(
      territoryRow({
        id,
        layer: Layer.GROUPEMENT,
        code: definition.code,
        nameFr: definition.nameFr,
        nameNl: definition.nameNl,
        areaM2: Math.round(atoms.reduce((sum, atom) => sum + atom.areaM2, 0)),
        current: options.current,
        geometry: dissolve(
          definition.sectorIds.map((sectorId) => options.sectorGeometry.get(sectorId) as Areal),
        ),
        datasetId: options.datasetId,
        clssStatus: definition.clssStatus,
        indicators: definition.indicators,
        rankSum: definition.rankSum,
        priorityOrder: definition.priorityOrder,
        mappingConfidence: definition.mappingConfidence,
        note: definition.note,
        source: definition.source,
      }),
    );
    memberships.push(
      ...atoms.map((atom) => sectorMembership(atom.id, atom.links.at(-1) as SectorLink)),
    );
    memberships.push(
      ...aggregateMemberships(
        { id, layer: Layer.GROUPEMENT },
        atoms,
        PARENT_LAYERS[Layer.GROUPEMENT],
      ),
    );
  }

  for (const [quartierId, sectorIds] of options.quartierSectors) {
    const atoms = sectorIds
      .map((sectorId) => withGroupement.get(sectorId) ?? options.sectors.get(sectorId))
      .filter((atom): atom is SectorAtom => atom !== undefined);
    memberships.push(
      ...aggregateMemberships({ id: quartierId, layer: Layer.QUARTIER }, atoms, [Layer.GROUPEMENT]),
    );
  }
  return { territories, memberships };
}
