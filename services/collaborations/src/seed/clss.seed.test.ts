import { ClssStatus } from '../modules/clss/clss.enums';
import { clssSeeds } from './clss.seed';

describe('the CLSS seed from clss-quartiers.csv', () => {
  const seeds = clssSeeds();

  it('has the 9 existing CLSS of the PSSI text, the others named with details unknown', () => {
    const existing = seeds.filter((seed) => seed.status === ClssStatus.EXISTING);
    expect(existing).toHaveLength(9);
    expect(seeds.length).toBeGreaterThan(9);
    expect(
      seeds
        .filter((seed) => seed.status !== ClssStatus.EXISTING)
        .every((seed) => seed.status === ClssStatus.NAMED_DETAILS_UNKNOWN),
    ).toBe(true);
  });

  it('points each CLSS at the provisional groupement the territories subgraph makes of it', () => {
    const cureghem = seeds.find((seed) => seed.nameFr === 'CLSS Cureghem');
    expect(cureghem).toMatchObject({
      id: 'clss:cureghem',
      groupementId: 'groupement:provisional-clss:cureghem',
      communes: ['Anderlecht'],
    });
    expect(seeds.find((s) => s.nameFr === "CLSS Gare de l'Ouest")?.groupementId).toBe(
      'groupement:provisional-clss:gare-de-l-ouest',
    );
    expect(new Set(seeds.map((seed) => seed.id)).size).toBe(seeds.length);
  });
});
