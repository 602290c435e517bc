import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { Role, startTestStack, TEST_SIGNING_KEY } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The search subgraph through the real gateway, on the embedded engine, over the real and synthetic seed.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 400, searchIndexer: true });
}, 180_000);
afterAll(() => stack?.stop());

const sql = <T>(query: string, params: unknown[] = []) =>
  stack.actors.db.em.fork().execute<T[]>(query, params);

interface Hit {
  score: number;
  distanceMeters: number | null;
  synthetic: boolean;
  service: {
    id: string;
    nameFr: string | null;
    types: Array<{ code: string }>;
    organisation: { id: string };
  };
  site: { id: string; commune: { id: string; nameFr: string }; openAt?: boolean | null } | null;
  highlights: Array<{ field: string; language: string; snippet: string }>;
}
interface Results {
  total: number;
  hits: Hit[];
  endCursor: string | null;
  hasNextPage: boolean;
  language: string;
  engine: string;
  facets: Record<string, Array<{ value: string; count: number }>>;
}

const SEARCH = `query($query: String!, $filters: SearchFilters, $near: NearInput, $sort: SearchSort, $first: Int, $after: String, $language: Language, $at: DateTimeISO!) {
  searchServices(query: $query, filters: $filters, near: $near, sort: $sort, first: $first, after: $after, language: $language) {
    total endCursor hasNextPage language engine
    hits { score distanceMeters synthetic highlights { field language snippet }
      service { id nameFr types { code } organisation { id } }
      site { id commune { id nameFr } openAt(at: $at) } }
    facets { types { value count } bassins { value count } groupements { value count } communes { value count }
      languages { value count } publics { value count } access { value count } authorities { value count }
      synthetic { value count } }
  }
}`;

const SATURDAY_10 = '2026-11-28T09:00:00.000Z'; // Saturday 10:00 in Brussels (CET), not a public holiday

async function search(
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Results> {
  const data = await expectData<{ searchServices: Results }>(
    stack.gatewayUrl,
    SEARCH,
    { at: SATURDAY_10, ...variables },
    headers,
  );
  return data.searchServices;
}

/** Documents the index must hold for a type: (service, site) pairs of active services, counted in SQL. */
async function documentsOfType(type: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `select count(*)::int as n from actors.service s
     left join actors.service_at_site x on x.service_id = s.id
     left join actors.site t on t.id = x.site_id and t.archived_at is null
     where ? = any(s.type_codes) and s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')
       and (x.site_id is null or t.id is not null)`,
    [type],
  );
  return row?.n ?? 0;
}

/** Documents the whole index must hold: one per service and site; an archived service is delivered nowhere (one). */
async function documentCount(): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `select count(*)::int as n from actors.service s
     left join actors.service_at_site x on x.service_id = s.id and s.archived_at is null
     left join actors.site t on t.id = x.site_id and t.archived_at is null
     where x.site_id is null or t.id is not null`,
  );
  return row?.n ?? 0;
}

describe('finding services through the gateway', () => {
  it('"schuldbemiddeling" (Dutch) finds every debt-mediation service at every site, with facets', async () => {
    const results = await search({ query: 'schuldbemiddeling', first: 100 });
    const expected = await documentsOfType('debt-mediation');
    expect(results.engine).toBe('postgres');
    expect(results.facets.types).toContainEqual({ value: 'debt-mediation', count: expected });
    // Others only when their own words say it (e.g. a planning centre "et service de médiation de dettes").
    for (const hit of results.hits) {
      const typed = hit.service.types.some((type) => type.code === 'debt-mediation');
      expect(typed || hit.highlights.some((highlight) => /<mark>/.test(highlight.snippet))).toBe(
        true,
      );
    }
    expect(results.total).toBeGreaterThanOrEqual(expected);
    expect(
      results.hits
        .slice(0, expected)
        .every((hit) => hit.service.types.some((type) => type.code === 'debt-mediation')),
    ).toBe(true);
  });

  it('"planing familial schaerbeek" (typo, no accents) finds the family-planning services of Schaerbeek first', async () => {
    const results = await search({ query: 'planing familial schaerbeek' });
    expect(results.hits.length).toBeGreaterThan(0);
    const [first] = results.hits;
    expect(first?.service.types.map((type) => type.code)).toContain('family-planning');
    expect(first?.site?.commune.id).toBe('commune:21015');
    expect(first?.highlights.map((highlight) => highlight.field)).toContain('name');
  });

  it('an empty query is the filtered list, by name, with exact totals', async () => {
    const results = await search({
      query: '',
      filters: { types: ['mental-health'], communes: ['commune:21012'] },
      first: 100,
    });
    const [row] = await sql<{ n: number }>(
      `select count(*)::int as n from actors.service s join actors.service_at_site x on x.service_id = s.id
       join actors.site t on t.id = x.site_id and t.archived_at is null
       where 'mental-health' = any(s.type_codes) and 'commune:21012' = any(t.territory_ids)
         and s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')`,
    );
    expect(results.total).toBe(row?.n);
    expect(results.hits.every((hit) => hit.site?.commune.id === 'commune:21012')).toBe(true);
  });

  it('open at an instant: every hit’s site is open then (actors’ own opening-hours check agrees)', async () => {
    const results = await search({ query: '', filters: { openAt: SATURDAY_10 }, first: 100 });
    expect(results.total).toBeGreaterThan(0);
    for (const hit of results.hits) {
      expect(hit.site?.openAt).toBe(true);
    }
  });

  it('near a point: distances within the radius, nearest first', async () => {
    const near = { latitude: 50.8467, longitude: 4.3525, radiusMeters: 1500 };
    const results = await search({ query: '', near, sort: 'DISTANCE', first: 100 });
    expect(results.total).toBeGreaterThan(0);
    const distances = results.hits.map((hit) => hit.distanceMeters as number);
    expect(distances.every((distance) => distance <= 1500)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('pages with endCursor, without overlap, to the total', async () => {
    const first = await search({ query: 'CPAS', first: 5 });
    expect(first.hasNextPage).toBe(first.total > 5);
    const second = await search({ query: 'CPAS', first: 5, after: first.endCursor });
    const ids = (results: Results) =>
      results.hits.map((hit) => `${hit.service.id}@${hit.site?.id}`);
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
  });

  it('answers in Dutch when asked (argument or Accept-Language)', async () => {
    const asked = await search({ query: 'schuldbemiddeling', language: 'NL', first: 3 });
    expect(asked.language).toBe('NL');
    expect(asked.hits[0]?.highlights.every((highlight) => highlight.language === 'NL')).toBe(true);
    const header = await search(
      { query: 'gezinsplanning', first: 3 },
      { 'accept-language': 'nl-BE' },
    );
    expect(header.language).toBe('NL');
  });

  it('synthetic hits say so', async () => {
    const results = await search({ query: 'SSM', first: 100 });
    const synthetic = results.hits.filter((hit) => hit.synthetic);
    expect(synthetic.length).toBeGreaterThan(0);
    expect(synthetic.every((hit) => hit.service.nameFr?.startsWith('[Synthetic]'))).toBe(true);
  });

  it('filters real or synthetic records, and counts both in a facet', async () => {
    const [row] = await sql<{ real: number; synthetic: number }>(
      `select count(*) filter (where not s.synthetic)::int as real, count(*) filter (where s.synthetic)::int as synthetic
       from actors.service s join actors.service_at_site x on x.service_id = s.id
       join actors.site t on t.id = x.site_id and t.archived_at is null
       where s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')`,
    );
    const both = await search({ query: '', first: 1 });
    expect(both.facets.synthetic).toEqual(
      expect.arrayContaining([
        { value: 'false', count: expect.any(Number) },
        { value: 'true', count: expect.any(Number) },
      ]),
    );
    const real = await search({ query: '', filters: { synthetic: false }, first: 100 });
    expect(real.hits.length).toBeGreaterThan(0);
    expect(real.hits.every((hit) => !hit.synthetic)).toBe(true);
    expect(real.facets.synthetic).toEqual([{ value: 'false', count: real.total }]);
    const synthetic = await search({ query: 'SSM', filters: { synthetic: true }, first: 100 });
    expect(synthetic.hits.every((hit) => hit.synthetic)).toBe(true);
    // Real services without a site are one document each: at least the real documents at a site.
    expect(real.total).toBeGreaterThanOrEqual(row?.real ?? 0);
    const synthetics = await search({ query: '', filters: { synthetic: true }, first: 1 });
    expect(synthetics.total).toBeGreaterThanOrEqual(row?.synthetic ?? 0);
    expect(real.total + synthetics.total).toBe(both.total);
  });

  it('finds organisations and completes what is typed', async () => {
    const data = await expectData<{
      searchOrganisations: { hits: Array<{ organisation: { id: string; nameFr: string } }> };
      searchSuggestions: Array<{ text: string; kind: string }>;
    }>(
      stack.gatewayUrl,
      `{ searchOrganisations(query: "free clinic", first: 3) { hits { organisation { id nameFr } } }
         searchSuggestions(prefix: "planning fam") { text kind } }`,
    );
    expect(data.searchOrganisations.hits[0]?.organisation.nameFr).toBe('Free Clinic');
    expect(data.searchSuggestions).toContainEqual({
      text: 'Centre de planning familial',
      kind: 'TYPE',
    });
  });

  it('searchStatus: the engine, its documents as the database has them (and in memory), no lag', async () => {
    const data = await expectData<{
      searchStatus: {
        engine: string;
        available: boolean;
        serviceDocuments: number;
        serviceDocumentsInMemory: number | null;
        lagChanges: number;
      };
    }>(
      stack.gatewayUrl,
      '{ searchStatus { engine available serviceDocuments serviceDocumentsInMemory lagChanges } }',
    );
    const documents = await documentCount();
    expect(data.searchStatus).toEqual({
      engine: 'postgres',
      available: true,
      serviceDocuments: documents,
      serviceDocumentsInMemory: documents,
      lagChanges: 0,
    });
  });
});

describe('bad input', () => {
  it.each([
    ['a query over 500 characters', { query: 'x'.repeat(501) }, 'query'],
    ['an unknown service type', { query: '', filters: { types: ['nope'] } }, 'filters.types'],
    ['an unknown public', { query: '', filters: { publics: ['martians'] } }, 'filters.publics'],
    [
      'an unknown bassin',
      { query: '', filters: { bassins: ['bassin:atlantide'] } },
      'filters.bassins',
    ],
    [
      'an unknown territory',
      { query: '', filters: { territory: 'commune:99999' } },
      'filters.territory',
    ],
    [
      'an unknown authority',
      { query: '', filters: { authorities: ['ONU'] } },
      'filters.authorities',
    ],
    [
      'a latitude out of range',
      { query: '', near: { latitude: 91, longitude: 4.35 } },
      'near.latitude',
    ],
    [
      'a zero radius',
      { query: '', near: { latitude: 50.8, longitude: 4.35, radiusMeters: 0 } },
      'near.radiusMeters',
    ],
    ['DISTANCE without a point', { query: '', sort: 'DISTANCE' }, 'sort'],
    ['a page too large', { query: '', first: 1000 }, 'first'],
    ['a foreign cursor', { query: '', after: 'bm90LWEtY3Vyc29y' }, 'after'],
  ])('%s → BAD_USER_INPUT naming %s', async (_case, variables, field) => {
    const error = await expectErrorCode(
      stack.gatewayUrl,
      SEARCH,
      { at: SATURDAY_10, ...variables },
      'BAD_USER_INPUT',
    );
    const problems = (error.extensions?.problems ?? []) as Array<{ field: string }>;
    expect(problems.map((problem) => problem.field)).toContain(field);
  });

  it('archived services: FORBIDDEN to ask anonymously; editors see them, nobody else does', async () => {
    const [archived] = await sql<{ id: string }>(
      `update actors.service set archived_at = now() where id = (select id from actors.service where synthetic order by id limit 1) returning id`,
    );
    await stack.search.indexer.catchUp();
    await stack.search.services.engine.removeServices([archived?.id as string]);
    // Reindexed from the directory (a direct update wrote no change-log row): archived, so flagged.
    await stack.search.indexer.rebuild();
    const byName = async (headers: Record<string, string>, includeArchived?: boolean) =>
      (
        await search(
          { query: '', filters: { organisation: null, includeArchived }, first: 100, sort: 'NAME' },
          headers,
        )
      ).total;
    await expectErrorCode(
      stack.gatewayUrl,
      SEARCH,
      { at: SATURDAY_10, query: '', filters: { includeArchived: true } },
      'FORBIDDEN',
    );
    const everyone = await byName({});
    const editors = await byName(stack.as(Role.EDITOR), true);
    expect(editors).toBe(everyone + 1);
  });
});

describe('a full reindex', () => {
  it('is for admins only; `npm run reindex` rebuilds through the gateway what the database holds', async () => {
    const mutation = 'mutation { reindexSearch { services organisations engine } }';
    await expectErrorCode(stack.gatewayUrl, mutation, {}, 'UNAUTHENTICATED');
    await expectErrorCode(stack.gatewayUrl, mutation, {}, 'FORBIDDEN', stack.as(Role.EDITOR));
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'reindex'], {
      cwd: resolve(__dirname, '../..'),
      env: {
        ...process.env,
        GATEWAY_URL: stack.gatewayUrl,
        AUTH_SIGNING_KEYS: `${TEST_SIGNING_KEY.kid}:${TEST_SIGNING_KEY.secret}`,
      },
    });
    const documents = await documentCount();
    expect(stdout).toMatch(
      new RegExp(`^reindexed ${documents} service documents and \\d+ organisations on postgres`),
    );
    expect(await stack.search.services.engine.count('services')).toBe(documents);
  });
});

describe('what is not asked is not computed', () => {
  it('highlights are written only when selected (directly or in a fragment)', async () => {
    const engine = stack.search.services.engine as unknown as { statements: number };
    const sent = async (selection: string) => {
      const before = engine.statements;
      const data = await expectData<{
        searchServices: { hits: Array<{ highlights?: Array<{ snippet: string }> }> };
      }>(
        stack.gatewayUrl,
        `query { searchServices(query: "santé mentale", first: 5) { hits { ${selection} } } }
         fragment marks on ServiceHit { highlights { snippet } }`.replace(
          selection.includes('...marks') ? '' : /fragment marks[^}]*}[^}]*}/,
          '',
        ),
      );
      return { statements: engine.statements - before, hits: data.searchServices.hits };
    };
    await sent('score'); // the words' facts, once
    const without = await sent('score');
    const direct = await sent('score highlights { snippet }');
    const spread = await sent('score ...marks');
    expect(direct.statements).toBe(without.statements + 1);
    expect(spread.statements).toBe(direct.statements);
    expect(
      direct.hits.some((hit) => hit.highlights?.some((h) => h.snippet.includes('<mark>'))),
    ).toBe(true);
    expect(spread.hits).toEqual(direct.hits);
  });
});

describe('no N+1 through the gateway', () => {
  it('a page of 10 or 50 hits with their services, organisations, sites and communes: the same SQL count in actors', async () => {
    const query = `query($first: Int) { searchServices(query: "", first: $first) { hits {
      service { nameFr types { code } organisation { nameFr } } site { nameFr commune { nameFr } } } } }`;
    const statements = async (first: number) =>
      (await stack.actors.db.sql.measure(() => expectData(stack.gatewayUrl, query, { first })))
        .count;
    const small = await statements(10);
    const large = await statements(50);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });
});
