import { suggestionsOf } from './meilisearch-suggestions';

const hits = (...list: Record<string, unknown>[]) => ({ hits: list });

describe('suggestionsOf', () => {
  const services = hits(
    {
      _rankingScore: 0.9,
      name: { fr: 'Centre de planning familial de Schaerbeek', nl: 'Centrum voor gezinsplanning' },
      typeLabels: [{ fr: 'Centre de planning familial', nl: 'Centrum voor gezinsplanning' }],
      placeNames: ['Schaerbeek', 'Schaarbeek'],
      _formatted: {
        name: {
          fr: 'Centre de <mark>planning</mark> familial de Schaerbeek',
          nl: 'Centrum voor gezinsplanning',
        },
        typeLabels: [
          { fr: 'Centre de <mark>planning</mark> familial', nl: 'Centrum voor gezinsplanning' },
        ],
        placeNames: ['Schaerbeek', 'Schaarbeek'],
      },
    },
    {
      _rankingScore: 0.8,
      name: { fr: 'Planning familial Marolles', nl: null },
      typeLabels: [{ fr: 'Centre de planning familial', nl: 'Centrum voor gezinsplanning' }],
      placeNames: ['Bruxelles'],
      _formatted: {
        name: { fr: '<mark>Planning</mark> familial Marolles', nl: null },
        typeLabels: [
          { fr: 'Centre de <mark>planning</mark> familial', nl: 'Centrum voor gezinsplanning' },
        ],
        placeNames: ['Bruxelles'],
      },
    },
  );
  const organisations = hits({
    _rankingScore: 0.85,
    name: { fr: 'Planning Familial Rosa', nl: 'Gezinsplanning Rosa' },
    alternateNames: ['Rosa'],
    _formatted: {
      name: { fr: '<mark>Planning</mark> Familial Rosa', nl: 'Gezinsplanning Rosa' },
      alternateNames: ['Rosa'],
    },
  });

  it('suggests the matched values, those starting with the prefix first, each once', () => {
    expect(suggestionsOf(services, organisations, 'planning', 'fr', 10)).toEqual([
      { text: 'Planning Familial Rosa', kind: 'ORGANISATION' },
      { text: 'Planning familial Marolles', kind: 'SERVICE' },
      { text: 'Centre de planning familial de Schaerbeek', kind: 'SERVICE' },
      { text: 'Centre de planning familial', kind: 'TYPE' },
    ]);
  });

  it('stops at the limit', () => {
    expect(suggestionsOf(services, organisations, 'planning', 'fr', 2)).toHaveLength(2);
  });

  it('suggests places and values in the other language when they matched', () => {
    const place = hits({
      _rankingScore: 1,
      name: { fr: 'CPAS de Schaerbeek', nl: 'OCMW Schaarbeek' },
      typeLabels: [],
      placeNames: ['Schaerbeek', 'Schaarbeek'],
      _formatted: {
        name: { fr: 'CPAS de Schaerbeek', nl: 'OCMW <mark>Schaar</mark>beek' },
        typeLabels: [],
        placeNames: ['Schaerbeek', '<mark>Schaar</mark>beek'],
      },
    });
    expect(suggestionsOf(place, hits(), 'schaar', 'fr', 5)).toEqual([
      { text: 'Schaarbeek', kind: 'PLACE' },
      { text: 'OCMW Schaarbeek', kind: 'SERVICE' },
    ]);
  });

  it('de-duplicates texts that differ only by case or accents', () => {
    const twice = hits(
      {
        name: { fr: 'Maison médicale', nl: null },
        _formatted: { name: { fr: '<mark>Maison</mark> médicale', nl: null } },
      },
      {
        name: { fr: 'Maison Medicale', nl: null },
        _formatted: { name: { fr: '<mark>Maison</mark> Medicale', nl: null } },
      },
    );
    expect(suggestionsOf(twice, hits(), 'mais', 'fr', 5)).toEqual([
      { text: 'Maison médicale', kind: 'SERVICE' },
    ]);
  });

  it('suggests nothing from hits without a match', () => {
    expect(suggestionsOf(hits({ name: { fr: 'X', nl: null } }), hits(), 'x', 'fr', 5)).toEqual([]);
  });
});
