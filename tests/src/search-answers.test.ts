import { expectData } from '@bxl/common/testkit';

import { organisationWithService } from './support/collaborations-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Issue 10 (part 2) and issue 16 through the real gateway, on the embedded engine over the real seed
// and deterministic synthetic services: places named in the query (recognised from the territories
// subgraph's names), real records first, and the answer when nothing matches.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 300, searchIndexer: true });
}, 180_000);
afterAll(() => stack?.stop());

interface Answer {
  total: number;
  hits: Array<{
    synthetic: boolean;
    service: { id: string };
  }>;
  noResults: {
    message: string;
    suggestions: Array<{ kind: string; code: string; labelFr: string; labelNl: string }>;
    relaxedQuery: string | null;
    relaxedWithout: string[];
    relaxedTotal: number;
  } | null;
}

const SEARCH = `query($query: String!, $filters: SearchFilters, $language: Language, $first: Int = 5) {
  searchServices(query: $query, filters: $filters, language: $language, first: $first) {
    total
    hits { synthetic service { id } }
    noResults { message suggestions { kind code labelFr labelNl } relaxedQuery relaxedWithout relaxedTotal }
  }
}`;

const search = async (variables: Record<string, unknown>) =>
  (await expectData<{ searchServices: Answer }>(stack.gatewayUrl, SEARCH, variables))
    .searchServices;

/** Services of a type operating in a territory, as the actors subgraph says (located in or serving). */
async function operating(type: string, territory: string): Promise<Set<string>> {
  const data = await expectData<{ services: { edges: Array<{ node: { id: string } }> } }>(
    stack.gatewayUrl,
    `query($types: [String!], $territory: ID!) {
      services(filter: { types: $types, territory: $territory, mode: BOTH }, first: 500) { edges { node { id } } } }`,
    { types: [type], territory },
  );
  return new Set(data.services.edges.map((edge) => edge.node.id));
}

describe('a place in the query', () => {
  it.each([
    ['CPAS de Molenbeek', 'cpas', 'commune:21012'],
    ['maison médicale Schaerbeek', 'medical-house', 'commune:21015'],
    ['OCMW Sint-Jans-Molenbeek', 'cpas', 'commune:21012'],
    ['SSM Elsene', 'mental-health', 'commune:21009'],
  ])('"%s": the first hits are of that kind and operate there', async (query, type, place) => {
    const there = await operating(type, place);
    expect(there.size).toBeGreaterThan(0);
    const { hits } = await search({ query });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits.slice(0, Math.min(there.size, 5))) {
      expect([hit.service.id, there.has(hit.service.id)]).toEqual([hit.service.id, true]);
    }
  });
});

describe('real records first (issue 16)', () => {
  it.each([
    'médiation de dettes',
    'service de santé mentale',
    'maison médicale',
    'planning familial',
  ])('"%s" puts a real record first', async (query) => {
    const { hits } = await search({ query, first: 100 });
    expect(hits[0]?.synthetic).toBe(false);
    // Synthetic services of the kind are found too: the order, not a filter, puts the real one first.
    expect(hits.some((hit) => hit.synthetic)).toBe(true);
  });
});

describe('coarse placement in a territory search (issue 16)', () => {
  const MAROLLES = 'groupement:provisional-clss:marolles';
  const PLACED = `query($filters: SearchFilters, $after: String) {
    searchServices(query: "", filters: $filters, first: 100, after: $after) {
      total endCursor hasNextPage
      hits { synthetic probable service { id nameFr } site { id possibleTerritoryIds } }
      facets { groupements { value count } }
    }
  }`;
  interface Placed {
    total: number;
    endCursor: string | null;
    hasNextPage: boolean;
    hits: Array<{
      synthetic: boolean;
      probable: boolean;
      service: { id: string; nameFr: string };
      site: { id: string; possibleTerritoryIds: string[] } | null;
    }>;
    facets: { groupements: Array<{ value: string; count: number }> };
  }
  /** Every page of the filtered list, in order. */
  async function placed(filters: Record<string, unknown>): Promise<Placed> {
    const pages: Placed[] = [];
    let after: string | null = null;
    do {
      const page: Placed = (
        await expectData<{ searchServices: Placed }>(stack.gatewayUrl, PLACED, { filters, after })
      ).searchServices;
      pages.push(page);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    return { ...(pages[0] as Placed), hits: pages.flatMap((page) => page.hits) };
  }

  it('lists the real SSM of Entr’aide des Marolles in groupement Marolles, flagged probable, after the sure ones', async () => {
    const { hits, total } = await placed({ territory: MAROLLES });
    expect(total).toBe(hits.length);
    const ssm = hits.find(
      (hit) => hit.service.nameFr === "Entr'aide des Marolles – service de santé mentale",
    );
    expect(ssm?.probable).toBe(true);
    expect(ssm?.site?.possibleTerritoryIds).toContain(MAROLLES);
    // Flagged exactly when the site may lie there without being known to.
    for (const hit of hits) {
      expect([hit.service.id, hit.probable]).toEqual([
        hit.service.id,
        Boolean(hit.site?.possibleTerritoryIds.includes(MAROLLES)),
      ]);
    }
    // Real before synthetic; within each, sure placements before probable ones.
    const rank = (hit: Placed['hits'][number]) => Number(hit.synthetic) * 2 + Number(hit.probable);
    const ranks = hits.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(hits.some((hit) => !hit.probable)).toBe(true);
  });

  it('keeps the groupement facet and filter to sure placements, as the counts say', async () => {
    const sure = await placed({ groupements: [MAROLLES] });
    expect(sure.hits.every((hit) => !hit.probable)).toBe(true);
    expect(sure.hits.some((hit) => hit.service.nameFr.startsWith("Entr'aide des Marolles"))).toBe(
      false,
    );
    const facet = (await placed({})).facets.groupements.find((row) => row.value === MAROLLES);
    expect(facet?.count ?? 0).toBe(sure.total);
    // The territory filter (located in) finds more: the coarse sites that may lie there.
    const located = await placed({ territory: MAROLLES, mode: 'LOCATED_IN' });
    expect(located.total).toBeGreaterThan(sure.total);
    expect(located.hits.filter((hit) => !hit.probable)).toHaveLength(sure.total);
  });

  it('does not flag a hit when the territory is served, not placed (mode SERVES)', async () => {
    const { hits } = await placed({ territory: MAROLLES, mode: 'SERVES' });
    expect(hits.every((hit) => !hit.probable)).toBe(true);
  });
});

describe('an exact name, then the need the words name (issue 10)', () => {
  const HITS = `query($query: String!) { searchServices(query: $query, first: 5) {
    hits { service { id nameFr needs { need { code } } } } } }`;
  const first = async (query: string) =>
    (
      await expectData<{
        searchServices: {
          hits: Array<{
            service: { id: string; nameFr: string; needs: Array<{ need: { code: string } }> };
          }>;
        };
      }>(stack.gatewayUrl, HITS, { query })
    ).searchServices.hits[0]?.service;

  it('a service named with the words as typed comes first; otherwise one meeting the need', async () => {
    // Of type "other": it meets no mental-health need, only its name says "psychologue" (which
    // mental-health services meet in full: without the exact-name rule they would come first).
    const { serviceId } = await organisationWithService(stack, 'other', 'Psychologue du Midi');
    const deadline = Date.now() + 15_000;
    while ((await first('psychologue'))?.id !== serviceId) {
      if (Date.now() > deadline) {
        throw new Error('the service named "Psychologue du Midi" never came first');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Words of the same need that name no service: a service meeting the need comes first.
    const byNeed = await first('dépression');
    expect(byNeed?.needs.map((item) => item.need.code)).toContain('mental-health');
  });
});

describe('when nothing matches', () => {
  it('says so, offers the nearest service types and a relaxed query', async () => {
    const answer = await search({ query: 'mediatoin dettes zzqxv' });
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.noResults).toBeNull();
    const none = await search({
      query: 'planning familial',
      filters: { communes: ['commune:21017'], languages: ['ar'], synthetic: false },
    });
    expect(none.total).toBe(0);
    expect(none.noResults?.message).toBe(
      'Aucun service ne correspond à « planning familial » avec ces filtres.',
    );
    expect(none.noResults?.suggestions[0]).toEqual({
      kind: 'TYPE',
      code: 'family-planning',
      labelFr: 'Centre de planning familial',
      labelNl: 'Centrum voor gezinsplanning',
    });
    expect(none.noResults?.relaxedQuery).toBe('planning familial');
    expect(none.noResults?.relaxedWithout).toEqual(['communes', 'languages', 'synthetic']);
    expect(none.noResults?.relaxedTotal).toBeGreaterThan(0);
  });

  it('words none of which is known find nothing (not the whole directory), in the language asked', async () => {
    const answer = await search({ query: 'xyzzy plouf', language: 'NL' });
    expect(answer.total).toBe(0);
    expect(answer.hits).toEqual([]);
    expect(answer.noResults?.message).toBe('Geen dienst gevonden voor „xyzzy plouf”.');
    expect(answer.noResults?.relaxedQuery).toBeNull();
  });

  it('suggests the needs nearest to the words too', async () => {
    const answer = await search({
      query: 'aide alimentaire',
      filters: { communes: ['commune:21017'], languages: ['ar'], synthetic: false },
    });
    expect(answer.total).toBe(0);
    expect(answer.noResults?.suggestions).toContainEqual({
      kind: 'NEED',
      code: 'food-aid',
      labelFr: 'Aide alimentaire',
      labelNl: 'Voedselhulp',
    });
  });

  it('a relaxed query keeps the words that find something', async () => {
    const answer = await search({
      query: 'médiation de dettes xyzzyq',
      filters: { synthetic: false, communes: ['commune:21017'] },
    });
    expect(answer.total).toBe(0);
    expect(answer.noResults?.relaxedQuery).toBe('médiation de dettes xyzzyq');
    expect(answer.noResults?.relaxedWithout).toEqual(['communes', 'synthetic']);
  });
});
