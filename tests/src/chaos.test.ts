import { Client } from 'pg';

import { adminDatabaseUrl, expectData } from '@bxl/common/testkit';

import { signIn } from './support/editor-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Chaos (issue 11): with load running through the gateway, the actors subgraph stops. What needs
// it is answered SERVICE_UNAVAILABLE (no internal URL, no stack), what does not is answered whole,
// /health stays fast, and once actors is back the gateway answers again by itself.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 30 });
});
afterAll(() => stack?.stop());

// Each request names its actors field with a fresh alias, so that the gateway's response cache of
// anonymous reads (issue 13) cannot answer it from before the outage: this measures the way through.
let asked = 0;
const OPERATIONS = {
  territoriesOnly: () => '{ bassins { id nameFr } }',
  actorsOnly: () => `{ s${++asked}: services(first: 3) { edges { node { id nameFr } } } }`,
  // service(id) may be null: with actors down, the bassins are still answered next to the error.
  both: () => `{ bassins { id nameFr } s${++asked}: service(id: "service:none") { id } }`,
};
type Kind = keyof typeof OPERATIONS;

interface Answer {
  kind: Kind;
  status: number;
  text: string;
  data: Record<string, unknown> | null;
  codes: string[];
}

async function ask(kind: Kind): Promise<Answer> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: OPERATIONS[kind]() }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    kind,
    status: response.status,
    text,
    data: body.data ?? null,
    codes: (body.errors ?? []).map((error) => String(error.extensions?.code)),
  };
}

/** Four clients asking in turn until stopped; every answer and the slowest /health kept. */
function load() {
  const answers: Answer[] = [];
  let slowestHealthMs = 0;
  let running = true;
  const kinds = Object.keys(OPERATIONS) as Kind[];
  const clients = Array.from({ length: 4 }, async (_, client) => {
    for (let i = client; running; i += 1) {
      answers.push(await ask(kinds[i % kinds.length] as Kind));
    }
  });
  const health = (async () => {
    while (running) {
      const started = Date.now();
      await fetch(stack.gatewayUrl.replace('/graphql', '/health'));
      slowestHealthMs = Math.max(slowestHealthMs, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    answers,
    /** Stops the load (again: nothing); the answers so far and the slowest /health. */
    stop: async () => {
      running = false;
      await Promise.all([...clients, health]);
      return { answers: answers.splice(0), slowestHealthMs };
    },
    /** Forgets the answers so far. */
    reset: () => answers.splice(0),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Forgets the answers so far, and those of requests that were under way (asked before the change). */
async function settle(traffic: ReturnType<typeof load>): Promise<void> {
  traffic.reset();
  await sleep(300);
  traffic.reset();
}

/** Ends every connection to the stack's database but this one's, as PostgreSQL stopping does; how many. */
async function terminateConnections(database: string): Promise<number> {
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ ended: boolean }>(
      `select pg_terminate_backend(pid) as ended from pg_stat_activity
       where datname = $1 and pid <> pg_backend_pid()`,
      [database],
    );
    return rows.filter((row) => row.ended).length;
  } finally {
    await admin.end();
  }
}

// Ctrl-C on `npm start` sends SIGINT to the embedded PostgreSQL too: it ends every connection while
// the directory is still closing its pools. A pool without an error listener then ended the process
// on an unhandled 'error' event (CI, stop 19: the accounts pool). The same happens on a restart.
describe('PostgreSQL ending every connection of the directory', () => {
  it('ends no process, and the next requests are answered on new connections', async () => {
    const origin = new URL(stack.gatewayUrl).origin;
    const search = '{ searchServices(query: "schuldbemiddeling", first: 1) { total } }';
    // Every pool holds an idle connection: the gateway's accounts, each subgraph's, search's engine.
    expect((await signIn(origin, 'nobody@example.test', 'not a password')).status).toBe(401);
    expect((await ask('both')).codes).toEqual([]);
    const searched = () =>
      expectData<{ searchServices: { total: number } }>(stack.gatewayUrl, search);
    const before = await searched();
    expect(await terminateConnections(stack.database.name)).toBeGreaterThanOrEqual(4);
    await sleep(500); // the lost connections' errors arrive: an unhandled one fails this test file
    expect((await signIn(origin, 'nobody@example.test', 'not a password')).status).toBe(401);
    const answers = [await ask('both'), await ask('actorsOnly'), await ask('territoriesOnly')];
    // A request may meet a pooled connection whose loss it is the first to learn of; the next is whole.
    const again = [await ask('both'), await ask('actorsOnly'), await ask('territoriesOnly')];
    expect(again.map((answer) => answer.codes)).toEqual([[], [], []]);
    expect(answers.every((answer) => answer.status < 500)).toBe(true);
    expect(await searched()).toEqual(before);
  }, 60_000);
});

describe('a subgraph stopping under load', () => {
  it('is answered SERVICE_UNAVAILABLE where needed, and the gateway recovers by itself', async () => {
    const traffic = load();
    try {
      await outageAndRecovery(traffic);
    } finally {
      await traffic.stop();
    }
  }, 60_000);
});

async function outageAndRecovery(traffic: ReturnType<typeof load>): Promise<void> {
  await sleep(500);
  expect(traffic.answers.filter((a) => a.codes.length > 0)).toEqual([]);

  await stack.stopSubgraph('actors');
  await settle(traffic);
  await sleep(1_500);
  const during = [...traffic.answers];
  for (const answer of during) {
    expect(answer.status).toBeLessThan(500);
    expect(answer.codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(answer.text).not.toMatch(/https?:\/\/|127\.0\.0\.1|\bat \S+\.(ts|js):\d+|ECONNREFUSED/);
    if (answer.kind === 'territoriesOnly') {
      expect(answer.codes).toEqual([]);
    } else {
      expect(answer.codes.length).toBeGreaterThan(0);
      expect(new Set(answer.codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    }
  }
  // What territories alone answers is still there, next to the error.
  const both = during.find((answer) => answer.kind === 'both');
  expect((both?.data?.bassins as unknown[] | undefined)?.length).toBe(5);
  expect(during.filter((answer) => answer.kind === 'actorsOnly').length).toBeGreaterThan(3);

  await stack.startSubgraph('actors');
  const restarted = Date.now();
  let recoveredMs: number | null = null;
  while (recoveredMs === null && Date.now() - restarted < 10_000) {
    const answer = await ask('both');
    if (answer.codes.length === 0) {
      recoveredMs = Date.now() - restarted;
    } else {
      await sleep(100);
    }
  }
  expect(recoveredMs).not.toBeNull();
  await settle(traffic);
  await sleep(1_000);
  const { answers, slowestHealthMs } = await traffic.stop();
  expect(answers.length).toBeGreaterThan(10);
  expect(answers.filter((answer) => answer.codes.length > 0)).toEqual([]);
  expect(slowestHealthMs).toBeLessThan(1_000);
}
