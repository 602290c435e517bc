import { loadSynonymGroups, synonymMap } from '../../synonyms/synonyms';
import type { ServiceQuery } from '../search-engine';
import { inTerritories, placeAttempts, withoutPlaces } from './meilisearch-places';
import { serviceSearch } from './meilisearch-query';
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
