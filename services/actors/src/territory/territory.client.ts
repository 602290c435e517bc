import { querySubgraph } from '@bxl/common';

/** The territories containing one site, one id per layer, as stored on the site. */
export type SiteTerritories = string[];

interface LocateAnswer {
  sector: { id: string } | null;
  territories: Array<{ id: string }>;
}

const LOCATE = `query($points: [PointInput!]!) { locateMany(points: $points) { sector { id } territories { id } } }`;
const RELATED = `query($id: ID!) { territory(id: $id) {
  id within { territory { id } share }
  quartiers: contains(layer: QUARTIER) { territory { id } }
  groupements: contains(layer: GROUPEMENT) { territory { id } }
  communes: contains(layer: COMMUNE) { territory { id } }
  sectors: contains(layer: SECTOR) { territory { id } }
} }`;

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
  private readonly related = new Map<string, { at: number; ids: string[] | null }>();

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
    type Link = { territory: { id: string } };
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
   * A territory with every territory it lies in and every one that lies in it: a service area equal to
   * any of them covers (part of) the territory. Null if the territory does not exist.
   */
  async relatedIds(id: string): Promise<string[] | null> {
    const cached = this.related.get(id);
    if (cached && Date.now() - cached.at < CACHE_MS) {
      return cached.ids;
    }
    type Link = { territory: { id: string } };
    const data = await this.query<{
      territory: {
        id: string;
        within: Link[];
        quartiers: Link[];
        groupements: Link[];
        communes: Link[];
        sectors: Link[];
      } | null;
    }>(RELATED, { id });
    const t = data.territory;
    const ids = t
      ? [
          t.id,
          ...[...t.within, ...t.communes, ...t.groupements, ...t.quartiers, ...t.sectors].map(
            (link) => link.territory.id,
          ),
        ]
      : null;
    this.related.set(id, { at: Date.now(), ids });
    return ids;
  }

  /** A territory's representative point (for distances from a postcode); null if no such territory. */
  async centroid(id: string): Promise<{ latitude: number; longitude: number } | null> {
    const data = await this.query<{
      territory: { centroid: { latitude: number; longitude: number } } | null;
    }>(CENTROID, { id });
    return data.territory?.centroid ?? null;
  }
}
