import { expectData } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// SEARCH_MEMORY_INDEX reaches the one-process directory too (startDirectory's searchMemoryIndex), not
// only the search subgraph started alone: off, searches run the SQL statement and nothing is held.
const inMemory = async (stack: TestStack) =>
  (
    await expectData<{ searchStatus: { serviceDocumentsInMemory: number | null } }>(
      stack.gatewayUrl,
      '{ searchStatus { serviceDocumentsInMemory } }',
    )
  ).searchStatus.serviceDocumentsInMemory;

describe('the in-memory service search, switched by the directory', () => {
  const stacks: TestStack[] = [];
  afterAll(() => Promise.all(stacks.map((stack) => stack.stop())));

  it('holds the documents by default and none when switched off', async () => {
    const on = await startTestStack({ syntheticServices: 5, searchIndexer: true });
    stacks.push(on);
    const off = await startTestStack({
      syntheticServices: 5,
      searchIndexer: true,
      searchMemoryIndex: false,
    });
    stacks.push(off);
    const started = Date.now();
    while ((await inMemory(on)) === null && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await inMemory(on)).toBeGreaterThan(0);
    expect(await inMemory(off)).toBeNull();
  }, 120_000);
});
