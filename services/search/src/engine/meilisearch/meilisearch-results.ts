import type { SearchResponse } from 'meilisearch';

import type {
  DocText,
  OrganisationDocument,
  ServiceDocument,
} from '../../document/search-document';
import { SERVICE_FACETS } from '../search-engine';
import type {
  FacetCount,
  Highlight,
  Language,
  OrganisationQuery,
  OrganisationResults,
  ServiceFacet,
  ServiceQuery,
  ServiceResults,
} from '../search-engine';
import {
  MARK_OPEN,
  ORGANISATION_HIGHLIGHTED,
  otherLanguage,
  queryText,
  SERVICE_HIGHLIGHTED,
} from './meilisearch-query';
import { distanceMeters, documentOf } from './meilisearch-records';

/** What a hit may carry besides the document. */
type RawHit = Record<string, unknown> & {
  _formatted?: Record<string, unknown>;
  _rankingScore?: number;
  _geoDistance?: number;
};

/** Separates the matched entries of a list field (place names) in one snippet. */
export const LIST_SEPARATOR = ' · ';

const isDocText = (value: unknown): value is DocText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  ('fr' in value || 'nl' in value);

const marked = (text: unknown): text is string =>
  typeof text === 'string' && text.includes(MARK_OPEN);

/**
 * The snippet of one formatted field in one language, when it holds a match: the text of a DocText,
 * or the matched entries of a list (of strings, or of DocTexts in that language).
 */
function snippetOf(value: unknown, language: Language): string | null {
  if (isDocText(value)) {
    const text = value[language];
    return marked(text) ? text : null;
  }
  if (Array.isArray(value)) {
    const entries = value
      .map((entry) => (isDocText(entry) ? entry[language] : entry))
      .filter(marked);
    return entries.length > 0 ? entries.join(LIST_SEPARATOR) : null;
  }
  return null;
}

/**
 * The highlights of a hit's `_formatted` fields: each field in the requested language when it holds
 * a match, else in the other language when that one does (a Dutch query on a French search still
 * shows what matched). Language-neutral lists (place names) are reported in the requested language.
 * Fields without a match are left out.
 */
export function highlightsOf(
  formatted: Record<string, unknown> | undefined,
  fields: readonly string[],
  language: Language,
): Highlight[] {
  if (!formatted) {
    return [];
  }
  const highlights: Highlight[] = [];
  for (const field of fields) {
    const value = formatted[field];
    const neutral = Array.isArray(value) && value.every((entry) => typeof entry === 'string');
    for (const candidate of neutral ? [language] : [language, otherLanguage(language)]) {
      const snippet = snippetOf(value, candidate);
      if (snippet !== null) {
        highlights.push({ field, language: candidate, snippet });
        break;
      }
    }
  }
  return highlights;
}

/** Every facet of SERVICE_FACETS from a facet distribution, largest count first (then by value). */
export function facetsOf(
  distribution: Record<string, Record<string, number>> | undefined,
): Record<ServiceFacet, FacetCount[]> {
  const entries = SERVICE_FACETS.map((facet) => {
    const counts = Object.entries(distribution?.[facet] ?? {})
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return [facet, counts] as const;
  });
  return Object.fromEntries(entries) as Record<ServiceFacet, FacetCount[]>;
}

/** The number of matching documents: exact in page mode, Meilisearch's estimate otherwise. */
export function totalOf(response: SearchResponse): number {
  return response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
}

/** A ranking score in [0, 1]; 0 without text (Meilisearch then ranks nothing). */
const scoreOf = (hit: RawHit, text: boolean): number =>
  text && typeof hit._rankingScore === 'number' ? Math.min(1, Math.max(0, hit._rankingScore)) : 0;

/** The results of a service search from Meilisearch's response. */
export function serviceResults(response: SearchResponse, query: ServiceQuery): ServiceResults {
  const text = queryText(query.text) !== '';
  return {
    total: totalOf(response),
    facets: facetsOf(response.facetDistribution),
    hits: response.hits.map((raw) => {
      const hit = raw as RawHit;
      const document = documentOf<ServiceDocument>(hit);
      let distance: number | null = null;
      if (query.near && document.point) {
        distance =
          typeof hit._geoDistance === 'number'
            ? hit._geoDistance
            : distanceMeters(query.near, document.point);
      }
      return {
        document,
        score: scoreOf(hit, text),
        highlights: text ? highlightsOf(hit._formatted, SERVICE_HIGHLIGHTED, query.language) : [],
        distanceMeters: distance,
      };
    }),
  };
}

/** The results of an organisation search from Meilisearch's response. */
export function organisationResults(
  response: SearchResponse,
  query: OrganisationQuery,
): OrganisationResults {
  const text = queryText(query.text) !== '';
  return {
    total: totalOf(response),
    hits: response.hits.map((raw) => {
      const hit = raw as RawHit;
      return {
        document: documentOf<OrganisationDocument>(hit),
        score: scoreOf(hit, text),
        highlights: text
          ? highlightsOf(hit._formatted, ORGANISATION_HIGHLIGHTED, query.language)
          : [],
      };
    }),
  };
}
