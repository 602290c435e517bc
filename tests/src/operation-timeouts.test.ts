import { Client } from 'pg';

import { expectData } from '@bxl/common/testkit';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Time limits (issue 11): a statement running past its subgraph's statement_timeout is cancelled by
// PostgreSQL and answered TIMEOUT; a subgraph slower than the gateway's deadline is answered TIMEOUT
// at the deadline. The slowness is real: another session holds a lock the statement waits for.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({
    statementTimeoutMs: { actors: 300 },
    operationTimeoutMs: 3_000,
    signedInOperationTimeoutMs: 8_000,
  });
});
afterAll(() => stack?.stop());

/** Runs `work` while another session holds an exclusive lock on `table`. */
async function whileLocked<T>(table: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: stack.database.url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`lock table ${table} in access exclusive mode`);
    return await work();
  } finally {
    await client.query('rollback');
    await client.end();
  }
}

async function ask(query: string, headers: Record<string, string> = {}) {
  const started = Date.now();
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...headers,
    },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as {
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return {
    ms: Date.now() - started,
    status: response.status,
    text,
    codes: (body.errors ?? []).map((error) => error.extensions?.code),
    messages: (body.errors ?? []).map((error) => error.message),
  };
}

const SERVICES = '{ services(first: 1) { totalCount } }';
const REGION = '{ region { id nameFr } }';

describe('time limits', () => {
  it('a statement past statement_timeout is cancelled by PostgreSQL and answered TIMEOUT', async () => {
    const answer = await whileLocked('actors.service', () => ask(SERVICES));
    expect(answer.codes).toEqual(['TIMEOUT']);
    expect(answer.messages[0]).toMatch(/the database stopped it/);
    expect(answer.status).toBeLessThan(500);
    // Well before the gateway's deadline (3 s): the database stopped it.
    expect(answer.ms).toBeLessThan(2_500);
    expect(answer.text).not.toMatch(/https?:\/\/|\bat \S+\.(ts|js):\d+|57014|canceling statement/);
    // Nothing left stuck: the same operation answers once the lock is gone.
    await expectData(stack.gatewayUrl, SERVICES);
  });

  it('a subgraph slower than the gateway deadline is answered TIMEOUT at the deadline', async () => {
    const answer = await whileLocked('territories.territory', () => ask(REGION));
    expect(answer.codes).toEqual(['TIMEOUT']);
    expect(answer.messages[0]).toMatch(/stopped waiting for the territories service/);
    expect(answer.ms).toBeGreaterThanOrEqual(2_900);
    expect(answer.ms).toBeLessThan(5_000);
    expect(answer.text).not.toMatch(/https?:\/\/|\bat \S+\.(ts|js):\d+/);
    await expectData(stack.gatewayUrl, REGION);
  });

  it('a signed-in caller has the longer deadline: the same wait of 4 s is answered, not TIMEOUT', async () => {
    const client = new Client({ connectionString: stack.database.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('lock table territories.territory in access exclusive mode');
      const release = setTimeout(() => void client.query('rollback'), 4_000);
      const answer = await ask(REGION, stack.as(Role.ADMIN));
      clearTimeout(release);
      expect(answer.codes).toEqual([]);
      expect(answer.ms).toBeGreaterThanOrEqual(3_900);
    } finally {
      await client.query('rollback').catch(() => undefined);
      await client.end();
    }
  });
});
