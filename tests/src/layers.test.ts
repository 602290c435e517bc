import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const sql = <T>(query: string, params: unknown[] = []) =>
  stack.territories.db.em.fork().execute<T[]>(query, params);

describe('layer integrity', () => {
  it('has 1 region, 5 bassins, 19 communes, 145 quartiers and 724 sectors', async () => {
    const rows = await sql<{ layer: string; n: number }>(
      'select layer, count(*)::int as n from territories.territory where current group by layer',
    );
    expect(Object.fromEntries(rows.map((row) => [row.layer, row.n]))).toMatchObject({
      REGION: 1,
      BASSIN: 5,
      COMMUNE: 19,
      QUARTIER: 145,
      SECTOR: 724,
    });
    const data = await expectData<{
      bassins: unknown[];
      communes: unknown[];
      quartiers: unknown[];
      sectors: { totalCount: number };
    }>(
      stack.gatewayUrl,
      '{ bassins { id } communes { id } quartiers { id } sectors(first: 1) { totalCount } }',
    );
    expect([
      data.bassins.length,
      data.communes.length,
      data.quartiers.length,
      data.sectors.totalCount,
    ]).toEqual([5, 19, 145, 724]);
  });

  it('puts every sector in exactly one quartier, one commune, one bassin and the region', async () => {
    const rows = await sql<{ parent_layer: string; sectors: number; min: number; max: number }>(
      `select parent_layer, count(*)::int as sectors, min(n)::int as min, max(n)::int as max from (
         select t.id, l.parent_layer, count(m.parent_id) as n
         from territories.territory t
         cross join (values ('QUARTIER'), ('COMMUNE'), ('BASSIN'), ('REGION')) as l(parent_layer)
         left join territories.membership m on m.child_id = t.id and m.parent_layer = l.parent_layer
         where t.layer = 'SECTOR' group by t.id, l.parent_layer) per_sector
       group by parent_layer order by parent_layer`,
    );
    expect(rows).toEqual(
      ['BASSIN', 'COMMUNE', 'QUARTIER', 'REGION'].map((layer) => ({
        parent_layer: layer,
        sectors: 724,
        min: 1,
        max: 1,
      })),
    );
  });

  it('gives sectors their commune by Statbel code', async () => {
    const mismatches = await sql<{ id: string }>(
      `select t.id from territories.territory t join territories.membership m
         on m.child_id = t.id and m.parent_layer = 'COMMUNE'
       where t.layer = 'SECTOR' and m.parent_id <> 'commune:' || substr(t.code, 1, 5)`,
    );
    expect(mismatches).toEqual([]);
  });

  it('links quartiers to communes many-to-many, with area shares that add up to the whole quartier', async () => {
    const { territory } = await expectData<{
      territory: {
        nameFr: string;
        within: Array<{ territory: { id: string }; share: number; method: string }>;
      };
    }>(
      stack.gatewayUrl,
      '{ territory(id: "quartier:21") { nameFr within(layer: COMMUNE) { territory { id } share method } } }',
    );
    expect(territory.nameFr).toBe('QUARTIER NORD');
    expect(territory.within.map((link) => link.territory.id).sort()).toEqual([
      'commune:21004',
      'commune:21014',
      'commune:21015',
    ]);
    expect(territory.within.reduce((sum, link) => sum + link.share, 0)).toBeCloseTo(1, 2);
    const shares = await sql<{ id: string; total: number }>(
      `select child_id as id, sum(share) as total from territories.membership
       where child_layer = 'QUARTIER' and parent_layer = 'COMMUNE' group by child_id having abs(sum(share) - 1) > 0.01`,
    );
    expect(shares).toEqual([]);
  });

  it('shows each commune’s bassin with the confidence of its source, and splits the City of Brussels explicitly', async () => {
    const { communes } = await expectData<{
      communes: Array<{
        code: string;
        within: Array<{
          territory: { id: string };
          share: number;
          confidence: string;
          method: string;
          note: string | null;
        }>;
      }>;
    }>(
      stack.gatewayUrl,
      '{ communes { code within(layer: BASSIN) { territory { id } share confidence method note } } }',
    );
    const byCode = new Map(communes.map((commune) => [commune.code, commune.within]));
    expect(byCode.get('21010')).toEqual([
      {
        territory: { id: 'bassin:nord' },
        share: 1,
        confidence: 'STATED',
        method: 'SOURCE',
        note: null,
      },
    ]);
    expect(byCode.get('21001')).toEqual([
      expect.objectContaining({ territory: { id: 'bassin:centre-ouest' }, confidence: 'INFERRED' }),
    ]);
    const city = byCode.get('21004') ?? [];
    expect(city.map((link) => link.territory.id).sort()).toEqual([
      'bassin:centre-ouest',
      'bassin:nord',
      'bassin:nord-est',
      'bassin:sud',
    ]);
    expect(city.reduce((sum, link) => sum + link.share, 0)).toBeCloseTo(1, 2);
    expect(city.every((link) => link.method === 'ASSIGNMENT' && link.note)).toBe(true);
    expect(city.find((link) => link.territory.id === 'bassin:nord-est')?.confidence).toBe(
      'UNCERTAIN',
    );
    expect(communes.filter((commune) => commune.within.length === 0)).toEqual([]);
  });

  it('lists the territories of one layer inside a bassin, a commune or a groupement', async () => {
    const data = await expectData<{
      communes: Array<{ code: string }>;
      quartiers: Array<{ code: string }>;
      territory: { contains: Array<{ territory: { id: string } }> };
      sectors: { totalCount: number };
    }>(
      stack.gatewayUrl,
      `{ communes(within: "bassin:nord") { code }
         quartiers(within: "commune:21011") { code }
         territory(id: "groupement:provisional-clss:cureghem") { contains(layer: QUARTIER) { territory { id } } }
         sectors(within: "quartier:8", first: 50) { totalCount } }`,
    );
    expect(data.communes.map((c) => c.code)).toEqual(['21003', '21004', '21008', '21010', '21011']);
    expect(data.quartiers.map((q) => q.code)).toContain('17');
    expect(data.territory.contains.map((link) => link.territory.id)).toEqual([
      'quartier:11',
      'quartier:12',
      'quartier:13',
    ]);
    expect(data.sectors.totalCount).toBeGreaterThan(0);
  });

  it('marks the provisional groupements as provisional, with their source and mapping confidence', async () => {
    const { groupements, groupementDatasets } = await expectData<{
      groupements: Array<{
        id: string;
        provisional: boolean;
        mappingConfidence: string;
        source: string;
        indicators: unknown[];
        rankSum: number | null;
      }>;
      groupementDatasets: Array<{ id: string; kind: string; active: boolean }>;
    }>(
      stack.gatewayUrl,
      '{ groupements { id provisional mappingConfidence source indicators { kind } rankSum } groupementDatasets { id kind active } }',
    );
    expect(groupements).toHaveLength(16);
    expect(
      groupements.every(
        (g) =>
          g.provisional &&
          g.source.includes('clss-quartiers.csv') &&
          g.indicators.length === 0 &&
          g.rankSum === null,
      ),
    ).toBe(true);
    expect(groupements.find((g) => g.id.endsWith(':cureghem'))?.mappingConfidence).toBe('LIKELY');
    expect(groupementDatasets).toEqual([
      { id: 'provisional-clss', kind: 'PROVISIONAL', active: true },
    ]);
  });

  it('gives geometry only when asked, whole or simplified for maps', async () => {
    const statements = await stack.territories.db.sql.measure(() =>
      expectData(stack.gatewayUrl, '{ communes { id nameFr } }'),
    );
    expect(statements.statements.join('\n')).not.toMatch(/geometry/);
    const { territory } = await expectData<{
      territory: { full: { type: string; coordinates: unknown[] }; map: { type: string } };
    }>(
      stack.gatewayUrl,
      '{ territory(id: "commune:21004") { full: geometry map: geometry(detail: SIMPLIFIED) } }',
    );
    expect(['Polygon', 'MultiPolygon']).toContain(territory.full.type);
    expect(JSON.stringify(territory.map).length).toBeLessThan(
      JSON.stringify(territory.full).length,
    );
  });

  it('answers unknown ids with null, malformed ids and unknown `within` with coded errors', async () => {
    const data = await expectData<{ territory: unknown }>(
      stack.gatewayUrl,
      '{ territory(id: "commune:99999") { id } }',
    );
    expect(data.territory).toBeNull();
    await expectErrorCode(
      stack.gatewayUrl,
      '{ territory(id: "nowhere") { id } }',
      {},
      'BAD_USER_INPUT',
    );
    await expectErrorCode(
      stack.gatewayUrl,
      '{ communes(within: "bassin:atlantis") { id } }',
      {},
      'NOT_FOUND',
    );
    await expectErrorCode(
      stack.gatewayUrl,
      '{ sectors(first: 0) { totalCount } }',
      {},
      'BAD_USER_INPUT',
    );
  });

  it('pages sectors with stable cursors', async () => {
    type Page = {
      sectors: {
        edges: Array<{ node: { id: string } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const first = await expectData<Page>(
      stack.gatewayUrl,
      '{ sectors(first: 300) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
    );
    const second = await expectData<Page>(
      stack.gatewayUrl,
      'query($after: String) { sectors(first: 500, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
      { after: first.sectors.pageInfo.endCursor },
    );
    const ids = [...first.sectors.edges, ...second.sectors.edges].map((edge) => edge.node.id);
    expect(ids).toHaveLength(724);
    expect(new Set(ids).size).toBe(724);
    expect([first.sectors.pageInfo.hasNextPage, second.sectors.pageInfo.hasNextPage]).toEqual([
      true,
      false,
    ]);
  });
});
