import { querySubgraph } from '@bxl/common';

const COMMUNES = `{ communes { id nameFr nameNl } }`;
const RELATED = `query($id: ID!) { territory(id: $id) { id within { territory { id } share } } }`;

/**
 * The share of a territory's area another must hold for the territory to count as in it: groupements
 * are built from statistical sectors, whose edges spill a few percent into neighbouring communes and
 * bassins (Cureghem: 4.6 % in Saint-Gilles); a CLSS is not listed there for such a sliver.
 */
export const MIN_SHARE = 0.1;

/**
 * Collaborations' window on the territories subgraph (it owns the geometry): a territory with every
 * larger one it lies in, wholly or partly (a groupement's communes, bassins and region).
 */
export class TerritoryClient {
  private readonly target: { name: string; url: string };

  constructor(url: string) {
    this.target = { name: 'territories', url };
  }

  /** The territory's id and those of every larger territory it lies in (MIN_SHARE at least); null if none. */
  async withEnclosing(id: string): Promise<string[] | null> {
    const data = await querySubgraph<{
      territory: { id: string; within: Array<{ territory: { id: string }; share: number }> } | null;
    }>(this.target, RELATED, { id });
    if (!data.territory) {
      return null;
    }
    return [
      data.territory.id,
      ...data.territory.within
        .filter((link) => link.share >= MIN_SHARE)
        .map((link) => link.territory.id),
    ];
  }

  /** The 19 communes: id and names. */
  async communes(): Promise<Array<{ id: string; nameFr: string; nameNl: string }>> {
    const data = await querySubgraph<{
      communes: Array<{ id: string; nameFr: string; nameNl: string }>;
    }>(this.target, COMMUNES);
    return data.communes;
  }
}
