import { loadSynonymGroups, normaliseTerm, synonymMap } from '../../synonyms/synonyms';
import { SERVICE_FACETS } from '../search-engine';
import {
  indexSettings,
  indexUids,
  MAX_TOTAL_HITS,
  organisationIndexSettings,
  serviceIndexSettings,
} from './meilisearch-settings';
import { loadSearchVocabulary, loadStopWords, searchVocabulary } from './meilisearch-vocabulary';

const vocabulary = loadSearchVocabulary();
const services = serviceIndexSettings(vocabulary);
const organisations = organisationIndexSettings(vocabulary);

describe('indexUids', () => {
  it('prefixes both index names', () => {
    expect(indexUids('bxl_')).toEqual({
      services: 'bxl_services',
      organisations: 'bxl_organisations',
    });
    expect(indexUids('')).toEqual({ services: 'services', organisations: 'organisations' });
  });

  it('refuses a prefix Meilisearch would refuse', () => {
    expect(() => indexUids('bxl:')).toThrow(RangeError);
    expect(() => indexUids('a b')).toThrow(RangeError);
  });
});

describe('the services index settings', () => {
  it('searches names first, then types, organisation, publics, places, description, address', () => {
    const order = services.searchableAttributes ?? [];
    const rank = (attribute: string) => order.indexOf(attribute);
    expect(rank('name')).toBe(0);
    expect(rank('typeLabels')).toBe(1);
    expect(rank('organisationName')).toBeLessThan(rank('publicLabels'));
    expect(rank('publicLabels')).toBeLessThan(rank('placeNames'));
    expect(rank('placeNames')).toBeLessThan(rank('description'));
    expect(rank('description')).toBeLessThan(rank('address'));
    expect(order).not.toContain('id');
  });

  it('searches the needs a service meets below its name and types, above its description', () => {
    const order = services.searchableAttributes ?? [];
    const rank = (attribute: string) => order.indexOf(attribute);
    expect(rank('needTexts')).toBeGreaterThan(rank('typeLabels'));
    expect(rank('needTexts')).toBeLessThan(rank('placeNames'));
    expect(rank('partialNeedTexts')).toBeGreaterThan(rank('needTexts'));
    expect(rank('partialNeedTexts')).toBeLessThan(rank('description'));
    expect(services.filterableAttributes).toContain('needs');
  });

  it('filters on every facet, territory, status and identity attribute, and on _geo', () => {
    expect(services.filterableAttributes).toEqual(
      expect.arrayContaining([
        ...SERVICE_FACETS,
        'locatedIn',
        'serves',
        'openQuarters',
        'status',
        'archived',
        'organisationId',
        'serviceId',
        '_geo',
      ]),
    );
  });

  it('sorts by name in either language and by distance', () => {
    expect(services.sortableAttributes).toEqual(['name.fr', 'name.nl', '_geo']);
  });

  it('puts sort first among the ranking rules, so that an explicit sort is the order', () => {
    expect(services.rankingRules?.[0]).toBe('sort');
    expect(services.rankingRules).toEqual(
      expect.arrayContaining(['words', 'typo', 'proximity', 'attribute', 'exactness']),
    );
  });

  it('ranks real records before synthetic ones at equal relevance (the last rule)', () => {
    expect(services.rankingRules?.at(-1)).toBe('syntheticRank:asc');
  });

  it('declares the French and Dutch fields', () => {
    expect(services.localizedAttributes).toEqual([
      { attributePatterns: ['*.fr'], locales: ['fra'] },
      { attributePatterns: ['*.nl'], locales: ['nld'] },
    ]);
  });

  it('takes its synonyms from the synonym groups', () => {
    expect(services.synonyms).toEqual(synonymMap(loadSynonymGroups()));
    expect(services.synonyms?.['cpas']).toContain('ocmw');
    expect(services.synonyms?.['ocmw']).toContain('cpas');
    expect(services.synonyms?.['schuldbemiddeling']).toContain('mediation de dettes');
  });

  it('tolerates typos from four letters, but not on numbers nor on acronyms', () => {
    expect(services.typoTolerance).toMatchObject({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnNumbers: true,
    });
    expect(services.typoTolerance?.disableOnWords).toEqual(
      expect.arrayContaining(['cpas', 'cpms', 'ocmw', 'casg']),
    );
  });

  it('counts enough facet values, largest first, and pages far', () => {
    expect(services.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(100);
    expect(services.faceting?.sortFacetValuesBy).toEqual({ '*': 'count' });
    expect(services.pagination?.maxTotalHits).toBe(MAX_TOTAL_HITS);
    expect(MAX_TOTAL_HITS).toBeGreaterThan(10_000);
  });
});

describe('the organisations index settings', () => {
  it('searches names and alternate names first and shares the vocabulary', () => {
    expect(organisations.searchableAttributes?.slice(0, 2)).toEqual(['name', 'alternateNames']);
    expect(organisations.filterableAttributes).toContain('archived');
    expect(organisations.synonyms).toBe(vocabulary.synonyms);
    expect(organisations.stopWords).toEqual(services.stopWords);
  });

  it('is what indexSettings gives by index name', () => {
    expect(indexSettings('organisations', vocabulary)).toEqual(organisations);
    expect(indexSettings('services', vocabulary)).toEqual(services);
  });
});

describe('the vocabulary', () => {
  const stopWords = loadStopWords();

  it('has a short list of French and Dutch stop words, normalised', () => {
    expect(stopWords.length).toBeGreaterThan(5);
    expect(stopWords.length).toBeLessThan(40);
    expect(stopWords).toEqual(expect.arrayContaining(['le', 'les', 'het', 'een']));
    for (const word of stopWords) {
      expect(word).toBe(normaliseTerm(word));
    }
  });

  it('keeps words that carry meaning out of the stop words', () => {
    for (const word of ['sans', 'zonder', 'avec', 'aide', 'jeunes', 'de', 'la', 'en', 'voor']) {
      expect(stopWords).not.toContain(word);
    }
  });

  it('never drops a word of a synonym (multi-word synonyms would stop matching)', () => {
    const words = new Set(
      loadSynonymGroups().flatMap((group) =>
        group.terms.flatMap((t) => normaliseTerm(t).split(' ')),
      ),
    );
    expect(stopWords.filter((word) => words.has(word))).toEqual([]);
  });

  it('makes four- and five-letter acronyms exact words', () => {
    const built = searchVocabulary(
      [
        { id: 'a', terms: ['CPAS', 'OCMW', 'centre public'] },
        { id: 'b', terms: ['SSM', 'LGBTQIA+', 'Fedasil'] },
      ],
      ['le'],
    );
    expect(built.exactWords).toEqual(['cpas', 'ocmw']);
    expect(built.stopWords).toEqual(['le']);
  });
});
