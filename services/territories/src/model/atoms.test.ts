import { Confidence, Layer, LinkMethod } from '../modules/territory/territory.enums';
import { aggregateMemberships } from './atoms';
import type { SectorAtom } from './atoms';

const sector = (
  id: string,
  areaM2: number,
  bassin: string,
  confidence: Confidence,
  note: string | null,
): SectorAtom => ({
  id,
  areaM2,
  links: [
    {
      parentId: 'commune:21004',
      parentLayer: Layer.COMMUNE,
      share: 1,
      confidence: Confidence.STATED,
      method: LinkMethod.OFFICIAL_CODE,
    },
    {
      parentId: bassin,
      parentLayer: Layer.BASSIN,
      share: 1,
      confidence,
      method: LinkMethod.ASSIGNMENT,
      note,
    },
  ],
});

describe('aggregateMemberships', () => {
  it('gives area shares, the weakest confidence, the common method and the distinct notes', () => {
    const rows = aggregateMemberships(
      { id: 'quartier:21', layer: Layer.QUARTIER },
      [
        sector('s1', 300, 'bassin:nord-est', Confidence.UNCERTAIN, 'to confirm'),
        sector('s2', 100, 'bassin:nord-est', Confidence.STATED, 'to confirm'),
        sector('s3', 600, 'bassin:nord', Confidence.INFERRED, 'why'),
      ],
      [Layer.COMMUNE, Layer.BASSIN],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        parentId: 'commune:21004',
        share: 1,
        confidence: Confidence.STATED,
        method: LinkMethod.OFFICIAL_CODE,
        note: null,
      }),
      expect.objectContaining({
        parentId: 'bassin:nord-est',
        share: 0.4,
        confidence: Confidence.UNCERTAIN,
        method: LinkMethod.ASSIGNMENT,
        note: 'to confirm',
      }),
      expect.objectContaining({
        parentId: 'bassin:nord',
        share: 0.6,
        confidence: Confidence.INFERRED,
        note: 'why',
      }),
    ]);
  });

  it('links nothing in a layer its sectors have no link to', () => {
    expect(
      aggregateMemberships(
        { id: 'quartier:1', layer: Layer.QUARTIER },
        [sector('s1', 10, 'bassin:sud', Confidence.STATED, null)],
        [Layer.GROUPEMENT],
      ),
    ).toEqual([]);
  });
});
