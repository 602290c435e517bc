import { mintToken } from '@bxl/common';

import { Role, startTestStack, TEST_SIGNING_KEY } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The gateway's rate limit per client (issue 11): 429 with Retry-After once a client's burst is
// spent, per address when anonymous and per token subject when signed in; /health never limited.
const BURST = 5;
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ rateLimit: { perMinute: 30, burst: BURST } });
});
afterAll(() => stack?.stop());

const ask = (headers: Record<string, string> = {}) =>
  fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query: '{ region { id } }' }),
  });

const statuses = async (n: number, headers: Record<string, string> = {}) => {
  const answers: number[] = [];
  for (let i = 0; i < n; i += 1) {
    answers.push((await ask(headers)).status);
  }
  return answers;
};

describe('the rate limit', () => {
  it('answers a client its burst, then 429 with Retry-After; /health stays free; tokens come back', async () => {
    expect(await statuses(BURST)).toEqual(Array(BURST).fill(200));
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    const health = await fetch(stack.gatewayUrl.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    // 30 a minute: one more every 2 s.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await statuses(2)).toEqual([200, 429]);
  });

  it('counts a signed-in caller by its subject, not its address; our own services not at all', async () => {
    const editor = stack.as(Role.EDITOR);
    expect(await statuses(BURST + 1, editor)).toEqual([...Array(BURST).fill(200), 429]);
    const other = stack.as(Role.ADMIN);
    expect((await ask(other)).status).toBe(200);
    const system = {
      authorization: `Bearer ${mintToken(TEST_SIGNING_KEY, { sub: 'system:test', roles: [Role.EDITOR] }, 600)}`,
    };
    expect(await statuses(BURST * 2, system)).toEqual(Array(BURST * 2).fill(200));
  });
});
