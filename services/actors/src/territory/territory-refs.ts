import { entityReference } from '@bxl/common';

/** A territory owned by the territories subgraph, referred to here by its key only. */
const territoryReference = (name: string) => entityReference(name, 'territories', 'commune:21004');

export const SectorRef = territoryReference('Sector');
export const QuartierRef = territoryReference('Quartier');
export const CommuneRef = territoryReference('Commune');
export const GroupementRef = territoryReference('Groupement');
export const BassinRef = territoryReference('Bassin');
export const RegionRef = territoryReference('Region');

export type TerritoryReference = InstanceType<typeof SectorRef>;

/** The reference types by id prefix. */
export const referenceByPrefix = {
  sector: SectorRef,
  quartier: QuartierRef,
  commune: CommuneRef,
  groupement: GroupementRef,
  bassin: BassinRef,
  region: RegionRef,
} as const;

/** The one territory of a layer among a site's territory ids, as a reference. */
export function referenceIn(
  ids: string[],
  prefix: keyof typeof referenceByPrefix,
): TerritoryReference | null {
  const id = ids.find((candidate) => candidate.startsWith(`${prefix}:`));
  return id ? Object.assign(new referenceByPrefix[prefix](), { id }) : null;
}
