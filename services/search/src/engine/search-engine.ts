import { ServiceUnavailableError } from '@bxl/common';

import type { OrganisationDocument, ServiceDocument } from '../document/search-document';
import type { QueryPlace } from '../places/places';

export type Language = 'fr' | 'nl';

/** The facets counted on service searches (the filters of the same names). */
export const SERVICE_FACETS = [
  'types',
  'bassin',
  'groupement',
  'commune',
  'languages',
  'publics',
  'needs',
  'access',
  'authorities',
  'synthetic',
] as const;
export type ServiceFacet = (typeof SERVICE_FACETS)[number];
/** The facets whose field is a list (a document counts once for each of its values). */
export const LIST_FACETS = [
  'types',
  'languages',
  'publics',
  'needs',
  'access',
  'authorities',
] as const satisfies readonly ServiceFacet[];

/** Every criterion given must hold; within one list, any value matches (OR). */
export interface ServiceFilters {
  types?: string[];
  bassin?: string[];
  groupement?: string[];
  commune?: string[];
  languages?: string[];
  publics?: string[];
  /** Need codes: services whose types or publics meet one of them (partly included). */
  needs?: string[];
  /** All required. */
  access?: string[];
  authorities?: string[];
  /** A territory of any layer, with what "in" means (default BOTH). */
  territory?: { id: string; mode: 'LOCATED_IN' | 'SERVES' | 'BOTH' };
  /** Open during this quarter hour of the week (see ServiceDocument.openQuarters). */
  openQuarter?: number;
  /** Default: ACTIVE and TEMPORARILY_CLOSED. */
  statuses?: ServiceDocument['status'][];
  /** Default false: archived documents never appear unless asked. */
  includeArchived?: boolean;
  organisationId?: string;
  /** true: only synthetic (example) documents; false: only real ones; absent: both. */
  synthetic?: boolean;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface ServiceQuery {
  /** Words typed; empty: the filtered list. Synonyms, typos, accents and prefixes are the engine's job. */
  text: string;
  /** The language to highlight in and to favour; both languages are always searched. */
  language: Language;
  /**
   * The places the text names (see Gazetteer.recognise): hits in a place (located in it, serving
   * it, or named after it) come first, then hits in its bassin; with no hit in the place, the place
   * is relaxed before the other words.
   */
  places?: QueryPlace[];
  filters: ServiceFilters;
  /** With radiusMeters: only documents within it. Always: each hit's distance. */
  near?: GeoPoint & { radiusMeters?: number };
  /** RELEVANCE (default; by distance when there is no text and a point), DISTANCE (needs near), NAME. */
  sort: 'RELEVANCE' | 'DISTANCE' | 'NAME';
  offset: number;
  limit: number;
  /** false: the hits' highlights are not wanted (not computed; empty). Default true. */
  highlight?: boolean;
}

export interface Highlight {
  /** `name`, `description`, `organisationName`… */
  field: string;
  language: Language;
  /** The field's text with matched words wrapped in `<mark>` and `</mark>`. */
  snippet: string;
}

export interface ServiceHit {
  document: ServiceDocument;
  /** Engine-specific relevance in [0, 1], higher is better; 0 without text. */
  score: number;
  highlights: Highlight[];
  distanceMeters: number | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface ServiceResults {
  /** Matching documents (exact for the PostgreSQL engine, Meilisearch's exhaustive estimate otherwise). */
  total: number;
  hits: ServiceHit[];
  /** Every facet of SERVICE_FACETS, counted over all matching documents, largest count first. */
  facets: Record<ServiceFacet, FacetCount[]>;
}

export interface OrganisationQuery {
  text: string;
  language: Language;
  includeArchived?: boolean;
  offset: number;
  limit: number;
}

export interface OrganisationHit {
  document: OrganisationDocument;
  score: number;
  highlights: Highlight[];
}

export interface OrganisationResults {
  total: number;
  hits: OrganisationHit[];
}

export interface Suggestion {
  /** What to show and put into the search box. */
  text: string;
  /** Where it comes from: a service or organisation name, a service type, a place. */
  kind: 'SERVICE' | 'ORGANISATION' | 'TYPE' | 'PLACE';
}

export type IndexName = 'services' | 'organisations';

/**
 * A search engine: Meilisearch in production, PostgreSQL everywhere else. One contract suite proves
 * both behave the same (tests/src/search-contract.ts). Writes are idempotent upserts by document id
 * and are visible to searches when the returned promise resolves.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates or updates the indexes and their settings (idempotent). */
  prepare(): Promise<void>;
  upsertServices(documents: readonly ServiceDocument[]): Promise<void>;
  upsertOrganisations(documents: readonly OrganisationDocument[]): Promise<void>;
  /** Removes documents by id (unknown ids are ignored). */
  remove(index: IndexName, ids: readonly string[]): Promise<void>;
  /** Removes every service document of these services (all their sites). */
  removeServices(serviceIds: readonly string[]): Promise<void>;
  /** Empties both indexes. */
  clear(): Promise<void>;
  searchServices(query: ServiceQuery): Promise<ServiceResults>;
  searchOrganisations(query: OrganisationQuery): Promise<OrganisationResults>;
  /** Completions of what is typed (service and organisation names, types, places), best first. */
  suggest(prefix: string, language: Language, limit: number): Promise<Suggestion[]>;
  count(index: IndexName): Promise<number>;
  /** Service documents answered from memory; null while loading; absent: no in-memory index. */
  inMemory?(): number | null;
  /** Throws SearchEngineUnavailableError when the engine cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The engine cannot be reached: the API turns it into SERVICE_UNAVAILABLE. */
export class SearchEngineUnavailableError extends ServiceUnavailableError {
  constructor(engine: string, cause: unknown) {
    super(`The search engine (${engine}) cannot be reached; try again shortly`);
    this.cause = cause;
  }
}
