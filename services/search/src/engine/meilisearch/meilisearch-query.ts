import type { MatchingStrategies, SearchParams } from 'meilisearch';

import { SERVICE_FACETS } from '../search-engine';
import type { GeoPoint, Language, OrganisationQuery, ServiceQuery } from '../search-engine';
import {
  anyOf,
  DEFAULT_STATUSES,
  numberLiteral,
  organisationFilter,
  serviceFilter,
} from './meilisearch-filters';

/** The tags around matched words in highlights. */
export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

/** Words kept around the matches of a cropped description. */
export const CROP_LENGTH = 24;

/** The fields highlighted in service hits (each in both languages; see meilisearch-results). */
export const SERVICE_HIGHLIGHTED = [
  'name',
  'organisationName',
  'description',
  'placeNames',
  'needTexts',
  'partialNeedTexts',
] as const;

/** The fields highlighted in organisation hits. */
export const ORGANISATION_HIGHLIGHTED = [
  'name',
  'alternateNames',
  'description',
  'placeNames',
] as const;

/** The other directory language. */
export const otherLanguage = (language: Language): Language => (language === 'fr' ? 'nl' : 'fr');

/** A query's text as sent: trimmed; empty means the filtered list. */
export const queryText = (text: string): string => text.trim();

/** Ascending by name in the language, then in the other one (documents without a name last). */
export const nameSort = (language: Language): string[] => [
  `name.${language}:asc`,
  `name.${otherLanguage(language)}:asc`,
];

/** Nearest first: `_geoPoint(lat, lng):asc` (documents without `_geo` last). */
export const distanceSort = (point: GeoPoint): string =>
  `_geoPoint(${numberLiteral(point.lat)}, ${numberLiteral(point.lng)}):asc`;

/**
 * The sort of a service search, or none for relevance: NAME by name; DISTANCE nearest first, then
 * by name (by name alone without a point); RELEVANCE without text is the filtered list, nearest first
 * around a point, else by name.
 */
export function serviceSort(query: ServiceQuery): string[] | undefined {
  const byName = nameSort(query.language);
  const nearest = query.near ? [distanceSort(query.near), ...byName] : byName;
  switch (query.sort) {
    case 'NAME':
      return byName;
    case 'DISTANCE':
      return nearest;
    case 'RELEVANCE':
      return queryText(query.text) === '' ? nearest : undefined;
  }
}

/**
 * Pages as Meilisearch counts them: with `page`/`hitsPerPage` (an exact `totalHits`) when the offset
 * falls on a page boundary, which is how clients page; with `offset`/`limit` (an estimate) otherwise.
 */
export function pagination(
  offset: number,
  limit: number,
): Pick<SearchParams, 'offset' | 'limit' | 'page' | 'hitsPerPage'> {
  if (limit <= 0) {
    return { page: 1, hitsPerPage: 0 };
  }
  return offset % limit === 0
    ? { page: offset / limit + 1, hitsPerPage: limit }
    : { offset, limit };
}

/** Highlighting and cropping options for these fields (descriptions are cropped around matches). */
function formatting(fields: readonly string[]): SearchParams {
  return {
    attributesToHighlight: [...fields],
    attributesToCrop: fields.includes('description') ? ['description'] : [],
    cropLength: CROP_LENGTH,
    cropMarker: '…',
    highlightPreTag: MARK_OPEN,
    highlightPostTag: MARK_CLOSE,
  };
}

/** A search request: the text (`q`) and its parameters. */
export interface SearchRequest {
  q: string;
  params: SearchParams;
}

/**
 * The Meilisearch search of a service query. With text: ranking score and highlights; every word must
 * match when an explicit sort orders the results (with `sort` the first ranking rule, a partial match
 * would otherwise outrank a full one), the last words may be dropped for relevance. Every facet of
 * SERVICE_FACETS is counted.
 */
export function serviceSearch(query: ServiceQuery): SearchRequest {
  const q = queryText(query.text);
  const sort = serviceSort(query);
  const text = q !== '';
  const matchingStrategy: MatchingStrategies = text && sort ? 'all' : 'last';
  return {
    q,
    params: {
      filter: serviceFilter(query.filters, query.near),
      facets: [...SERVICE_FACETS],
      ...(sort ? { sort } : {}),
      matchingStrategy,
      showRankingScore: text,
      ...(text ? formatting(SERVICE_HIGHLIGHTED) : {}),
      ...pagination(query.offset, query.limit),
    },
  };
}

/** The Meilisearch search of an organisation query (by name when there is no text). */
export function organisationSearch(query: OrganisationQuery): SearchRequest {
  const q = queryText(query.text);
  const text = q !== '';
  return {
    q,
    params: {
      filter: organisationFilter(query.includeArchived),
      ...(text ? {} : { sort: nameSort(query.language) }),
      matchingStrategy: 'last',
      showRankingScore: text,
      ...(text ? formatting(ORGANISATION_HIGHLIGHTED) : {}),
      ...pagination(query.offset, query.limit),
    },
  };
}

/** The service fields suggestions come from, with the kind of suggestion each gives. */
export const SERVICE_SUGGESTION_FIELDS = {
  name: 'SERVICE',
  typeLabels: 'TYPE',
  placeNames: 'PLACE',
} as const;

/** The organisation fields suggestions come from. */
export const ORGANISATION_SUGGESTION_FIELDS = {
  name: 'ORGANISATION',
  alternateNames: 'ORGANISATION',
} as const;

/**
 * The two searches of a suggestion (services, organisations): the prefix on names, types and places
 * only, every word matching (the last one as a prefix), the matched values highlighted so that the
 * values that match can be picked from each hit. Archived and closed records suggest nothing.
 */
export function suggestionSearches(
  prefix: string,
  hitsPerIndex: number,
): { services: SearchRequest; organisations: SearchRequest } {
  const q = queryText(prefix);
  const common = (fields: readonly string[]): SearchParams => ({
    attributesToSearchOn: [...fields],
    attributesToRetrieve: [...fields],
    attributesToHighlight: [...fields],
    highlightPreTag: MARK_OPEN,
    highlightPostTag: MARK_CLOSE,
    matchingStrategy: 'all',
    showRankingScore: true,
    limit: hitsPerIndex,
  });
  return {
    services: {
      q,
      params: {
        ...common(Object.keys(SERVICE_SUGGESTION_FIELDS)),
        filter: [anyOf('status', DEFAULT_STATUSES), 'archived = false'],
      },
    },
    organisations: {
      q,
      params: {
        ...common(Object.keys(ORGANISATION_SUGGESTION_FIELDS)),
        filter: organisationFilter(false),
      },
    },
  };
}
