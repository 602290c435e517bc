import type { Settings } from 'meilisearch';

import { SERVICE_FACETS } from '../search-engine';
import type { IndexName } from '../search-engine';
import type { SearchVocabulary } from './meilisearch-vocabulary';

/**
 * The index settings, declared once. Both indexes use the same primary key: `key`, the base64url
 * `documentKey` of the document id (registry ids contain `:`, which Meilisearch ids cannot).
 */
export const PRIMARY_KEY = 'key';

/** The index uids for a prefix: `bxl_` → `bxl_services`, `bxl_organisations`. */
export function indexUids(prefix: string): Record<IndexName, string> {
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) {
    throw new RangeError(`A Meilisearch index prefix takes only [A-Za-z0-9_-]: "${prefix}"`);
  }
  return { services: `${prefix}services`, organisations: `${prefix}organisations` };
}

/**
 * The ranking rules: `sort` first, so that an explicit sort (distance, name) is the order of the
 * results and not a tie-breaker; a relevance search sends no sort, and the rule then does nothing.
 * Last, real records before synthetic ones at equal relevance (issue 16; see serviceRecord).
 */
const RANKING_RULES = [
  'sort',
  'words',
  'typo',
  'proximity',
  'attribute',
  'exactness',
  'syntheticRank:asc',
];

/** The French and Dutch texts are `*.fr` and `*.nl` fields (name.fr, typeLabels.nl…). */
const LOCALIZED_ATTRIBUTES = [
  { attributePatterns: ['*.fr'], locales: ['fra'] },
  { attributePatterns: ['*.nl'], locales: ['nld'] },
];

/** The service index's searchable attributes, most important first (both languages at each rank). */
export const SERVICE_SEARCHABLE = [
  'name',
  'typeLabels',
  'organisationName',
  'siteName',
  'publicLabels',
  // The needs it meets: below the name and type, above accidental description words.
  'needTexts',
  'placeNames',
  'accessLabels',
  'partialNeedTexts',
  'description',
  'address',
  'collaborations',
] as const;

/** Every attribute a service search filters on (`_geo` for `_geoRadius`). */
export const SERVICE_FILTERABLE = [
  ...SERVICE_FACETS,
  'locatedIn',
  'possibleIn',
  'serves',
  'openQuarters',
  'status',
  'archived',
  'organisationId',
  'serviceId',
  '_geo',
] as const;

/** The organisation index's searchable attributes, most important first. */
export const ORGANISATION_SEARCHABLE = [
  'name',
  'alternateNames',
  'placeNames',
  'description',
] as const;

const ORGANISATION_FILTERABLE = ['archived', 'synthetic', 'types', 'communes', 'authorities'];

/** Facet values kept per facet: more than any taxonomy or territory layer has. */
export const MAX_VALUES_PER_FACET = 500;

/** Hits a search can page through and count exactly: above the 10k-service benchmark's documents. */
export const MAX_TOTAL_HITS = 100_000;

/** Settings common to both indexes: words, typos, languages, ranking. */
function commonSettings(vocabulary: SearchVocabulary): Settings {
  return {
    rankingRules: [...RANKING_RULES],
    displayedAttributes: ['*'],
    localizedAttributes: LOCALIZED_ATTRIBUTES.map((rule) => ({
      attributePatterns: [...rule.attributePatterns],
      locales: [...rule.locales],
    })),
    synonyms: vocabulary.synonyms,
    stopWords: [...vocabulary.stopWords],
    typoTolerance: {
      enabled: true,
      // One typo from four letters ("dete" → dettes), two from eight ("mediaton", "molenbek").
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      // Postcodes and house numbers: 1080 is not 1030.
      disableOnNumbers: true,
      disableOnWords: [...vocabulary.exactWords],
    },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}

/** The settings of the services index. */
export function serviceIndexSettings(vocabulary: SearchVocabulary): Settings {
  return {
    ...commonSettings(vocabulary),
    searchableAttributes: [...SERVICE_SEARCHABLE],
    filterableAttributes: [...SERVICE_FILTERABLE],
    sortableAttributes: ['name.fr', 'name.nl', '_geo'],
  };
}

/** The settings of the organisations index. */
export function organisationIndexSettings(vocabulary: SearchVocabulary): Settings {
  return {
    ...commonSettings(vocabulary),
    searchableAttributes: [...ORGANISATION_SEARCHABLE],
    filterableAttributes: [...ORGANISATION_FILTERABLE],
    sortableAttributes: ['name.fr', 'name.nl'],
  };
}

/** The settings of an index by name. */
export function indexSettings(index: IndexName, vocabulary: SearchVocabulary): Settings {
  return index === 'services'
    ? serviceIndexSettings(vocabulary)
    : organisationIndexSettings(vocabulary);
}
