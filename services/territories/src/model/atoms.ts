import type { Confidence } from '../modules/territory/territory.enums';
import { Layer, LinkMethod, weakest } from '../modules/territory/territory.enums';

/** A sector's link to one territory of another layer. */
export interface SectorLink {
  parentId: string;
  parentLayer: Layer;
  share: number;
  confidence: Confidence;
  method: LinkMethod;
  note?: string | null;
}

/** The atom of the model: every other layer is a set of sectors (or, for quartiers, near enough). */
export interface SectorAtom {
  id: string;
  areaM2: number;
  links: SectorLink[];
}

export interface MembershipRow {
  childId: string;
  parentId: string;
  childLayer: Layer;
  parentLayer: Layer;
  share: number;
  confidence: Confidence;
  method: LinkMethod;
  note: string | null;
}

/** The layers a territory of each layer is linked up to (communes cut across groupements and quartiers). */
export const PARENT_LAYERS: Record<Layer, readonly Layer[]> = {
  [Layer.SECTOR]: [Layer.QUARTIER, Layer.GROUPEMENT, Layer.COMMUNE, Layer.BASSIN, Layer.REGION],
  [Layer.QUARTIER]: [Layer.GROUPEMENT, Layer.COMMUNE, Layer.BASSIN, Layer.REGION],
  [Layer.GROUPEMENT]: [Layer.COMMUNE, Layer.BASSIN, Layer.REGION],
  [Layer.COMMUNE]: [Layer.BASSIN, Layer.REGION],
  [Layer.BASSIN]: [Layer.REGION],
  [Layer.REGION]: [],
};

export const sectorMembership = (sectorId: string, link: SectorLink): MembershipRow => ({
  childId: sectorId,
  childLayer: Layer.SECTOR,
  parentId: link.parentId,
  parentLayer: link.parentLayer,
  share: link.share,
  confidence: link.confidence,
  method: link.method,
  note: link.note ?? null,
});

export const sectorMemberships = (atom: SectorAtom): MembershipRow[] =>
  atom.links.map((link) => sectorMembership(atom.id, link));

/**
 * The memberships of a territory made of sectors: for each parent layer, the share of its area in each
 * parent, as sure as the least sure sector link, with the links' method when they agree (else area
 * overlap) and their distinct notes.
 */
export function aggregateMemberships(
  child: { id: string; layer: Layer },
  sectors: readonly SectorAtom[],
  parentLayers: readonly Layer[] = PARENT_LAYERS[child.layer],
): MembershipRow[] {
  const total = sectors.reduce((sum, sector) => sum + sector.areaM2, 0);
  const rows: MembershipRow[] = [];
  for (const layer of parentLayers) {
    const byParent = new Map<string, { area: number; links: SectorLink[] }>();
    for (const sector of sectors) {
      const link = sector.links.find((candidate) => candidate.parentLayer === layer);
      if (!link) {
        continue;
      }
      const entry = byParent.get(link.parentId) ?? { area: 0, links: [] };
      entry.area += sector.areaM2 * link.share;
      entry.links.push(link);
      byParent.set(link.parentId, entry);
    }
    for (const [parentId, { area, links }] of byParent) {
      const methods = new Set(links.map((link) => link.method));
      const notes = [...new Set(links.map((link) => link.note).filter(Boolean))];
      rows.push({
        childId: child.id,
        childLayer: child.layer,
        parentId,
        parentLayer: layer,
        share: total > 0 ? Number((area / total).toFixed(4)) : 0,
        confidence: links.map((link) => link.confidence).reduce(weakest),
        method: methods.size === 1 ? (links[0] as SectorLink).method : LinkMethod.AREA_OVERLAP,
        note: notes.length > 0 ? notes.join(' / ') : null,
      });
    }
  }
  return rows;
}
