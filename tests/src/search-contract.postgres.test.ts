import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';
import { initSearchDatabase, PostgresSearchEngine } from '@bxl/search';

import { searchEngineContract } from './support/search/search-contract';

// The contract suite on the embedded engine: PostgreSQL full-text search in the search schema.
let database: TestDatabase;
let engine: PostgresSearchEngine;

beforeAll(async () => {
  database = await createTestDatabase({});
  const db = await initSearchDatabase(database.url);
  await db.migrate();
  await db.close();
  engine = new PostgresSearchEngine(database.url);
  await engine.prepare();
});

afterAll(async () => {
  await engine?.close();
  await database?.drop();
});

describe('PostgresSearchEngine', () => {
  searchEngineContract(() => engine);
});
