import { encodeIdentity, IDENTITY_HEADER, GATEWAY_SECRET_HEADER } from '@bxl/common';
import { expectData, expectErrorCode, graphqlRequest } from '@bxl/common/testkit';

import { Role, startTestStack, TEST_GATEWAY_SECRET } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Territory { id layer nameFr } }
}`;

describe('federation entities', () => {
  it('resolves each layer’s entity by id in one batch, and null for an unknown id or another layer’s id', async () => {
    const representations = [
      { __typename: 'Region', id: 'region:bru' },
      { __typename: 'Bassin', id: 'bassin:sud' },
      { __typename: 'Commune', id: 'commune:21015' },
      { __typename: 'Groupement', id: 'groupement:provisional-clss:marolles' },
      { __typename: 'Quartier', id: 'quartier:8' },
      { __typename: 'Sector', id: 'sector:21004A71-' },
      { __typename: 'Commune', id: 'commune:00000' },
      { __typename: 'Sector', id: 'commune:21015' },
    ];
    const { result, count } = await stack.territories.db.sql.measure(() =>
      expectData<{ _entities: Array<{ __typename: string; id: string; layer: string } | null> }>(
        stack.territories.url,
        ENTITIES,
        { representations },
      ),
    );
    expect(
      result._entities.map((entity) => entity && [entity.__typename, entity.id, entity.layer]),
    ).toEqual([
      ['Region', 'region:bru', 'REGION'],
      ['Bassin', 'bassin:sud', 'BASSIN'],
      ['Commune', 'commune:21015', 'COMMUNE'],
      ['Groupement', 'groupement:provisional-clss:marolles', 'GROUPEMENT'],
      ['Quartier', 'quartier:8', 'QUARTIER'],
      ['Sector', 'sector:21004A71-', 'SECTOR'],
      null,
      null,
    ]);
    expect(count).toBe(1);
  });
});

describe('no N+1', () => {
  const SECTORS = `query($first: Int!) { sectors(first: $first) { edges { node {
    id quartier { id nameFr } commune { id nameNl } bassin { id } groupement { id }
    within { territory { id } confidence }
  } } } }`;

  it('lists 10 or 100 sectors with quartier, commune, bassin and groupement in the same few statements', async () => {
    const measure = (first: number) =>
      stack.territories.db.sql.measure(() =>
        expectData<{ sectors: { edges: unknown[] } }>(stack.gatewayUrl, SECTORS, { first }),
      );
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred.result.sectors.edges).toHaveLength(100);
    expect(hundred.count).toBe(ten.count);
    expect(hundred.count).toBeLessThanOrEqual(5);
  });

  it('locates 2 or 200 points, with every derived layer, in the same few statements', async () => {
    const query = `query($points: [PointInput!]!) { locateMany(points: $points) {
      sector { id } quartier { id } commune { id } bassin { id } groupement { id } region { id } territories { id }
    } }`;
    const points = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        latitude: 50.82 + (i % 20) * 0.003,
        longitude: 4.33 + Math.floor(i / 20) * 0.007,
      }));
    const two = await stack.territories.db.sql.measure(() =>
      expectData(stack.gatewayUrl, query, { points: points(2) }),
    );
    const many = await stack.territories.db.sql.measure(() =>
      expectData(stack.gatewayUrl, query, { points: points(200) }),
    );
    expect(many.count).toBe(two.count);
    expect(many.count).toBeLessThanOrEqual(3);
  });
});

describe('identity and hardening', () => {
  const IMPORT = `mutation { importGroupements(input: { csv: "x", unit: SECTOR, name: "n", source: "s", dryRun: true }) { dryRun } }`;

  it('refuses the admin mutation without a token, and to an editor', async () => {
    await expectErrorCode(stack.gatewayUrl, IMPORT, {}, 'UNAUTHENTICATED');
    await expectErrorCode(stack.gatewayUrl, IMPORT, {}, 'FORBIDDEN', stack.as(Role.EDITOR));
  });

  it('refuses an invalid bearer token with 401', async () => {
    const response = await graphqlRequest(
      stack.gatewayUrl,
      '{ region { id } }',
      {},
      { authorization: 'Bearer abc.def.ghi' },
    );
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ignores an identity sent straight to a subgraph without the gateway secret', async () => {
    const forged = { [IDENTITY_HEADER]: encodeIdentity({ subject: 'mallory', roles: ['admin'] }) };
    await expectErrorCode(stack.territories.url, IMPORT, {}, 'UNAUTHENTICATED', forged);
    await expectErrorCode(stack.territories.url, IMPORT, {}, 'UNAUTHENTICATED', {
      ...forged,
      [GATEWAY_SECRET_HEADER]: 'wrong-secret-wrong-secret-wrong-secret',
    });
    // With the right secret (as the gateway sends it) the identity is trusted: past authentication, into validation.
    await expectErrorCode(stack.territories.url, IMPORT, {}, 'BAD_USER_INPUT', {
      ...forged,
      [GATEWAY_SECRET_HEADER]: TEST_GATEWAY_SECRET,
    });
  });

  it('keeps CSRF prevention on: a GET without a preflight header is refused', async () => {
    const response = await fetch(
      `${stack.gatewayUrl}?query=${encodeURIComponent('{ region { id } }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses operations deeper than the limit and alias floods', async () => {
    const nest = (levels: number): string =>
      levels === 0 ? 'id' : `within { territory { ${nest(levels - 1)} } }`;
    await expectData(stack.gatewayUrl, `{ region { ${nest(5)} } }`);
    const deep = `{ region { ${nest(6)} } }`;
    const tooDeep = await expectErrorCode(stack.gatewayUrl, deep, {}, 'GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.message).toMatch(/levels deep; the limit is 12/);
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: region { id }`).join(' ')} }`;
    const flood = await expectErrorCode(stack.gatewayUrl, aliases, {}, 'GRAPHQL_VALIDATION_FAILED');
    expect(flood.message).toMatch(/40 aliases; the limit is 30/);
  });

  it('answers /health and /ready on the gateway and the subgraph', async () => {
    for (const url of [stack.gatewayUrl, stack.territories.url]) {
      const base = url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
    }
  });
});
