import { expectData } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Territory lists with each territory's services and service counts (issue 11): actors asks the
// territories subgraph about every territory of a list in one request, and finds their services in
// one statement, not one of each per territory.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 100 });
}, 120_000);
afterAll(() => stack?.stop());

const LIST = (kinds: string) => `{ quartiers(kinds: [${kinds}]) { id
  services(first: 5) { totalCount edges { node { id probableIn(territory: "bassin:sud") } } }
  serviceCounts { type { code } total } } }`;

async function measure(kinds: string) {
  const before = { actors: stack.actors.db.sql.count, territories: stack.territories.db.sql.count };
  const started = Date.now();
  const data = await expectData<{ quartiers: Array<{ id: string }> }>(
    stack.gatewayUrl,
    LIST(kinds),
  );
  return {
    items: data.quartiers.length,
    ms: Date.now() - started,
    actors: stack.actors.db.sql.count - before.actors,
    territories: stack.territories.db.sql.count - before.territories,
  };
}

describe('territory lists with their services', () => {
  it('costs the same few statements for a few quartiers as for all 145, in well under 2 s', async () => {
    // All first, while actors has nothing cached about any territory.
    const all = await measure('INHABITED, PARK, INDUSTRIAL, CEMETERY');
    const few = await measure('PARK, CEMETERY');
    expect(few.items).toBeLessThan(30);
    expect(all.items).toBe(145);
    // Actors: the services of every quartier in one statement, their counts in another.
    expect(all.actors).toBe(few.actors);
    expect(all.actors).toBeLessThanOrEqual(8);
    // Territories: the list itself, then one batch of related territories (a few loaders' statements): one
    // request per quartier made several hundred.
    expect(all.territories).toBeLessThanOrEqual(13);
    expect(all.ms).toBeLessThan(2_000);
  });
});

describe('a territory list’s services are those services(filter: { territory }) gives', () => {
  const IDS = `{ edges { node { id } } }`;
  it.each(['BOTH', 'LOCATED_IN', 'SERVES'])('mode %s, for every commune', async (mode) => {
    const listed = await expectData<{
      communes: Array<{ id: string; services: { edges: Array<{ node: { id: string } }> } }>;
    }>(
      stack.gatewayUrl,
      `query($mode: TerritoryMode) { communes { id services(first: 500, filter: { mode: $mode }) ${IDS} } }`,
      { mode },
    );
    for (const commune of listed.communes) {
      const alone = await expectData<{ services: { edges: Array<{ node: { id: string } }> } }>(
        stack.gatewayUrl,
        `query($t: ID!, $mode: TerritoryMode) { services(first: 500, filter: { territory: $t, mode: $mode }) ${IDS} }`,
        { t: commune.id, mode },
      );
      expect(commune.services.edges.map((edge) => edge.node.id)).toEqual(
        alone.services.edges.map((edge) => edge.node.id),
      );
    }
    expect(listed.communes.some((commune) => commune.services.edges.length > 0)).toBe(true);
  });
});
