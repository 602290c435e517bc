import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { normaliseTerm } from '../synonyms/synonyms';
import { Gazetteer, loadPlaceAliases } from './places';
import type { PlaceTerritory } from './places';

const SEED = join(__dirname, '..', '..', '..', '..', 'seed', 'data');

const territories: PlaceTerritory[] = [
  {
    id: 'bassin:centre-ouest',
    nameFr: 'Centre-Ouest',
    nameNl: 'Centrum-West',
    bassins: ['bassin:centre-ouest'],
  },
  { id: 'bassin:nord', nameFr: 'Nord', nameNl: 'Noord', bassins: ['bassin:nord'] },
  {
    id: 'commune:21012',
    nameFr: 'Molenbeek-Saint-Jean',
    nameNl: 'Sint-Jans-Molenbeek',
    bassins: ['bassin:centre-ouest'],
  },
  { id: 'commune:21015', nameFr: 'Schaerbeek', nameNl: 'Schaarbeek', bassins: ['bassin:nord-est'] },
  {
    id: 'quartier:19',
    nameFr: 'VIEUX LAEKEN OUEST',
    nameNl: 'OUD LAKEN WEST',
    bassins: ['bassin:nord'],
  },
  {
    id: 'quartier:20',
    nameFr: 'VIEUX LAEKEN EST',
    nameNl: 'OUD LAKEN OOST',
    bassins: ['bassin:nord'],
  },
  {
    id: 'groupement:provisional-clss:nord',
    nameFr: 'CLSS Nord',
    nameNl: 'CLSS Nord',
    bassins: ['bassin:nord'],
  },
  {
    id: 'groupement:provisional-clss:cureghem',
    nameFr: 'CLSS Cureghem',
    nameNl: 'CLSS Cureghem',
    bassins: ['bassin:centre-ouest'],
  },
];
const gazetteer = new Gazetteer(territories, loadPlaceAliases());

describe('Gazetteer.recognise', () => {
  it.each([
    ['CPAS de Molenbeek', 'molenbeek', ['commune:21012']],
    ['OCMW Sint-Jans-Molenbeek', 'sint jans molenbeek', ['commune:21012']],
    ['maison médicale Schaerbeek', 'schaerbeek', ['commune:21015']],
    ['huisarts Schaarbeek', 'schaarbeek', ['commune:21015']],
    ['maison medicale molenbek', 'molenbek', ['commune:21012']],
    ['SSM Laeken', 'laeken', ['quartier:19', 'quartier:20']],
    ['ocmw laken', 'laken', ['quartier:19', 'quartier:20']],
    ['planning Cureghem', 'cureghem', ['groupement:provisional-clss:cureghem']],
  ])('%s names %s', (text, typed, ids) => {
    const [place] = gazetteer.recognise(text);
    expect(place?.typed).toBe(typed);
    expect(place?.ids).toEqual(ids);
  });

  it('gives the position of the place in the words, its names and its bassins', () => {
    expect(gazetteer.recognise('CPAS de Molenbeek-Saint-Jean urgent')).toEqual([
      {
        start: 2,
        length: 3,
        typed: 'molenbeek saint jean',
        names: expect.arrayContaining(['molenbeek saint jean', 'sint jans molenbeek']),
        ids: ['commune:21012'],
        bassins: ['bassin:centre-ouest'],
      },
    ]);
  });

  it('does not take a common word for a place, nor a short word with a typo', () => {
    expect(gazetteer.recognise('maison médicale nord')).toEqual([]);
    expect(gazetteer.recognise('centre de jour')).toEqual([]);
    expect(gazetteer.recognise('soins')).toEqual([]);
  });
});

describe('place-aliases.json', () => {
  const known = new Set(
    [
      ...readFileSync(join(SEED, 'mdq-quartiers-145.csv'), 'utf8').split('\n').slice(1),
      ...readFileSync(join(SEED, 'bassins-communes.csv'), 'utf8').split('\n').slice(1),
    ].flatMap((line) => line.split(',').map((cell) => normaliseTerm(cell))),
  );
  const clss = readFileSync(join(SEED, 'clss-quartiers.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => normaliseTerm(line.split(',')[0] ?? ''));

  it('names only territories of the seed data (quartiers, communes, CLSS groupements)', () => {
    for (const { alias, names } of loadPlaceAliases()) {
      for (const name of names) {
        const found = known.has(normaliseTerm(name)) || clss.includes(normaliseTerm(name));
        expect([alias[0], name, found]).toEqual([alias[0], name, true]);
      }
    }
  });
});
