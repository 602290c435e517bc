import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

const LOCATE = `query Locate($latitude: Float!, $longitude: Float!) {
  locate(latitude: $latitude, longitude: $longitude) {
    inRegion note
    sector { id code }
    quartier { id code nameFr kind }
    commune { id code nameFr nameNl }
    groupement { id provisional }
    bassin { id nameFr }
    region { id }
    territories { layer id }
    memberships { territory { id layer } confidence method note }
  }
}`;

interface LocateData {
  locate: {
    inRegion: boolean;
    note: string | null;
    sector: { id: string; code: string } | null;
    quartier: { id: string; code: string; nameFr: string; kind: string } | null;
    commune: { id: string; code: string; nameFr: string; nameNl: string } | null;
    groupement: { id: string; provisional: boolean } | null;
    bassin: { id: string; nameFr: string } | null;
    region: { id: string } | null;
    territories: Array<{ layer: string; id: string }>;
    memberships: Array<{
      territory: { id: string; layer: string };
      confidence: string;
      method: string;
      note: string | null;
    }>;
  };
}

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('locate through the gateway', () => {
  it('places a point in the Marolles in its sector, quartier 8, the City of Brussels and bassin Centre-Ouest', async () => {
    const { locate } = await expectData<LocateData>(stack.gatewayUrl, LOCATE, {
      latitude: 50.8375,
      longitude: 4.347,
    });
    expect(locate.inRegion).toBe(true);
    expect(locate.note).toBeNull();
    expect(locate.sector?.code).toMatch(/^21004A/);
    expect(locate.quartier).toEqual({
      id: 'quartier:8',
      code: '8',
      nameFr: 'MAROLLES',
      kind: 'INHABITED',
    });
    expect(locate.commune).toEqual({
      id: 'commune:21004',
      code: '21004',
      nameFr: 'Bruxelles',
      nameNl: 'Brussel',
    });
    expect(locate.bassin?.id).toBe('bassin:centre-ouest');
    expect(locate.region?.id).toBe('region:bru');
    expect(locate.groupement).toEqual({
      id: 'groupement:provisional-clss:marolles',
      provisional: true,
    });
    expect(locate.territories.map((t) => t.layer)).toEqual([
      'REGION',
      'BASSIN',
      'COMMUNE',
      'GROUPEMENT',
      'QUARTIER',
      'SECTOR',
    ]);
  });

  it('says how sure the bassin of a City of Brussels sector is, and why', async () => {
    const { locate } = await expectData<LocateData>(stack.gatewayUrl, LOCATE, {
      latitude: 50.8375,
      longitude: 4.347,
    });
    const bassin = locate.memberships.find((m) => m.territory.layer === 'BASSIN');
    expect(bassin).toMatchObject({ confidence: 'INFERRED', method: 'ASSIGNMENT' });
    expect(bassin?.note).toContain('Pentagone');
  });

  it('places a point in Jette in bassin Nord, stated by its source', async () => {
    const { locate } = await expectData<LocateData>(stack.gatewayUrl, LOCATE, {
      latitude: 50.8808,
      longitude: 4.3266,
    });
    expect(locate.commune?.code).toBe('21010');
    expect(locate.bassin?.id).toBe('bassin:nord');
    expect(locate.memberships.find((m) => m.territory.layer === 'BASSIN')).toMatchObject({
      confidence: 'STATED',
      method: 'SOURCE',
    });
    expect(locate.groupement).toBeNull();
  });

  it('answers a point outside the Region with no territory and an explicit note', async () => {
    const { locate } = await expectData<LocateData>(stack.gatewayUrl, LOCATE, {
      latitude: 50.8798,
      longitude: 4.7005,
    });
    expect(locate).toMatchObject({
      inRegion: false,
      sector: null,
      quartier: null,
      commune: null,
      bassin: null,
      region: null,
      groupement: null,
    });
    expect(locate.territories).toEqual([]);
    expect(locate.note).toMatch(/outside the Brussels-Capital Region/);
  });

  it.each([
    [123, 4.35, 'latitude'],
    [50.85, -200, 'longitude'],
  ])(
    'rejects latitude %p, longitude %p with BAD_USER_INPUT naming the field',
    async (latitude, longitude, field) => {
      const error = await expectErrorCode(
        stack.gatewayUrl,
        LOCATE,
        { latitude, longitude },
        'BAD_USER_INPUT',
      );
      expect(error.extensions?.problems).toEqual([expect.objectContaining({ field })]);
    },
  );

  it('locates a batch in the order asked, and names the bad point of a batch', async () => {
    const query = `query($points: [PointInput!]!) { locateMany(points: $points) { inRegion commune { code } } }`;
    const data = await expectData<{
      locateMany: Array<{ inRegion: boolean; commune: { code: string } | null }>;
    }>(stack.gatewayUrl, query, {
      points: [
        { latitude: 50.8808, longitude: 4.3266 },
        { latitude: 50.8798, longitude: 4.7005 },
        { latitude: 50.8375, longitude: 4.347 },
      ],
    });
    expect(data.locateMany).toEqual([
      { inRegion: true, commune: { code: '21010' } },
      { inRegion: false, commune: null },
      { inRegion: true, commune: { code: '21004' } },
    ]);
    const error = await expectErrorCode(
      stack.gatewayUrl,
      query,
      {
        points: [
          { latitude: 50.85, longitude: 4.35 },
          { latitude: 95, longitude: 4.35 },
        ],
      },
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'points[1].latitude' }),
    ]);
  });

  it('locates every quartier’s own label point inside that quartier', async () => {
    const { quartiers } = await expectData<{
      quartiers: Array<{ id: string; centroid: { latitude: number; longitude: number } }>;
    }>(
      stack.gatewayUrl,
      '{ quartiers(kinds: [INHABITED]) { id centroid { latitude longitude } } }',
    );
    expect(quartiers).toHaveLength(118);
    const { locateMany } = await expectData<{
      locateMany: Array<{ quartier: { id: string } | null }>;
    }>(
      stack.gatewayUrl,
      'query($points: [PointInput!]!) { locateMany(points: $points) { quartier { id } } }',
      { points: quartiers.map((q) => q.centroid) },
    );
    const misses = quartiers
      .filter((q, index) => locateMany[index]?.quartier?.id !== q.id)
      .map((q) => q.id);
    // A centroid may fall outside a concave quartier; nearly all must land inside their own.
    expect(misses.length).toBeLessThan(6);
  });
});
