import { createHash } from 'node:crypto';

import { expectData } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Issue 11's reproducers, each through the real gateway: a coded client error (or a correct answer),
// never an internal error, an HTTP 500, a stack or a subgraph's URL.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 30 });
});
afterAll(() => stack?.stop());

interface Answer {
  status: number;
  text: string;
  codes: string[];
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
  return {
    status: response.status,
    text,
    codes: (parsed.errors ?? []).map((error) => String(error.extensions?.code)),
  };
}

function expectClientError(answer: Answer, code = 'BAD_USER_INPUT'): void {
  expect(answer.status).toBeLessThan(500);
  expect(answer.codes).toContain(code);
  expect(answer.codes).not.toContain('INTERNAL_SERVER_ERROR');
  expect(answer.text).not.toMatch(/https?:\/\/|\bat \S+\.(ts|js):\d+/);
}

const SEARCH = 'query($q: String!) { searchServices(query: $q) { total } }';

describe('text no service can store is refused before anything runs', () => {
  it.each([
    [
      'a NUL in an id (reached PostgreSQL)',
      'query($id: ID!) { service(id: $id) { id } }',
      { id: 'svc\u0000x' },
    ],
    ['a NUL in a search', SEARCH, { q: 'cpas\u0000' }],
    ['a lone surrogate in a search', SEARCH, { q: 'a\ud800b' }],
    [
      'a NUL in a filter list',
      'query($t: [String!]) { services(filter: { types: $t }) { totalCount } }',
      { t: ['ssm', 'x\u0000'] },
    ],
  ])('%s', async (_case, query, variables) => {
    const answer = await post({ query, variables });
    expectClientError(answer);
    expect(answer.status).toBe(400);
  });

  it('a NUL written inside the document', async () => {
    expectClientError(await post({ query: '{ searchServices(query: "a\\u0000b") { total } }' }));
  });

  it('a lone surrogate in a write, even for an editor (nothing written)', async () => {
    const answer = await post(
      {
        query: 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
        variables: { input: { nameFr: 'Test \ud83d', nameNl: 'Test' } },
      },
      stack.as('editor'),
    );
    expectClientError(answer);
  });
});

describe('sizes are bounded before any work', () => {
  it('a 1 MB organisation name is refused at once, naming the field, while /health answers', async () => {
    const health = (async () => {
      const started = Date.now();
      await fetch(stack.gatewayUrl.replace('/graphql', '/health'));
      return Date.now() - started;
    })();
    const started = Date.now();
    const answer = await post(
      {
        query: 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
        variables: { input: { nameFr: `[Synthetic] ${'a'.repeat(1_000_000)}` } },
      },
      stack.as('editor'),
    );
    expectClientError(answer);
    expect(answer.text).toMatch(/"field":"nameFr","message":"at most 300 characters/);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await health).toBeLessThan(1_000);
  });

  it('a filter list of 70,000 values is refused before it reaches a subgraph', async () => {
    const answer = await post({
      query: 'query($t: [String!]) { services(filter: { types: $t }) { totalCount } }',
      variables: { t: Array.from({ length: 70_000 }, () => 'mental-health') },
    });
    expectClientError(answer);
    expect(answer.text).toMatch(/at most 1000 items/);
  });
});

describe('values out of range are the client’s', () => {
  it.each([
    ['openAt that is no date', '{ services(filter: { openAt: "abc" }) { totalCount } }'],
    ['openAt in year 1', '{ services(filter: { openAt: "0001-01-01T00:00:00Z" }) { totalCount } }'],
    ['a territory id of no layer', '{ services(filter: { territory: "zz::@@" }) { totalCount } }'],
    [
      'a cursor beyond any list',
      '{ services(first: 2, after: "99999999999999999999999") { totalCount } }',
    ],
    [
      'a latitude of 1e309',
      '{ searchServices(query: "", near: { latitude: 1e309, longitude: 4.3 }) { total } }',
    ],
    ['a subscription', 'subscription { anything }'],
  ])('%s', async (_case, query) => {
    expectClientError(await post({ query }));
  });

  it('an operation name the document does not define', async () => {
    const answer = await post({ query: 'query A { region { id } }', operationName: 'B' });
    expectClientError(answer);
    expect(answer.status).toBe(400);
  });

  it('a subnormal latitude is a latitude (0), not an internal error', async () => {
    const data = await expectData<{ searchServices: { total: number } }>(
      stack.gatewayUrl,
      '{ searchServices(query: "", near: { latitude: 5e-324, longitude: 4.35 }) { total } }',
    );
    expect(data.searchServices.total).toBeGreaterThanOrEqual(0);
  });

  it('a persisted-query hash that does not match its document', async () => {
    const answer = await post({
      query: '{ region { id } }',
      extensions: {
        persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('x').digest('hex') },
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.codes).not.toContain('INTERNAL_SERVER_ERROR');
  });
});

describe('archived records are the editors’', () => {
  it('service(id:) answers null to anonymous callers for an archived service, the record to editors', async () => {
    const [row] = await stack.actors.db.em
      .fork()
      .execute<
        Array<{ id: string }>
      >(`update actors.service set archived_at = now() where id = (select id from actors.service where synthetic order by id limit 1) returning id`);
    const query = 'query($id: ID!) { service(id: $id) { id } }';
    const anonymous = await expectData<{ service: null }>(stack.gatewayUrl, query, { id: row?.id });
    expect(anonymous.service).toBeNull();
    const editor = await expectData<{ service: { id: string } }>(
      stack.gatewayUrl,
      query,
      { id: row?.id },
      stack.as('editor'),
    );
    expect(editor.service.id).toBe(row?.id);
  });
});

describe('a subgraph that stopped', () => {
  it('is SERVICE_UNAVAILABLE without its URL, while the rest of the graph answers', async () => {
    await stack.collaborations.close();
    const answer = await post({ query: '{ localSocialHealthContracts(first: 1) { totalCount } }' });
    expectClientError(answer, 'SERVICE_UNAVAILABLE');
    const region = await expectData<{ region: { id: string } }>(
      stack.gatewayUrl,
      '{ region { id } }',
    );
    expect(region.region.id).toBe('region:bru');
  });
});
