// npm start runs the search subgraph on a worker thread of its own (tools/src/search-thread.ts):
// it answers over HTTP like the in-process one, on another thread, and closes cleanly (the federated
// path through it is what the benchmark and the readme examples exercise with npm start).
import { threadId } from 'node:worker_threads';

import { createLogger } from '@bxl/common';
import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';
import { startSearchThread } from '@bxl/tools';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({});
});

afterAll(async () => {
  await database?.drop();
});

const post = async (url: string, query: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
};

it('starts the search subgraph on a worker thread, migrated, answering; closing ends the thread', async () => {
  const search = await startSearchThread(
    {
      databaseUrl: database.url,
      engine: {},
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('test', 'silent'),
      development: true,
      prepare: true,
    },
    'silent',
  );
  try {
    const status = await post(search.url, '{ searchStatus { engine serviceDocuments } }');
    expect(status).toEqual({ data: { searchStatus: { engine: 'postgres', serviceDocuments: 0 } } });
    expect(search.threadId).toBeGreaterThan(0);
    expect(search.threadId).not.toBe(threadId);
  } finally {
    await search.close();
  }
  await expect(fetch(search.url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
}, 60_000);
