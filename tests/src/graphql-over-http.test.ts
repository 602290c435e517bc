import { serverAudits } from 'graphql-http';

import { expectErrorCode } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

/**
 * The GraphQL-over-HTTP audit (graphql-http) on the gateway and the subgraph. MUST checks may not
 * fail, except those Apollo's CSRF prevention fails on purpose: a GET without a preflight header
 * is refused (STACK.md: keep it; clients send `apollo-require-preflight`).
 */
describe.each(['gateway', 'territories subgraph'])('GraphQL over HTTP on the %s', (target) => {
  it('passes every MUST of the audit but the CSRF-prevented GETs', async () => {
    const url = target === 'gateway' ? stack.gatewayUrl : stack.territories.url;
    const failures: string[] = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === 'error' && !/GET/.test(audit.name)) {
        failures.push(`${audit.name}: ${result.reason}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

it('refuses documents over the token limit before parsing them further', async () => {
  const fields = Array.from({ length: 3100 }, () => 'id').join(' ');
  const error = await expectErrorCode(
    stack.gatewayUrl,
    `{ region { ${fields} } }`,
    {},
    'GRAPHQL_PARSE_FAILED',
  );
  expect(error.message).toMatch(/more that 3000 tokens/); // sic, graphql-js's wording
});
