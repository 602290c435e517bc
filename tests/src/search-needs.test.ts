// Issue 10: what a professional types as a need finds the services that meet it — on the seeded
// directory of a fresh `npm start` (the real records and 2,000 synthetic services), through the
// gateway, on the embedded PostgreSQL engine (the engine contract suite covers Meilisearch).
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 2000, searchIndexer: true });
  await caughtUp();
}, 300_000);
afterAll(() => stack?.stop());

/** Polls until `check` holds (bounded: the indexer follows the change log by LISTEN/NOTIFY). */
async function within(ms: number, check: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) {
      throw new Error(`not within ${ms} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const caughtUp = () =>
  within(120_000, async () => {
    const { searchStatus } = await expectData<{
      searchStatus: { lagChanges: number; serviceDocuments: number };
    }>(stack.gatewayUrl, '{ searchStatus { lagChanges serviceDocuments } }');
    return searchStatus.serviceDocuments > 0 && searchStatus.lagChanges === 0;
  });

interface Hit {
  synthetic: boolean;
  service: {
    id: string;
    nameFr: string | null;
    types: Array<{ code: string }>;
    publics: Array<{ code: string }>;
  };
}
interface SearchAnswer {
  total: number;
  hits: Hit[];
  facets: { needs: Array<{ value: string; count: number }> };
}

const SEARCH = `query($q: String!, $language: Language, $needs: [String!], $first: Int) {
  searchServices(query: $q, language: $language, filters: { needs: $needs }, first: $first) {
    total hits { synthetic service { id nameFr types { code } publics { code } } }
    facets { needs { value count } } } }`;

const search = async (q: string, language: 'FR' | 'NL', extra: Record<string, unknown> = {}) =>
  (
    await expectData<{ searchServices: SearchAnswer }>(stack.gatewayUrl, SEARCH, {
      q,
      language,
      first: 5,
      ...extra,
    })
  ).searchServices;

const hasType =
  (...codes: string[]) =>
  (hit: Hit) =>
    hit.service.types.some((type) => codes.includes(type.code));
const forHomeless = (hit: Hit) =>
  hit.service.publics.some((item) => item.code === 'homeless') || hasType('day-centre')(hit);

/** [what is typed, language, what the first hit must be, the kind in words]. */
const CASES: Array<[string, 'FR' | 'NL', (hit: Hit) => boolean, string]> = [
  ['huisarts', 'NL', hasType('medical-house'), 'a maison médicale'],
  ['huisarts', 'FR', hasType('medical-house'), 'a maison médicale'],
  ['médecin généraliste', 'FR', hasType('medical-house'), 'a maison médicale'],
  ['leefloon', 'NL', hasType('cpas'), 'a CPAS'],
  ['leefloon', 'FR', hasType('cpas'), 'a CPAS'],
  ["revenu d'intégration", 'FR', hasType('cpas'), 'a CPAS'],
  ['contraception', 'FR', hasType('family-planning'), 'a planning centre'],
  ['anticonceptie', 'NL', hasType('family-planning'), 'a planning centre'],
  ['psychologue', 'FR', hasType('mental-health'), 'an SSM'],
  ['psycholoog', 'NL', hasType('mental-health'), 'an SSM'],
  ['dépression', 'FR', hasType('mental-health'), 'an SSM'],
  ['sans-abri', 'FR', forHomeless, 'a service for homeless people'],
  ['daklozen', 'NL', forHomeless, 'a service for homeless people'],
  ['aide alimentaire', 'FR', hasType('cpas', 'casg', 'day-centre'), 'a CPAS, CASG or day centre'],
  ['voedselhulp', 'NL', hasType('cpas', 'casg', 'day-centre'), 'a CPAS, CASG or day centre'],
  ['thuisverpleging', 'NL', hasType('home-care-coordination'), 'a home care coordination'],
  [
    'soins infirmiers à domicile',
    'FR',
    hasType('home-care-coordination'),
    'a home care coordination',
  ],
  ['factures impayées', 'FR', hasType('debt-mediation'), 'a debt mediation service'],
  ['deurwaarder', 'NL', hasType('debt-mediation'), 'a debt mediation service'],
];

describe('a need typed finds a service of the kind that meets it first', () => {
  it.each(CASES)('"%s" (%s) puts first %#', async (q, language, first, kind) => {
    const answer = await search(q, language);
    const top = answer.hits[0];
    const shown = answer.hits.map(
      (hit) => `${hit.service.nameFr} [${hit.service.types.map((t) => t.code).join(',')}]`,
    );
    expect({ q, kind, first: top ? first(top) : false, hits: shown }).toMatchObject({
      first: true,
    });
  });
});

describe('the needs filter and facet', () => {
  it('filters by need (a list without words), and counts needs over every hit', async () => {
    const answer = await search('', 'FR', { needs: ['gp-care'], first: 50 });
    expect(answer.total).toBeGreaterThan(5);
    expect(answer.hits.every(hasType('medical-house', 'cssi'))).toBe(true);
    expect(answer.facets.needs.find((facet) => facet.value === 'gp-care')?.count).toBe(
      answer.total,
    );
    const words = await search('maison médicale', 'FR', { first: 50 });
    const counted = words.facets.needs.find((facet) => facet.value === 'gp-care')?.count ?? 0;
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThanOrEqual(words.total);
  });

  it('an unknown need is BAD_USER_INPUT naming filters.needs', async () => {
    const error = await expectErrorCode(
      stack.gatewayUrl,
      SEARCH,
      { q: '', needs: ['teleportation'] },
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(error.extensions)).toContain('filters.needs');
  });
});

describe('an admin’s change to a need reaches search', () => {
  const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { code } }`;
  const UPDATE = `mutation($code: String!, $input: NeedInput!) { updateNeed(code: $code, input: $input) { code } }`;
  const content = (publicCode: string) => ({
    labelFr: '[Test] Besoin synthétique',
    labelNl: '[Test] Synthetische nood',
    wordsFr: ['zéphyrbesoin'],
    wordsNl: [],
    links: [{ taxonomy: 'TARGET_PUBLIC', code: publicCode, partial: false }],
  });
  /** Documents of services for a public (the expected hits), counted by the public filter. */
  const documentsFor = async (publicCode: string) =>
    (
      await expectData<{ searchServices: { total: number } }>(
        stack.gatewayUrl,
        `query($p: [String!]) { searchServices(query: "", filters: { publics: $p }) { total } }`,
        { p: [publicCode] },
      )
    ).searchServices.total;
  const publicsOfHits = async () => {
    const answer = await search('zephyrbesoin', 'FR', { first: 100 });
    return { total: answer.total, hits: answer.hits.map((hit) => hit.service.publics) };
  };

  it('reindexes the services of its publics, before and after the change', async () => {
    const admin = stack.as(Role.ADMIN);
    await expectData(
      stack.gatewayUrl,
      CREATE,
      { input: { code: 'test-zephyr', ...content('carers') } },
      admin,
    );
    await caughtUp();
    const created = await publicsOfHits();
    expect(created.total).toBeGreaterThan(0);
    expect(created.total).toBe(await documentsFor('carers'));
    expect(created.hits.every((publics) => publics.some((p) => p.code === 'carers'))).toBe(true);

    await expectData(
      stack.gatewayUrl,
      UPDATE,
      { code: 'test-zephyr', input: content('lgbtqia') },
      admin,
    );
    await caughtUp();
    const updated = await publicsOfHits();
    expect(updated.total).toBeGreaterThan(0);
    expect(updated.total).toBe(await documentsFor('lgbtqia'));
    // The carers' services were reindexed too: the word no longer finds them.
    expect(updated.hits.every((publics) => publics.some((p) => p.code === 'lgbtqia'))).toBe(true);
  });
});
