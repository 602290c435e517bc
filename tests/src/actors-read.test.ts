import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 2000 });
}, 120_000);
afterAll(() => stack?.stop());

const sql = <T>(query: string, params: unknown[] = []) =>
  stack.actors.db.em.fork().execute<T[]>(query, params);

/**
 * Active, not archived services of a type with a (not archived) site in a territory — surely, or
 * also possibly (a site placed by its commune or sub-municipality only): counted in SQL.
 */
async function countLocated(type: string, territory: string, possibly = false): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `select count(distinct s.id)::int as n from actors.service s
     join actors.service_at_site x on x.service_id = s.id join actors.site t on t.id = x.site_id
     where ? = any(s.type_codes) and (? = any(t.territory_ids) or (? and ? = any(t.possible_territory_ids)))
       and s.archived_at is null and t.archived_at is null
       and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')`,
    [type, territory, possibly, territory],
  );
  return row?.n ?? 0;
}

/** Services of a type declaring an area that is the territory, contains it, or lies in it: counted in SQL. */
async function countServing(type: string, territory: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `with related(id) as (
       select ?::text union select parent_id from territories.membership where child_id = ?
       union select child_id from territories.membership where parent_id = ?)
     select count(*)::int as n from actors.service s
     where ? = any(s.type_codes) and s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')
       and exists (select 1 from related r where r.id = any(s.service_area_ids))`,
    [territory, territory, territory, type],
  );
  return row?.n ?? 0;
}

const GARE_DE_L_OUEST = 'groupement:provisional-clss:gare-de-l-ouest';

describe('which services operate in a territory', () => {
  it('lists the SSM located in bassin Sud as SQL counts them, and serviceCounts agrees', async () => {
    const data = await expectData<{
      services: { totalCount: number; edges: Array<{ node: { types: Array<{ code: string }> } }> };
      territory: { serviceCounts: Array<{ type: { code: string }; locatedIn: number }> };
    }>(
      stack.gatewayUrl,
      `{ services(filter: { types: ["mental-health"], territory: "bassin:sud", mode: LOCATED_IN }, first: 500) {
           totalCount edges { node { types { code } } } }
         territory(id: "bassin:sud") { ... on Bassin { serviceCounts { type { code } locatedIn } } } }`,
    );
    const expected = await countLocated('mental-health', 'bassin:sud');
    expect(expected).toBeGreaterThan(5);
    // The list also has the SSM placed by commune only whose commune reaches into the bassin.
    const possibly = await countLocated('mental-health', 'bassin:sud', true);
    expect(possibly).toBeGreaterThan(expected);
    expect(data.services.totalCount).toBe(possibly);
    expect(
      data.services.edges.every((edge) => edge.node.types.some((t) => t.code === 'mental-health')),
    ).toBe(true);
    expect(
      data.territory.serviceCounts.find((c) => c.type.code === 'mental-health')?.locatedIn,
    ).toBe(expected);
  });

  it('lists the debt-mediation services serving groupement Gare de l’Ouest as SQL counts them', async () => {
    const data = await expectData<{
      territory: {
        services: { totalCount: number };
        serviceCounts: Array<{ type: { code: string }; serves: number }>;
      };
    }>(
      stack.gatewayUrl,
      `query($id: ID!) { territory(id: $id) { ... on Groupement {
         services(filter: { types: ["debt-mediation"], mode: SERVES }, first: 100) { totalCount }
         serviceCounts { type { code } serves } } } }`,
      { id: GARE_DE_L_OUEST },
    );
    const expected = await countServing('debt-mediation', GARE_DE_L_OUEST);
    expect(expected).toBeGreaterThan(0);
    expect(data.territory.services.totalCount).toBe(expected);
    expect(data.territory.serviceCounts.find((c) => c.type.code === 'debt-mediation')?.serves).toBe(
      expected,
    );
  });

  it('combines type, territory, language, access and opening-hours filters, every answer meeting them all', async () => {
    const saturday = '2026-11-28T09:30:00.000Z'; // 10:30 in Brussels
    const { services } = await expectData<{
      services: {
        edges: Array<{
          node: {
            id: string;
            languages: string[];
            acceptsUninsured: boolean;
            sites: Array<{ openAt: boolean | null }>;
          };
        }>;
      };
    }>(
      stack.gatewayUrl,
      `query($territory: ID!, $at: DateTimeISO!) { services(first: 100, filter: {
         types: ["debt-mediation"], territory: $territory, mode: BOTH, languages: ["ar"],
         access: { acceptsUninsured: true }, openAt: $at }) {
         edges { node { id languages acceptsUninsured sites { openAt(at: $at) } } } } }`,
      { territory: 'region:bru', at: saturday },
    );
    for (const { node } of services.edges) {
      expect(node.languages).toContain('ar');
      expect(node.acceptsUninsured).toBe(true);
      expect(node.sites.some((site) => site.openAt === true)).toBe(true);
    }
    const [row] = await sql<{ n: number }>(
      `select count(distinct s.id)::int as n from actors.service s
       join actors.service_at_site x on x.service_id = s.id join actors.site t on t.id = x.site_id
       where 'debt-mediation' = any(s.type_codes) and 'ar' = any(s.languages) and s.accepts_uninsured
         and 'region:bru' = any(t.territory_ids) and s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')
         and exists (select 1 from jsonb_array_elements(t.opening_hours->'weekly') p where p->>'day' = 'SATURDAY')`,
    );
    // Located ones open on Saturday morning are all in the answer (those only serving may add to it).
    expect(row?.n).toBeGreaterThan(0);
    expect(services.edges.length).toBeGreaterThanOrEqual(row?.n ?? 0);
  });

  it('says synthetic records are synthetic, and real ones cite their source', async () => {
    const { services } = await expectData<{
      services: {
        edges: Array<{
          node: {
            synthetic: boolean;
            source: string;
            nameFr: string | null;
            nameNl: string | null;
          };
        }>;
      };
    }>(
      stack.gatewayUrl,
      '{ services(first: 500) { edges { node { synthetic source nameFr nameNl } } } }',
    );
    const synthetic = services.edges.filter((edge) => edge.node.synthetic);
    const real = services.edges.filter((edge) => !edge.node.synthetic);
    expect(synthetic.length).toBeGreaterThan(0);
    expect(real.length).toBeGreaterThan(0);
    expect(
      synthetic.every((edge) =>
        /\[Synthetic\]|\[Synthetisch\]/.test(`${edge.node.nameFr} ${edge.node.nameNl}`),
      ),
    ).toBe(true);
    expect(real.every((edge) => /^https?:\/\//.test(edge.node.source))).toBe(true);
  });

  it('refuses unknown codes in a filter, and an unknown territory', async () => {
    const error = await expectErrorCode(
      stack.gatewayUrl,
      '{ services(filter: { types: ["nope"] }) { totalCount } }',
      {},
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'filter.types' }),
    ]);
    await expectErrorCode(
      stack.gatewayUrl,
      '{ services(filter: { territory: "commune:99999" }) { totalCount } }',
      {},
      'NOT_FOUND',
    );
  });
});

describe('organisations and sites by the services they offer', () => {
  it('lists the organisations offering SSM in bassin Sud, and the sites delivering them, as SQL counts them', async () => {
    const filter = { types: ['mental-health'], territory: 'bassin:sud', mode: 'LOCATED_IN' };
    const data = await expectData<{
      organisations: { totalCount: number };
      sites: { totalCount: number };
    }>(
      stack.gatewayUrl,
      `query($filter: ServiceFilter!) {
         organisations(services: $filter, first: 10) { totalCount }
         sites(services: $filter, first: 10) { totalCount } }`,
      { filter },
    );
    const [row] = await sql<{ organisations: number; sites: number }>(
      `select count(distinct s.organisation_id)::int as organisations, count(distinct t.id)::int as sites
       from actors.service s join actors.service_at_site x on x.service_id = s.id join actors.site t on t.id = x.site_id
       where 'mental-health' = any(s.type_codes) and s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')
         and exists (select 1 from actors.service_at_site y join actors.site u on u.id = y.site_id
                     where y.service_id = s.id and u.archived_at is null
                       and ('bassin:sud' = any(u.territory_ids) or 'bassin:sud' = any(u.possible_territory_ids)))
         and t.archived_at is null`,
    );
    expect(row?.organisations).toBeGreaterThan(0);
    expect(data.organisations.totalCount).toBe(row?.organisations);
    expect(data.sites.totalCount).toBe(row?.sites);
  });
});

describe('French and Dutch', () => {
  it('answers texts in the language asked, else the Accept-Language one, saying which it returned', async () => {
    const query = `{ territory(id: "commune:21004") { name }
      services(first: 500) { edges { node { nameFr nameNl name { text language } nl: name(language: NL) { text language } } } } }`;
    type Data = {
      territory: { name: string };
      services: {
        edges: Array<{
          node: {
            nameFr: string | null;
            nameNl: string | null;
            name: { text: string; language: string };
            nl: { text: string; language: string };
          };
        }>;
      };
    };
    const dutch = await expectData<Data>(
      stack.gatewayUrl,
      query,
      {},
      { 'accept-language': 'nl-BE,nl;q=0.9,fr;q=0.8' },
    );
    const french = await expectData<Data>(stack.gatewayUrl, query, {});
    expect(dutch.territory.name).toBe('Brussel');
    expect(french.territory.name).toBe('Bruxelles');
    const frenchOnly = dutch.services.edges.find(
      (edge) => edge.node.nameFr && !edge.node.nameNl,
    )?.node;
    expect(frenchOnly?.name).toEqual({ text: frenchOnly?.nameFr, language: 'FR' });
    const both = french.services.edges.find((edge) => edge.node.nameFr && edge.node.nameNl)?.node;
    expect(both?.name).toEqual({ text: both?.nameFr, language: 'FR' });
    expect(both?.nl).toEqual({ text: both?.nameNl, language: 'NL' });
  });
});

describe('no N+1 across subgraphs', () => {
  it('reads a page of 100 or 300 services with organisation, sites, site territories, types and probableIn in the same statements', async () => {
    const query = `query($first: Int!) { services(first: $first) { edges { node {
      id nameFr types { code labelFr } publics { code } organisation { id nameFr services { id } }
      probableIn(territory: "bassin:sud")
      sites { id possibleTerritoryIds commune { id nameFr } bassin { id nameFr } groupement { id } quartier { id nameFr } sector { id } }
    } } } }`;
    const measure = async (first: number) => {
      const before = {
        actors: stack.actors.db.sql.count,
        territories: stack.territories.db.sql.count,
      };
      await expectData(stack.gatewayUrl, query, { first });
      return {
        actors: stack.actors.db.sql.count - before.actors,
        territories: stack.territories.db.sql.count - before.territories,
      };
    };
    // The gateway fetches each territory field of the sites (commune, bassin…) in its own request:
    // the count depends on the shape of the query, never on the length of the page.
    const hundred = await measure(100);
    const more = await measure(300);
    expect(more).toEqual(hundred);
    expect(more.actors + more.territories).toBeLessThanOrEqual(14);
  });
});
