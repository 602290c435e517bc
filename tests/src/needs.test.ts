// Issue 10, the needs vocabulary in the actors subgraph, through the gateway: the seeded vocabulary,
// counts per need (in a territory), the `needs` filter, Service.needs, and the admins' writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readChangeLog } from '@bxl/common';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

interface FileNeed {
  code: string;
  labelFr: string;
  labelNl: string;
  links: Array<{ taxonomy: string; code: string; partial: boolean }>;
}
const FILE: { needs: FileNeed[] } = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'services', 'actors', 'data', 'needs.json'), 'utf8'),
);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 600 });
}, 120_000);
afterAll(() => stack?.stop());

interface ServiceRow {
  id: string;
  type_codes: string[];
  public_codes: string[];
}
const sql = <T>(query: string, params: unknown[] = []) =>
  stack.actors.db.em.fork().execute<T[]>(query, params);

/** Active services (optionally located in a territory) straight from the tables. */
const activeServices = (territory?: string) =>
  sql<ServiceRow>(
    `select s.id, s.type_codes, s.public_codes from actors.service s
     where s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')
     ${
       territory
         ? `and exists (select 1 from actors.service_at_site x join actors.site t on t.id = x.site_id
              where x.service_id = s.id and t.archived_at is null
                and (? = any(t.territory_ids) or ? = any(t.possible_territory_ids)))`
         : ''
     }`,
    // "Located in" includes a coarsely placed site that may lie in the territory (issue 16).
    territory ? [territory, territory] : [],
  );

/** Which services meet a need, computed here from the file's links (not by the code under test). */
const meets = (need: FileNeed, service: ServiceRow, fully = false) =>
  need.links.some(
    (link) =>
      (!fully || !link.partial) &&
      (link.taxonomy === 'SERVICE_TYPE' ? service.type_codes : service.public_codes).includes(
        link.code,
      ),
  );

const NEEDS = `query($territory: ID, $mode: TerritoryMode) { needs(territory: $territory, mode: $mode) {
  need { code labelFr labelNl wordsFr wordsNl links { taxonomy code partial note term { labelFr } } }
  services fully } }`;
interface NeedCount {
  need: {
    code: string;
    labelFr: string;
    labelNl: string;
    wordsFr: string[];
    wordsNl: string[];
    links: Array<{
      code: string;
      partial: boolean;
      note: string | null;
      term: { labelFr: string };
    }>;
  };
  services: number;
  fully: number;
}

describe('the vocabulary', () => {
  it('is seeded from services/actors/data/needs.json, FR/NL, each need counted as the tables say', async () => {
    const { needs } = await expectData<{ needs: NeedCount[] }>(stack.gatewayUrl, NEEDS);
    expect(needs.map((item) => item.need.code)).toEqual(FILE.needs.map((need) => need.code).sort());
    const services = await activeServices();
    for (const need of FILE.needs) {
      const answer = needs.find((item) => item.need.code === need.code) as NeedCount;
      expect(answer.need.labelFr).toBe(need.labelFr);
      expect(answer.need.labelNl).toBe(need.labelNl);
      expect(answer.need.wordsFr.length + answer.need.wordsNl.length).toBeGreaterThan(5);
      expect(answer.need.links.every((link) => link.term !== null)).toBe(true);
      expect(answer.need.links.every((link) => !link.partial || link.note)).toBe(true);
      expect(answer.services).toBe(services.filter((s) => meets(need, s)).length);
      expect(answer.fully).toBe(services.filter((s) => meets(need, s, true)).length);
    }
    const gp = needs.find((item) => item.need.code === 'gp-care') as NeedCount;
    expect(gp.need.wordsNl).toContain('huisarts');
    expect(gp.services).toBeGreaterThan(5);
  });

  it('counts per need in a territory (located in bassin Sud)', async () => {
    const { needs } = await expectData<{ needs: NeedCount[] }>(stack.gatewayUrl, NEEDS, {
      territory: 'bassin:sud',
      mode: 'LOCATED_IN',
    });
    const services = await activeServices('bassin:sud');
    expect(services.length).toBeGreaterThan(10);
    for (const need of FILE.needs) {
      const answer = needs.find((item) => item.need.code === need.code) as NeedCount;
      expect(answer.services).toBe(services.filter((s) => meets(need, s)).length);
    }
  });

  it('an unknown territory is NOT_FOUND; need(code) answers one need or null', async () => {
    await expectErrorCode(stack.gatewayUrl, NEEDS, { territory: 'bassin:nowhere' }, 'NOT_FOUND');
    const data = await expectData<{ a: { labelNl: string } | null; b: null }>(
      stack.gatewayUrl,
      `{ a: need(code: "income") { labelNl } b: need(code: "no-such-need") { labelNl } }`,
    );
    expect(data.a?.labelNl).toBe('Inkomen en leefloon');
    expect(data.b).toBeNull();
  });
});

const SERVICES_BY_NEED = `query($needs: [String!]) { services(filter: { needs: $needs }, first: 500) {
  totalCount edges { node { id types { code } publics { code }
    needs { need { code } partial via { code partial } } } } } }`;
interface ServiceNode {
  id: string;
  types: Array<{ code: string }>;
  publics: Array<{ code: string }>;
  needs: Array<{ need: { code: string }; partial: boolean; via: Array<{ code: string }> }>;
}

describe('services by need', () => {
  it('filters services whose types or publics meet a need, and each says which needs it meets', async () => {
    const data = await expectData<{
      services: { totalCount: number; edges: Array<{ node: ServiceNode }> };
    }>(stack.gatewayUrl, SERVICES_BY_NEED, { needs: ['gp-care', 'homelessness'] });
    const needs = FILE.needs.filter((need) => ['gp-care', 'homelessness'].includes(need.code));
    const expected = (await activeServices()).filter((s) => needs.some((n) => meets(n, s)));
    expect(data.services.totalCount).toBe(expected.length);
    expect(new Set(data.services.edges.map((edge) => edge.node.id))).toEqual(
      new Set(expected.map((s) => s.id).slice(0, 500)),
    );
    for (const { node } of data.services.edges) {
      const codes = node.needs.map((item) => item.need.code);
      expect(codes.includes('gp-care') || codes.includes('homelessness')).toBe(true);
    }
    const medical = data.services.edges.find((edge) =>
      edge.node.types.some((type) => type.code === 'medical-house'),
    )?.node;
    const gp = medical?.needs.find((item) => item.need.code === 'gp-care');
    expect(gp).toMatchObject({ partial: false, via: [{ code: 'medical-house' }] });
    // A maison médicale meets sexual health only in part (contraception yes, IVG elsewhere).
    expect(medical?.needs.find((item) => item.need.code === 'sexual-health')?.partial).toBe(true);
  });

  it('an unknown need code is BAD_USER_INPUT naming filter.needs', async () => {
    const error = await expectErrorCode(
      stack.gatewayUrl,
      SERVICES_BY_NEED,
      { needs: ['gp-care', 'teleportation'] },
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(error.extensions)).toContain('filter.needs');
  });

  it('reads the needs of 100 or 300 services in the same number of statements', async () => {
    const query = `query($first: Int!) { services(first: $first) { edges { node { id
      needs { need { code labelFr links { code term { labelFr } } } partial via { code note } } } } } }`;
    const measure = async (first: number) => {
      const before = stack.actors.db.sql.count;
      await expectData(stack.gatewayUrl, query, { first });
      return stack.actors.db.sql.count - before;
    };
    const hundred = await measure(100);
    expect(await measure(300)).toBe(hundred);
    expect(hundred).toBeLessThanOrEqual(4);
  });
});

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { code labelFr links { code partial } } }`;
const UPDATE = `mutation($code: String!, $input: NeedInput!) { updateNeed(code: $code, input: $input) { code wordsFr links { code } } }`;
/** A need's content (what updateNeed takes). */
const content = () => Object.fromEntries(Object.entries(input()).filter(([key]) => key !== 'code'));
const input = (overrides: Record<string, unknown> = {}) => ({
  code: 'test-palliative',
  labelFr: '[Test] Soins palliatifs',
  labelNl: '[Test] Palliatieve zorg',
  wordsFr: ['soins palliatifs', ' fin de vie ', 'fin de vie'],
  wordsNl: ['palliatieve zorg'],
  links: [
    {
      taxonomy: 'SERVICE_TYPE',
      code: 'home-care-coordination',
      partial: true,
      note: 'Some coordinations organise palliative care at home (test data).',
    },
  ],
  sources: ['Test data, not a real source.'],
  ...overrides,
});

describe('admins extend the vocabulary', () => {
  it('only admins write needs', async () => {
    await expectErrorCode(stack.gatewayUrl, CREATE, { input: input() }, 'UNAUTHENTICATED');
    await expectErrorCode(
      stack.gatewayUrl,
      CREATE,
      { input: input() },
      'FORBIDDEN',
      stack.as(Role.EDITOR),
    );
  });

  it('refuses unknown codes, partial links without a note and bad codes, naming the field', async () => {
    const error = await expectErrorCode(
      stack.gatewayUrl,
      CREATE,
      {
        input: input({
          code: 'Bad Code',
          links: [
            { taxonomy: 'SERVICE_TYPE', code: 'spaceport', partial: false },
            { taxonomy: 'TARGET_PUBLIC', code: 'elderly', partial: true },
          ],
        }),
      },
      'BAD_USER_INPUT',
      stack.as(Role.ADMIN),
    );
    const text = JSON.stringify(error.extensions);
    expect(text).toContain('input.code');
    expect(text).toContain('input.links[0].code');
    expect(text).toContain('input.links[1].note');
  });

  it('creates a need (words cleaned), logs it, refuses the same code again, updates it', async () => {
    const admin = stack.as(Role.ADMIN);
    const created = await expectData<{ createNeed: { code: string } }>(
      stack.gatewayUrl,
      CREATE,
      { input: input() },
      admin,
    );
    expect(created.createNeed.code).toBe('test-palliative');
    await expectErrorCode(stack.gatewayUrl, CREATE, { input: input() }, 'CONFLICT', admin);
    const { needs } = await expectData<{ needs: NeedCount[] }>(stack.gatewayUrl, NEEDS);
    const listed = needs.find((item) => item.need.code === 'test-palliative');
    expect(listed?.need.wordsFr).toEqual(['soins palliatifs', 'fin de vie']);
    const services = await activeServices();
    expect(listed?.services).toBe(
      services.filter((s) => s.type_codes.includes('home-care-coordination')).length,
    );

    const updated = await expectData<{ updateNeed: { links: Array<{ code: string }> } }>(
      stack.gatewayUrl,
      UPDATE,
      {
        code: 'test-palliative',
        input: {
          ...content(),
          links: [{ taxonomy: 'TARGET_PUBLIC', code: 'elderly', partial: false }],
        },
      },
      admin,
    );
    expect(updated.updateNeed.links).toEqual([{ code: 'elderly' }]);
    const log = await readChangeLog(stack.actors.db.em.fork(), {
      entity: 'Need',
      entityId: 'test-palliative',
    });
    expect(log.filter((row) => row.operation === 'CREATE').map((row) => row.field)).toEqual([
      'labelFr',
      'labelNl',
      'wordsFr',
      'wordsNl',
      'links',
      'sources',
    ]);
    const links = log.find((row) => row.operation === 'UPDATE');
    expect(links?.field).toBe('links');
    expect(JSON.stringify(links?.before)).toContain('home-care-coordination');
    expect(JSON.stringify(links?.after)).toContain('elderly');
    const byNeed = await expectData<{ services: { totalCount: number } }>(
      stack.gatewayUrl,
      `{ services(filter: { needs: ["test-palliative"] }) { totalCount } }`,
    );
    expect(byNeed.services.totalCount).toBe(
      services.filter((s) => s.public_codes.includes('elderly')).length,
    );
  });

  it('an unknown need to update is NOT_FOUND', async () => {
    await expectErrorCode(
      stack.gatewayUrl,
      UPDATE,
      { code: 'no-such-need', input: content() },
      'NOT_FOUND',
      stack.as(Role.ADMIN),
    );
  });
});
