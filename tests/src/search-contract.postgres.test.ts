import { Client } from 'pg';

import type { TestDatabase } from '@bxl/common/testkit';
import { PostgresSearchEngine } from '@bxl/search';

import { searchEngineContract } from './support/search/search-contract';
import { searchTestDatabase } from './support/search/search-database';

// The contract suite on the embedded engine: PostgreSQL full-text search in the search schema.
let database: TestDatabase;
let engine: PostgresSearchEngine;

beforeAll(async () => {
  database = await searchTestDatabase();
  engine = new PostgresSearchEngine(database.url);
  await engine.prepare();
});

afterAll(async () => {
  await engine?.close();
  await database?.drop();
});

describe('PostgresSearchEngine', () => {
  searchEngineContract(() => engine);

  it('runs its statements under statement_timeout: a search past it is cancelled by PostgreSQL', async () => {
    const hurried = new PostgresSearchEngine(database.url, 300);
    // Real slowness: another session holds the documents' table, so the search waits past 300 ms.
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table search.service_document in access exclusive mode');
    try {
      const search = hurried.searchServices({
        text: 'santé mentale',
        language: 'fr',
        filters: {},
        sort: 'RELEVANCE',
        offset: 0,
        limit: 10,
      });
      await expect(search).rejects.toMatchObject({ code: '57014' });
    } finally {
      await holder.query('rollback');
      await holder.end();
      await hurried.close();
    }
  });
});
