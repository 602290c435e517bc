import { expectData } from '@bxl/common/testkit';
import { DEFAULT_LIMITS } from '@bxl/gateway';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The gateway's cost and directive limits (issue 11) through the real gateway: an operation over
// them is refused at once with HTTP 400 and a code, before any subgraph works on it.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 30 });
});
afterAll(() => stack?.stop());

async function post(query: string, variables: Record<string, unknown> = {}, headers = {}) {
  const started = Date.now();
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string; cost?: number } }>;
  };
  return { status: response.status, body, ms: Date.now() - started };
}

const aliased = (n: number, selection: string) =>
  `{ ${Array.from({ length: n }, (_, index) => `a${index}: ${selection}`).join('\n')} }`;

describe('the cost limit', () => {
  it('refuses 30 aliased whole exports from an editor at once, as COST_ESTIMATED_TOO_EXPENSIVE', async () => {
    const answer = await post(
      aliased(30, 'exportRegistry(format: HSDS_JSON)'),
      {},
      stack.as(Role.EDITOR),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(answer.body.errors?.[0]?.extensions?.cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(answer.ms).toBeLessThan(1_000);
  });

  it('refuses 30 aliased pages of 500 services with nested lists, the page size given as a variable', async () => {
    const query = `query($n: Int!) ${aliased(
      30,
      'services(first: $n) { edges { node { id organisation { services { id } sites { services { id } } } } } }',
    )}`;
    const answer = await post(query, { n: 500 });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(answer.ms).toBeLessThan(1_000);
    // The same with small pages is an ordinary operation.
    const small = await post(query, { n: 2 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  it('answers one whole export and one page of 500 services', async () => {
    await expectData(
      stack.gatewayUrl,
      '{ exportRegistry(format: CSV) services(first: 500) { edges { node { id } } } }',
      {},
      stack.as(Role.EDITOR),
    );
  });
});

describe('the directive limit', () => {
  it(`refuses more than ${DEFAULT_LIMITS.maxDirectives} directives, naming the limit`, async () => {
    const fields = (n: number) =>
      Array.from({ length: n }, () => 'id @include(if: true)').join(' ');
    const over = await post(`{ region { ${fields(DEFAULT_LIMITS.maxDirectives + 1)} } }`);
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.body.errors?.[0]?.message).toMatch(/^Directives limit of 50 exceeded, found 51/);
  });
});
