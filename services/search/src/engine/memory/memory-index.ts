import type { ServiceDocument } from '../../document/search-document';
import { LIST_FACETS } from '../search-engine';
import type { ServiceFacet } from '../search-engine';
import type { Compiled } from './query-match';
import { Lexicon, TermVector } from './term-vector';
import { parseTsvector } from './ts-text';

/** A service document as the in-memory index holds it: the document and its four vectors. */
export interface MemoryDocument {
  key: string;
  document: ServiceDocument;
  /** Sort keys by name (lowercase, accentless), as the `name_fr` / `name_nl` columns. */
  nameFr: string;
  nameNl: string;
  weighted: TermVector;
  kind: TermVector;
  nameFrVector: TermVector;
  nameNlVector: TermVector;
  /** The facet values it counts for (see MemoryIndex.facetValue). */
  facets: Int32Array;
}

/** A row of `search.service_document` with its vectors as text (see VECTOR_ROW_COLUMNS). */
export interface VectorRow {
  key: string;
  document: ServiceDocument;
  name_fr: string;
  name_nl: string;
  weighted: string;
  kind: string;
  name_fr_vector: string;
  name_nl_vector: string;
}

/** The columns of a VectorRow, selected from `search.service_document d`. */
export const VECTOR_ROW_COLUMNS = `d.key, d.document, d.name_fr, d.name_nl, d.weighted::text as weighted,
  d.kind_vector::text as kind, d.name_fr_vector::text as name_fr_vector,
  d.name_nl_vector::text as name_nl_vector`;

/**
 * Every service document in memory, with an inverted index from lexeme to the documents holding
 * it. A document replaced or removed leaves its slot empty; the postings are rebuilt once empty
 * slots outnumber the documents.
 */
export class MemoryIndex {
  readonly lexicon = new Lexicon();
  private slots: Array<MemoryDocument | null> = [];
  private readonly byKey = new Map<string, number>();
  /** The keys of each service's documents (one per site): deleting a service scans nothing. */
  private readonly byService = new Map<string, Set<string>>();
  private postingLists = new Map<number, number[]>();
  private empty = 0;
  /** Every facet value seen, numbered once: a search counts numbers, not strings. */
  private readonly facetIds = new Map<string, number>();
  private readonly facetValues: Array<{ facet: ServiceFacet; value: string }> = [];

  get size(): number {
    return this.byKey.size;
  }

  put(row: VectorRow): void {
    this.delete(row.key);
    const vector = (text: string) => TermVector.of(parseTsvector(text), this.lexicon);
    const document: MemoryDocument = {
      key: row.key,
      document: row.document,
      nameFr: row.name_fr,
      nameNl: row.name_nl,
      weighted: vector(row.weighted),
      kind: vector(row.kind),
      nameFrVector: vector(row.name_fr_vector),
      nameNlVector: vector(row.name_nl_vector),
      facets: Int32Array.from(this.facetsOf(row.document)),
    };
    this.insert(document);
  }

  get facetValueCount(): number {
    return this.facetValues.length;
  }

  facetValue(id: number): { facet: ServiceFacet; value: string } {
    return this.facetValues[id] as { facet: ServiceFacet; value: string };
  }

  /** The facet values a document counts for, as the statement's facetSql counts them. */
  private facetsOf(document: ServiceDocument): number[] {
    const pairs: Array<[ServiceFacet, string | null | undefined]> = [];
    for (const facet of LIST_FACETS) {
      for (const value of document[facet] ?? []) {
        pairs.push([facet, value]);
      }
    }
    pairs.push(['bassin', document.bassin], ['groupement', document.groupement]);
    pairs.push(['commune', document.commune], ['synthetic', String(document.synthetic)]);
    return pairs.flatMap(([facet, value]) => {
      if (value === null || value === undefined) {
        return [];
      }
      const key = `${facet}\u0000${value}`;
      let id = this.facetIds.get(key);
      if (id === undefined) {
        id = this.facetValues.length;
        this.facetIds.set(key, id);
        this.facetValues.push({ facet, value });
      }
      return [id];
    });
  }

  private insert(document: MemoryDocument): void {
    const slot = this.slots.length;
    this.slots.push(document);
    this.byKey.set(document.key, slot);
    const serviceId = document.document.serviceId;
    let keys = this.byService.get(serviceId);
    if (!keys) {
      keys = new Set();
      this.byService.set(serviceId, keys);
    }
    keys.add(document.key);
    for (const id of document.weighted.lexemes) {
      let list = this.postingLists.get(id);
      if (!list) {
        list = [];
        this.postingLists.set(id, list);
      }
      list.push(slot);
    }
  }

  delete(key: string): void {
    const slot = this.byKey.get(key);
    if (slot === undefined) {
      return;
    }
    this.byKey.delete(key);
    const serviceId = (this.slots[slot] as MemoryDocument).document.serviceId;
    const keys = this.byService.get(serviceId);
    keys?.delete(key);
    if (keys?.size === 0) {
      this.byService.delete(serviceId);
    }
    this.slots[slot] = null;
    this.empty += 1;
    if (this.empty > 1000 && this.empty > this.byKey.size) {
      this.compact();
    }
  }

  deleteServices(serviceIds: ReadonlySet<string>): void {
    for (const serviceId of serviceIds) {
      for (const key of [...(this.byService.get(serviceId) ?? [])]) {
        this.delete(key);
      }
    }
  }

  clear(): void {
    this.slots = [];
    this.byKey.clear();
    this.byService.clear();
    this.postingLists = new Map();
    this.empty = 0;
  }

  private compact(): void {
    const live = [...this.documents()];
    this.clear();
    for (const document of live) {
      this.insert(document);
    }
  }

  /** The slots of the documents whose weighted vector holds the lexeme. */
  readonly postings = (id: number): readonly number[] => this.postingLists.get(id) ?? [];

  /** The documents holding the query's terms (a superset of its matches). */
  *candidates(query: Compiled): Generator<MemoryDocument> {
    const marks = query.slots(this.postings, this.slots.length);
    for (let slot = 0; slot < marks.length; slot += 1) {
      const document = marks[slot] === 1 ? this.slots[slot] : null;
      if (document) {
        yield document;
      }
    }
  }

  *documents(): Generator<MemoryDocument> {
    for (const document of this.slots) {
      if (document) {
        yield document;
      }
    }
  }
}
