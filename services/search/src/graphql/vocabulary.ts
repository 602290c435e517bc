import type { GatewayClient } from '../indexer/gateway-client';

const VOCABULARY = `query SearchVocabulary {
  types: taxonomy(taxonomy: SERVICE_TYPE) { code }
  publics: taxonomy(taxonomy: TARGET_PUBLIC) { code }
  needs { need { code } }
  bassins { id }
  communes { id }
  groupements { id }
}`;
const TERRITORY = `query SearchTerritory($id: ID!) { territory(id: $id) { id } }`;
const CACHE_MS = 5 * 60_000;

export interface KnownValues {
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
  private readonly territories = new Map<string, { at: number; exists: Promise<boolean> }>();

  constructor(private readonly gateway: GatewayClient) {}

  /** The known values; `fresh` reads them again (a value unknown to the cache may be new). */
  values(fresh = false): Promise<KnownValues> {
    if (fresh || !this.known || Date.now() - this.known.at > CACHE_MS) {
      const values = this.gateway
        .query<
          Record<keyof KnownValues, Array<{ code?: string; id?: string; need?: { code: string } }>>
        >(VOCABULARY)
        .then(
          (data) =>
            Object.fromEntries(
              Object.entries(data).map(([key, items]) => [
                key,
                new Set(items.map((item) => item.code ?? item.id ?? item.need?.code ?? '')),
              ]),
            ) as unknown as KnownValues,
        );
      values.catch(() => (this.known = null));
      this.known = { at: Date.now(), values };
    }
    return this.known.values;
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
