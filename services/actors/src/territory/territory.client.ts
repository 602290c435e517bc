import { querySubgraph } from '@bxl/common';

/** The territories containing one site, one id per layer, as stored on the site. */
export type SiteTerritories = string[];

interface LocateAnswer {
  sector: { id: string } | null;
  territories: Array<{ id: string }>;
}

const LOCATE = `query($points: [PointInput!]!) { locateMany(points: $points) { sector { id } territories { id } } }`;
/** What relates a territory to others, asked for a batch of territories at once through `_entities`. */
const RELATED = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Territory {
    id within { territory { id } }
    quartiers: contains(layer: QUARTIER) { territory { id } }
    groupements: contains(layer: GROUPEMENT) { territory { id } }
    communes: contains(layer: COMMUNE) { territory { id } }
    sectors: contains(layer: SECTOR) { territory { id } }
  } } }`;

/** The territories subgraph's entity type for each id prefix. */
const TYPE_BY_PREFIX: Record<string, string> = {
  region: 'Region',
  bassin: 'Bassin',
  commune: 'Commune',
  groupement: 'Groupement',
  quartier: 'Quartier',
  sector: 'Sector',
};

/** The entity type of a territory id, or undefined when its prefix names no layer. */
export const territoryTypeOf = (id: string): string | undefined =>
  TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];

type Link = { territory: { id: string } };
interface RelatedAnswer {
  id: string;
  within: Link[];
  quartiers: Link[];
  groupements: Link[];
  communes: Link[];
  sectors: Link[];
}

const SECTORS = `query($id: ID!) { territory(id: $id) { id contains(layer: SECTOR) { territory {
  id ... on Sector { subMunicipalityCode } within { territory { id } } } } } }`;

/** A statistical sector of a commune: its sub-municipality and every territory it lies in (partly). */
export interface CommuneSector {
  id: string;
  subMunicipalityCode: string;
  withinIds: string[];
}

const CENTROID = `query($id: ID!) { territory(id: $id) { centroid { latitude longitude } } }`;

const CACHE_MS = 5 * 60_000;
const BATCH = 1000;

/**
 * Actors' window on the territories subgraph (it owns the geometry): where sites are, and which
 * territories are related to one another. Related ids are cached a few minutes; layers rarely change.
 */
export class TerritoryClient {
  private readonly related = new Map<string, { at: number; ids: string[] }>();

  constructor(private readonly url: string) {}

  private query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return querySubgraph<T>({ name: 'territories', url: this.url }, query, variables);
  }

  /** For each point, every territory containing it (empty outside the Region), in the order given. */
  async locate(points: Array<{ latitude: number; longitude: number }>): Promise<SiteTerritories[]> {
    const answers: SiteTerritories[] = [];
    for (let start = 0; start < points.length; start += BATCH) {
      const data = await this.query<{ locateMany: LocateAnswer[] }>(LOCATE, {
        points: points.slice(start, start + BATCH),
      });
      answers.push(...data.locateMany.map((answer) => answer.territories.map((t) => t.id)));
    }
    return answers;
  }

  /** The statistical sectors of a commune, with their sub-municipality and territories; null if no such commune. */
  async communeSectors(nis: string): Promise<CommuneSector[] | null> {
    const data = await this.query<{
      territory: {
        contains: Array<{
          territory: { id: string; subMunicipalityCode: string; within: Link[] };
        }>;
      } | null;
    }>(SECTORS, { id: `commune:${nis}` });
    return (
      data.territory?.contains.map(({ territory }) => ({
        id: territory.id,
        subMunicipalityCode: territory.subMunicipalityCode,
        withinIds: territory.within.map((link) => link.territory.id),
      })) ?? null
    );
  }

  /**
   * For each territory, itself with every territory it lies in and every one that lies in it (a
   * service area equal to any of them covers part of it); null where the territory does not exist
   * or the id names no layer. One request to the territories subgraph for every id not cached.
   */
  async relatedIdsMany(ids: readonly string[]): Promise<Array<string[] | null>> {
    const now = Date.now();
    const found = new Map<string, string[]>();
    for (const id of ids) {
      const cached = this.related.get(id);
      if (cached && now - cached.at < CACHE_MS) {
        found.set(id, cached.ids);
      }
    }
    const missing = [...new Set(ids)].filter((id) => territoryTypeOf(id) && !found.has(id));
    for (let start = 0; start < missing.length; start += BATCH) {
      const chunk = missing.slice(start, start + BATCH);
      const data = await this.query<{ _entities: Array<RelatedAnswer | null> }>(RELATED, {
        representations: chunk.map((id) => ({ __typename: territoryTypeOf(id), id })),
      });
      chunk.forEach((id, index) => {
        const t = data._entities[index];
        if (t) {
          const links = [
            ...t.within,
            ...t.communes,
            ...t.groupements,
            ...t.quartiers,
            ...t.sectors,
          ];
          found.set(id, [t.id, ...links.map((link) => link.territory.id)]);
          // Only territories that exist are kept: ids made up by callers must not fill the cache.
          this.related.set(id, { at: now, ids: found.get(id) as string[] });
        }
      });
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** A territory's representative point (for distances from a postcode); null if no such territory. */
  async centroid(id: string): Promise<{ latitude: number; longitude: number } | null> {
    const data = await this.query<{
      territory: { centroid: { latitude: number; longitude: number } } | null;
    }>(CENTROID, { id });
    return data.territory?.centroid ?? null;
  }
}
