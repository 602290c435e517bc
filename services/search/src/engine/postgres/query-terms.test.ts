import { loadSynonymGroups, normaliseTerm } from '../../synonyms/synonyms';
import { queryUnits, relaxed, synonymIndex } from './query-terms';
import type { TokenFacts } from './query-terms';

const known = (token: string): TokenFacts => ({
  token,
  known: true,
  stop: token === 'de',
  prefixKnown: true,
  candidates: [],
});
const synonyms = synonymIndex(loadSynonymGroups(), normaliseTerm);
const molenbeek = {
  start: 2,
  length: 1,
  typed: 'molenbeek',
  names: ['molenbeek saint jean', 'molenbeek'],
  ids: ['commune:21012'],
  bassins: ['bassin:centre-ouest'],
};

describe('queryUnits with places', () => {
  it('reads a place as one unit of its names, flagged as a place', () => {
    const units = queryUnits(['cpas', 'de', 'molenbeek'].map(known), synonyms, false, [molenbeek]);
    expect(units).toHaveLength(2);
    expect(units[0]?.alternatives).toContain('ocmw');
    expect(units[1]).toEqual({ alternatives: ['molenbeek saint jean', 'molenbeek'], place: true });
  });

  it('reads a typed multi-word synonym as one unit (a phrase), never its words alone', () => {
    const units = queryUnits(['sans', 'domicile', 'fixe'].map(known), synonyms, false);
    expect(units).toHaveLength(1);
    expect(units[0]?.alternatives).toEqual(expect.arrayContaining(['sans domicile fixe', 'sdf']));
  });
});

describe('relaxed', () => {
  it('drops the last place first (it still ranks the hits), else the last unit', () => {
    const cpas = { alternatives: ['cpas'] };
    const place = { alternatives: ['molenbeek'], place: true };
    const urgent = { alternatives: ['urgent'] };
    expect(relaxed([place, cpas, urgent])).toEqual([cpas, urgent]);
    expect(relaxed([cpas, urgent])).toEqual([cpas]);
  });
});
