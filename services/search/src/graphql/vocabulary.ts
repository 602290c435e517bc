import type { GatewayClient } from '../indexer/gateway-client';
import { Gazetteer, loadPlaceAliases } from '../places/places';
import type { PlaceTerritory } from '../places/places';

const VOCABULARY = `query SearchVocabulary {
  types: taxonomy(taxonomy: SERVICE_TYPE) { code labelFr labelNl }
  publics: taxonomy(taxonomy: TARGET_PUBLIC) { code labelFr labelNl }
  needs { need { code labelFr labelNl } }
  bassins { id }
  communes { id }
  groupements { id }
}`;
const IN_BASSIN = 'id nameFr nameNl within(layer: BASSIN) { territory { id } }';
const PLACES = `query SearchPlaces {
  bassins { id nameFr nameNl }
  communes { ${IN_BASSIN} }
  groupements { ${IN_BASSIN} }
  quartiers { ${IN_BASSIN} }
}`;
type PlaceRow = {
  id: string;
  nameFr: string;
  nameNl: string;
  within?: Array<{ territory: { id: string } }>;
};
const TERRITORY = `query SearchTerritory($id: ID!) { territory(id: $id) { id } }`;
const CACHE_MS = 5 * 60_000;

/** A taxonomy term with its names. */
export interface LabelledCode {
  code: string;
  labelFr: string;
  labelNl: string;
}

export interface KnownValues {
  /** The service types with their names (the nearest are suggested when nothing is found). */
  typeLabels: LabelledCode[];
  /** The needs with their names (suggested too). */
  needLabels: LabelledCode[];
  /** The target publics with their names (facet labels). */
  publicLabels: LabelledCode[];
  types: Set<string>;
  publics: Set<string>;
  needs: Set<string>;
  bassins: Set<string>;
  communes: Set<string>;
  groupements: Set<string>;
}

/**
 * The values a search filter may name (taxonomy codes, territory ids), read through the gateway and
 * cached a few minutes: an unknown value is a mistake to report, not an empty answer.
 */
export class Vocabulary {
  private known: { at: number; values: Promise<KnownValues> } | null = null;
  private places: {
    at: number;
    rows: Promise<Record<string, PlaceRow[]>>;
    gazetteer: Promise<Gazetteer>;
  } | null = null;
  private readonly territories = new Map<string, { at: number; exists: Promise<boolean> }>();

  constructor(private readonly gateway: GatewayClient) {}

  /** The known values; `fresh` reads them again (a value unknown to the cache may be new). */
  values(fresh = false): Promise<KnownValues> {
    if (fresh || !this.known || Date.now() - this.known.at > CACHE_MS) {
      const values = this.gateway
        .query<
          Record<string, Array<{ code?: string; id?: string; need?: LabelledCode }>>
        >(VOCABULARY)
        .then(
          (data) =>
            ({
              ...Object.fromEntries(
                Object.entries(data).map(([key, items]) => [
                  key,
                  new Set(items.map((item) => item.code ?? item.id ?? item.need?.code ?? '')),
                ]),
              ),
              typeLabels: data.types as LabelledCode[],
              publicLabels: data.publics as LabelledCode[],
              needLabels: (data.needs ?? []).map((item) => item.need as LabelledCode),
            }) as unknown as KnownValues,
        );
      values.catch(() => (this.known = null));
      this.known = { at: Date.now(), values };
    }
    return this.known.values;
  }

  /** The places a query can name (territories with their names and bassins, and the aliases). */
  gazetteer(): Promise<Gazetteer> {
    return this.placeRows().gazetteer;
  }

  /** Bassins, communes, groupements and quartiers by id, with their French and Dutch names. */
  async territoryNames(): Promise<Map<string, { fr: string; nl: string }>> {
    const data = await this.placeRows().rows;
    return new Map(
      Object.values(data).flatMap((rows) =>
        rows.map((row) => [row.id, { fr: row.nameFr, nl: row.nameNl }] as const),
      ),
    );
  }

  private placeRows() {
    if (!this.places || Date.now() - this.places.at > CACHE_MS) {
      const rows = this.gateway.query<Record<string, PlaceRow[]>>(PLACES);
      const gazetteer = rows.then(
        (data) => new Gazetteer(placeTerritories(data), loadPlaceAliases()),
      );
      gazetteer.catch(() => (this.places = null));
      this.places = { at: Date.now(), rows, gazetteer };
    }
    return this.places;
  }

  territoryExists(id: string): Promise<boolean> {
    const cached = this.territories.get(id);
    if (cached && Date.now() - cached.at < CACHE_MS) {
      return cached.exists;
    }
    const exists = this.gateway
      .query<{ territory: { id: string } | null }>(TERRITORY, { id })
      .then((data) => data.territory !== null);
    exists.catch(() => this.territories.delete(id));
    this.territories.set(id, { at: Date.now(), exists });
    return exists;
  }
}

function placeTerritories(data: Record<string, PlaceRow[]>): PlaceTerritory[] {
  return Object.values(data).flatMap((rows) =>
    rows.map((row) => ({
      id: row.id,
      nameFr: row.nameFr,
      nameNl: row.nameNl,
      bassins: row.within
        ? row.within.map((link) => link.territory.id).filter((id) => id.startsWith('bassin:'))
        : [row.id],
    })),
  );
}
