import { loadSynonymGroups, synonymMap } from '../../synonyms/synonyms';
import { SERVICE_FACETS } from '../search-engine';
import type { ServiceQuery } from '../search-engine';
import {
  distanceSort,
  nameSort,
  organisationSearch,
  pagination,
  serviceSearch,
  serviceSort,
  suggestionSearches,
} from './meilisearch-query';
import { inTerritories, placeAttempts, withoutPlaces } from './meilisearch-places';
import { wholeSynonyms } from './meilisearch-vocabulary';

const query = (overrides: Partial<ServiceQuery> = {}): ServiceQuery => ({
  text: '',
  language: 'fr',
  filters: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  ...overrides,
});

const near = { lat: 50.8489, lng: 4.3216 };

describe('serviceSort', () => {
  it('sorts by name in the language, then in the other one', () => {
    expect(nameSort('nl')).toEqual(['name.nl:asc', 'name.fr:asc']);
    expect(serviceSort(query({ sort: 'NAME', text: 'ssm' }))).toEqual([
      'name.fr:asc',
      'name.nl:asc',
    ]);
  });

  it('sorts by distance to the point, then by name', () => {
    expect(distanceSort(near)).toBe('_geoPoint(50.8489, 4.3216):asc');
    expect(serviceSort(query({ sort: 'DISTANCE', text: 'ssm', near }))).toEqual([
      '_geoPoint(50.8489, 4.3216):asc',
      'name.fr:asc',
      'name.nl:asc',
    ]);
  });

  it('falls back to the name for DISTANCE without a point', () => {
    expect(serviceSort(query({ sort: 'DISTANCE' }))).toEqual(['name.fr:asc', 'name.nl:asc']);
  });

  it('leaves relevance to Meilisearch when there is text', () => {
    expect(serviceSort(query({ text: 'planning familial', near }))).toBeUndefined();
  });

  it('lists the filtered documents nearest first, or by name, when there is no text', () => {
    expect(serviceSort(query({ text: '  ', near }))?.[0]).toBe('_geoPoint(50.8489, 4.3216):asc');
    expect(serviceSort(query({ language: 'nl' }))).toEqual(['name.nl:asc', 'name.fr:asc']);
  });
});

describe('pagination', () => {
  it('pages on page boundaries, for an exact total', () => {
    expect(pagination(0, 20)).toEqual({ page: 1, hitsPerPage: 20 });
    expect(pagination(40, 20)).toEqual({ page: 3, hitsPerPage: 20 });
  });

  it('uses offset and limit otherwise', () => {
    expect(pagination(5, 20)).toEqual({ offset: 5, limit: 20 });
  });

  it('counts without hits for a zero limit', () => {
    expect(pagination(10, 0)).toEqual({ page: 1, hitsPerPage: 0 });
  });
});

describe('serviceSearch', () => {
  it('asks every facet, the default filters and no highlight for the filtered list', () => {
    const { q, params } = serviceSearch(query({ filters: { types: ['cpas'] } }));
    expect(q).toBe('');
    expect(params.facets).toEqual([...SERVICE_FACETS]);
    expect(params.filter).toEqual([
      'types = "cpas"',
      'status IN ["ACTIVE", "TEMPORARILY_CLOSED"]',
      'archived = false',
    ]);
    expect(params.showRankingScore).toBe(false);
    expect(params.attributesToHighlight).toBeUndefined();
    expect(params.sort).toEqual(['name.fr:asc', 'name.nl:asc']);
  });

  it('ranks by relevance with scores and <mark> highlights when there is text', () => {
    const { q, params } = serviceSearch(query({ text: ' schuldbemiddeling Molenbeek ' }));
    expect(q).toBe('schuldbemiddeling Molenbeek');
    expect(params.sort).toBeUndefined();
    expect(params.matchingStrategy).toBe('last');
    expect(params.showRankingScore).toBe(true);
    expect(params.highlightPreTag).toBe('<mark>');
    expect(params.highlightPostTag).toBe('</mark>');
    expect(params.attributesToHighlight).toEqual(
      expect.arrayContaining(['name', 'organisationName', 'description', 'placeNames']),
    );
    expect(params.attributesToCrop).toEqual(['description']);
  });

  it('requires every word when an explicit sort orders the hits', () => {
    const { params } = serviceSearch(query({ text: 'ssm', sort: 'DISTANCE', near }));
    expect(params.matchingStrategy).toBe('all');
    expect(params.sort?.[0]).toBe('_geoPoint(50.8489, 4.3216):asc');
  });

  it('filters by radius when one is given', () => {
    const { params } = serviceSearch(query({ near: { ...near, radiusMeters: 800 } }));
    expect(params.filter).toContain('_geoRadius(50.8489, 4.3216, 800)');
  });

  it('pages', () => {
    const { params } = serviceSearch(query({ offset: 20, limit: 10 }));
    expect(params).toMatchObject({ page: 3, hitsPerPage: 10 });
  });
});

describe('organisationSearch', () => {
  it('hides archived organisations and lists by name without text', () => {
    const { params } = organisationSearch({ text: '', language: 'nl', offset: 0, limit: 10 });
    expect(params.filter).toEqual(['archived = false']);
    expect(params.sort).toEqual(['name.nl:asc', 'name.fr:asc']);
    expect(params.attributesToHighlight).toBeUndefined();
  });

  it('ranks and highlights with text, archived included when asked', () => {
    const { q, params } = organisationSearch({
      text: 'cpas',
      language: 'fr',
      includeArchived: true,
      offset: 0,
      limit: 10,
    });
    expect(q).toBe('cpas');
    expect(params.filter).toEqual([]);
    expect(params.sort).toBeUndefined();
    expect(params.showRankingScore).toBe(true);
    expect(params.attributesToHighlight).toContain('alternateNames');
  });
});

describe('suggestionSearches', () => {
  it('searches only names, types and places, open services and living organisations', () => {
    const { services, organisations } = suggestionSearches(' planning fam ', 10);
    expect(services.q).toBe('planning fam');
    expect(services.params.attributesToSearchOn).toEqual(['name', 'typeLabels', 'placeNames']);
    expect(services.params.attributesToHighlight).toEqual(['name', 'typeLabels', 'placeNames']);
    expect(services.params.filter).toEqual([
      'status IN ["ACTIVE", "TEMPORARILY_CLOSED"]',
      'archived = false',
    ]);
    expect(services.params.limit).toBe(10);
    expect(organisations.params.attributesToSearchOn).toEqual(['name', 'alternateNames']);
    expect(organisations.params.filter).toEqual(['archived = false']);
  });
});

const molenbeek = {
  start: 2,
  length: 1,
  typed: 'molenbeek',
  names: ['molenbeek saint jean', 'sint jans molenbeek', 'molenbeek'],
  ids: ['commune:21012'],
  bassins: ['bassin:centre-ouest'],
};

describe('placeAttempts', () => {
  it('without places: the query as typed, once', () => {
    expect(placeAttempts(query({ text: 'CPAS' }), serviceSearch)).toEqual([
      serviceSearch(query({ text: 'CPAS' })),
    ]);
  });

  it('with a place: the other words in the place, then in its bassin, then as typed', () => {
    const asked = query({ text: 'CPAS de Molenbeek', places: [molenbeek] });
    const [inPlace, inBassin, typed] = placeAttempts(asked, serviceSearch);
    expect(inPlace?.q).toBe('cpas de');
    expect(inPlace?.params.filter).toContain(inTerritories(['commune:21012']));
    expect(inBassin?.q).toBe('cpas de');
    expect(inBassin?.params.filter).toContain(inTerritories(['bassin:centre-ouest']));
    expect(typed).toEqual(serviceSearch(asked));
  });

  it('a query that is only a place lists what is in it', () => {
    expect(withoutPlaces('Molenbeek', [{ ...molenbeek, start: 0 }])).toBe('');
    expect(inTerritories(['commune:21012'])).toBe(
      'locatedIn = "commune:21012" OR serves = "commune:21012"',
    );
  });
});

describe('wholeSynonyms', () => {
  const synonyms = synonymMap(loadSynonymGroups());

  it('leaves a query without a multi-word synonym as typed', () => {
    expect(wholeSynonyms('SSM Forest', synonyms)).toBe('SSM Forest');
  });

  it("turns a typed phrase into its group's shortest one-word term (expanded whole by Meilisearch)", () => {
    expect(wholeSynonyms('sans domicile fixe', synonyms)).toBe('sdf');
    expect(wholeSynonyms('soins infirmiers à domicile Jette', synonyms)).toBe(
      'thuisverpleging jette',
    );
    expect(wholeSynonyms('Service de santé mentale', synonyms)).toBe('cgg');
  });

  it('quotes a phrase whose group has no one-word term', () => {
    expect(wholeSynonyms('coordination sociale Schaerbeek', synonyms)).toBe(
      '"coordination sociale" schaerbeek',
    );
  });
});
