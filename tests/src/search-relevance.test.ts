// Issue 5, "Relevance, proven": the committed relevance set (tests/relevance/) through the gateway,
// precision@5 per case and overall, on the engine the stack runs (PostgreSQL) and, where MEILI_HOST
// is set, on Meilisearch. See tests/relevance/README.md for the set and the metric.
import {
  formatTable,
  loadRelevanceSet,
  REQUIRED_PRECISION,
  runRelevanceSet,
} from './support/relevance';
import type { EngineRun } from './support/relevance';
import { meiliFromEnv, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

const set = loadRelevanceSet();
const START_TIMEOUT = 240_000;
const RUN_TIMEOUT = 180_000;

it('has at least 45 cases, each with a ground truth and a reason', () => {
  expect(set.cases.length).toBeGreaterThanOrEqual(45);
  expect(set.syntheticServices).toBeGreaterThan(0);
  for (const item of set.cases) {
    expect(item.expected.length).toBeGreaterThan(0);
    expect(item.why.length).toBeGreaterThan(0);
  }
});

describe('relevance on the embedded engine (PostgreSQL)', () => {
  let stack: TestStack | undefined;
  let run: EngineRun;

  beforeAll(async () => {
    stack = await startTestStack({ syntheticServices: set.syntheticServices, searchIndexer: true });
    run = await runRelevanceSet(stack.gatewayUrl, set);
    console.log(formatTable(run));
  }, START_TIMEOUT + RUN_TIMEOUT);
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers on the PostgreSQL engine', () => {
    expect(run.engine).toBe('postgres');
  });

  it(`reaches precision@5 ≥ ${REQUIRED_PRECISION}`, () => {
    expect(run.precision).toBeGreaterThanOrEqual(REQUIRED_PRECISION);
  });
});

const meili = meiliFromEnv('relevance_');

if (!meili) {
  console.warn(
    'MEILI_HOST is not set: Meilisearch relevance was NOT run (skipped, not passed). ' +
      'Set MEILI_HOST (and MEILI_MASTER_KEY) to run the relevance set on Meilisearch.',
  );
}

// Skipped (loudly: the warning above, the title, the "skipped" count) where no server is configured.
(meili ? describe : describe.skip)(
  `relevance on Meilisearch ${meili ? `at ${meili.host}` : '— SKIPPED: MEILI_HOST is not set, NOT run'}`,
  () => {
    let stack: TestStack | undefined;
    let run: EngineRun;

    beforeAll(async () => {
      stack = await startTestStack({
        syntheticServices: set.syntheticServices,
        searchIndexer: true,
        meili,
      });
      run = await runRelevanceSet(stack.gatewayUrl, set);
      console.log(formatTable(run));
    }, START_TIMEOUT + RUN_TIMEOUT);
    afterAll(async () => {
      await stack?.stop();
    });

    it('answers on Meilisearch and reports its precision@5', () => {
      expect(run.engine).toBe('meilisearch');
      expect(run.results).toHaveLength(set.cases.length);
      // Reported, not gated: the issue asks the embedded engine to reach the bar.
      console.log(`Meilisearch precision@5 = ${run.precision.toFixed(3)}`);
    });
  },
);
