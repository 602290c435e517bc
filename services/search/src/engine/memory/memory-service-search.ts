import type { ServiceDocument } from '../../document/search-document';
import type { QueryPlace } from '../../places/places';
import type { ServiceFacet, ServiceFilters, ServiceQuery } from '../search-engine';
import { CoverRank } from './cover-rank';
import type { MemoryDocument, MemoryIndex } from './memory-index';
import type { Compiled } from './query-match';

/** One attempt's tsqueries, compiled by PostgreSQL and resolved against the index's lexicon. */
export interface CompiledAttempt {
  /** Every unit (null: no text, the filtered list). */
  query: Compiled | null;
  /** The units other than places (what the service should be). */
  types: Compiled | null;
  /** The words as typed, as a phrase without stemming (the exact-name rule). */
  exact: Compiled | null;
  /** The names of the places the text names. */
  named: Compiled | null;
}

export interface MemoryHit {
  document: ServiceDocument;
  key: string;
  score: number;
  distance: number | null;
}

export interface MemoryResults {
  total: number;
  hits: MemoryHit[];
  facets: Array<{ facet: ServiceFacet; value: string; count: number }>;
}

/** `ts_rank_cd`'s weights for D, C, B, A, as the statement's RANK_WEIGHTS. */
const RANK_WEIGHTS = [0.1, 0.3, 0.6, 1.0] as const;
const DEFAULT_STATUSES = ['ACTIVE', 'TEMPORARILY_CLOSED'];
/** Weight classes as masks (bit `1 << weight`; D 0 … A 3). */
const A = 1 << 3;
const AB = A | (1 << 2);
const ABC = AB | (1 << 1);

const overlaps = (values: readonly string[] | null | undefined, wanted: readonly string[]) =>
  (values ?? []).some((value) => wanted.includes(value));

/** Great-circle distance in metres, the formula of the statement's distanceSql. */
function distanceTo(document: ServiceDocument, near: ServiceQuery['near']): number | null {
  if (!near || !document.point) {
    return null;
  }
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const { lat, lng } = document.point;
  const a =
    Math.sin(radians(lat - near.lat) / 2) ** 2 +
    Math.cos(radians(near.lat)) *
      Math.cos(radians(lat)) *
      Math.sin(radians(lng - near.lng) / 2) ** 2;
  return 12742000 * Math.asin(Math.sqrt(a));
}

/** The filters of serviceFilterSql, on one document. */
function passes(document: ServiceDocument, filters: ServiceFilters): boolean {
  const lists: Array<[readonly string[] | undefined, readonly string[] | null | undefined]> = [
    [filters.types, document.types],
    [filters.languages, document.languages],
    [filters.publics, document.publics],
    [filters.needs, document.needs],
    [filters.authorities, document.authorities],
  ];
  if (lists.some(([wanted, values]) => wanted?.length && !overlaps(values, wanted))) {
    return false;
  }
  const scalars: Array<[readonly string[] | undefined, string | null]> = [
    [filters.bassin, document.bassin],
    [filters.groupement, document.groupement],
    [filters.commune, document.commune],
  ];
  if (scalars.some(([wanted, value]) => wanted?.length && !wanted.includes(value as string))) {
    return false;
  }
  if (
    filters.access?.length &&
    !filters.access.every((code) => document.access.includes(code as never))
  ) {
    return false;
  }
  if (filters.territory) {
    const id = filters.territory.id;
    const located = document.locatedIn.includes(id) || (document.possibleIn ?? []).includes(id);
    const serves = document.serves.includes(id);
    const mode = filters.territory.mode;
    if (!(mode === 'LOCATED_IN' ? located : mode === 'SERVES' ? serves : located || serves)) {
      return false;
    }
  }
  if (filters.openQuarter !== undefined && !document.openQuarters?.includes(filters.openQuarter)) {
    return false;
  }
  const statuses = filters.statuses?.length ? filters.statuses : DEFAULT_STATUSES;
  if (!statuses.includes(document.status)) {
    return false;
  }
  if (!filters.includeArchived && document.archived) {
    return false;
  }
  if (filters.synthetic !== undefined && document.synthetic !== filters.synthetic) {
    return false;
  }
  return !filters.organisationId || document.organisationId === filters.organisationId;
}

/** probableSql: listed in the territory only as a coarse site that may lie there. */
function probable(document: ServiceDocument, filters: ServiceFilters): boolean {
  if (!filters.territory || filters.territory.mode === 'SERVES') {
    return false;
  }
  const id = filters.territory.id;
  const sure =
    document.locatedIn.includes(id) ||
    (filters.territory.mode === 'BOTH' && document.serves.includes(id));
  return !sure;
}

/** placeTierSql: 3 in the place or named after it, 2 serving it or maybe in it, 1 its bassin. */
function placeTier(
  entry: MemoryDocument,
  places: readonly QueryPlace[],
  named: Compiled | null,
): number {
  if (places.length === 0) {
    return 0;
  }
  const ids = places.flatMap((place) => place.ids);
  const bassins = places.flatMap((place) => place.bassins);
  const { locatedIn, serves } = entry.document;
  const possibleIn = entry.document.possibleIn ?? [];
  if (overlaps(locatedIn, ids) || named?.test(entry.weighted, A)) {
    return 3;
  }
  if (overlaps(serves, ids) || overlaps(possibleIn, ids)) {
    return 2;
  }
  return overlaps(locatedIn, bassins) || overlaps(serves, bassins) || overlaps(possibleIn, bassins)
    ? 1
    : 0;
}

/** fieldTier: the best field every word matches within (5 the name in the language asked … 0). */
function fieldTier(entry: MemoryDocument, query: Compiled, language: 'fr' | 'nl'): number {
  const [asked, other] =
    language === 'fr'
      ? [entry.nameFrVector, entry.nameNlVector]
      : [entry.nameNlVector, entry.nameFrVector];
  if (query.test(asked)) {
    return 5;
  }
  if (query.test(other)) {
    return 4;
  }
  if (query.test(entry.weighted, A)) {
    return 3;
  }
  if (query.test(entry.weighted, AB)) {
    return 2;
  }
  return query.test(entry.weighted, ABC) ? 1 : 0;
}

interface Match {
  entry: MemoryDocument;
  distance: number | null;
  /** The tiers before the distance, packed (place, exact, typed, field): greater first. */
  head: number;
  /** Minus the distance when near a point (closer first; -Infinity without a point), else 0. */
  near: number;
  /** The tiers after the distance: real before synthetic, sure before probable. */
  tail: number;
  score: number;
}

/** The statement's tierKey order: greater first. */
const compareTiers = (a: Match, b: Match): number =>
  b.head - a.head || (a.near === b.near ? 0 : b.near > a.near ? 1 : -1) || b.tail - a.tail;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A service search on the in-memory index, with the statement's rules (postgres-service-search.ts):
 * the same filters, the same tiers in the same order, the score only where it can change the page,
 * facets over every match. Highlights are PostgreSQL's (ts_headline), asked for the page alone.
 */
export function searchMemory(
  index: MemoryIndex,
  query: ServiceQuery,
  compiled: CompiledAttempt,
): MemoryResults {
  const text = compiled.query !== null;
  const places = query.places ?? [];
  const radius = query.near?.radiusMeters;
  const pool = compiled.query ? index.candidates(compiled.query) : index.documents();
  const found: Match[] = [];
  for (const entry of pool) {
    if (!passes(entry.document, query.filters)) {
      continue;
    }
    if (compiled.query && !compiled.query.test(entry.weighted)) {
      continue;
    }
    const distance = distanceTo(entry.document, query.near);
    if (radius !== undefined && (distance === null || distance > radius)) {
      continue;
    }
    const near = query.near ? (distance === null ? -Infinity : -distance) : 0;
    const tail =
      (entry.document.synthetic ? 0 : 2) + (probable(entry.document, query.filters) ? 0 : 1);
    let head = 0;
    if (text) {
      const exact =
        compiled.exact?.test(entry.nameFrVector) || compiled.exact?.test(entry.nameNlVector);
      head =
        ((placeTier(entry, places, compiled.named) * 2 + (exact ? 1 : 0)) * 2 +
          (compiled.types?.test(entry.kind) ? 1 : 0)) *
          6 +
        fieldTier(entry, compiled.query as Compiled, query.language);
    }
    found.push({ entry, distance, head, near, tail, score: 0 });
  }
  const name = (match: Match) =>
    query.language === 'fr' ? match.entry.nameFr : match.entry.nameNl;
  const byName = (a: Match, b: Match) =>
    byText(name(a), name(b)) || byText(a.entry.key, b.entry.key);
  const rank = text ? new CoverRank(compiled.query as Compiled, RANK_WEIGHTS, index.lexicon) : null;
  if (query.sort === 'NAME') {
    found.sort(byName);
  } else if (query.sort === 'DISTANCE') {
    found.sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || byName(a, b));
  } else if (rank) {
    // Scores only for the matches tied with or before the page's last row on the tiers.
    found.sort((a, b) => compareTiers(a, b) || byName(a, b));
    const last = found[Math.min(found.length, query.offset + query.limit) - 1];
    for (const match of found) {
      if (last && compareTiers(match, last) > 0) {
        break;
      }
      match.score = rank.score(match.entry.weighted);
    }
    found.sort((a, b) => compareTiers(a, b) || b.score - a.score || byName(a, b));
  } else {
    found.sort((a, b) => compareTiers(a, b) || byName(a, b));
  }
  const page = found.slice(query.offset, query.offset + query.limit);
  return {
    total: found.length,
    hits: page.map((match) => ({
      document: match.entry.document,
      key: match.entry.key,
      score: rank && query.sort !== 'RELEVANCE' ? rank.score(match.entry.weighted) : match.score,
      distance: match.distance,
    })),
    facets: facetCounts(index, found),
  };
}

/** Every facet over the matches (the statement's facetSql). */
function facetCounts(index: MemoryIndex, found: readonly Match[]): MemoryResults['facets'] {
  const counts = new Int32Array(index.facetValueCount);
  for (const match of found) {
    for (const id of match.entry.facets) {
      counts[id] = (counts[id] as number) + 1;
    }
  }
  const result: MemoryResults['facets'] = [];
  counts.forEach((count, id) => {
    if (count > 0) {
      result.push({ ...index.facetValue(id), count });
    }
  });
  return result;
}
