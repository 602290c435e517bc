import type { TestDatabase } from '@bxl/common/testkit';
import { PostgresSearchEngine } from '@bxl/search';

import { searchEngineContract } from './support/search/search-contract';
import { searchTestDatabase } from './support/search/search-database';

// The contract suite on the embedded engine's in-memory service search (issue 12): the same
// PostgreSQL store, every service search answered from memory. Each test checks that it was.
let database: TestDatabase;
let engine: PostgresSearchEngine;

beforeAll(async () => {
  database = await searchTestDatabase();
  engine = new PostgresSearchEngine(database.url, undefined, { memoryIndex: true });
  await engine.prepare();
  await engine.memory?.load();
});

afterAll(async () => {
  // The suite's service searches were answered from memory, not by the statement.
  expect(engine.memory?.answered).toBeGreaterThan(100);
  await engine?.close();
  await database?.drop();
});

afterEach(() => {
  // Every write went through this engine: the index never fell back to the statement.
  expect(engine.memory?.current).toBe(true);
});

describe('PostgresSearchEngine, services searched in memory', () => {
  searchEngineContract(() => engine);
});
