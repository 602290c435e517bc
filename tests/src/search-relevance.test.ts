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
import { breakdown, formatKindRun, loadKindSet, runKindSet } from './support/relevance-kinds';
import type { KindRun } from './support/relevance-kinds';
import { meiliFromEnv, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';
import type { MeilisearchEngineConfig } from '@bxl/search';

const set = loadRelevanceSet();
const users = loadKindSet();
const START_TIMEOUT = 240_000;
const RUN_TIMEOUT = 180_000;

it("the users' set: at least 150 queries in every category, about 30% held out", () => {
  expect(users.cases.length).toBeGreaterThanOrEqual(150);
  expect(users.syntheticServices).toBe(set.syntheticServices);
  for (const category of ['types', 'places', 'names', 'needs']) {
    expect(users.cases.filter((item) => item.category === category).length).toBeGreaterThan(20);
  }
  const heldOut = users.cases.filter((item) => item.heldOut).length / users.cases.length;
  expect(heldOut).toBeGreaterThanOrEqual(0.25);
  expect(heldOut).toBeLessThanOrEqual(0.35);
});

it('has at least 45 cases, each with a ground truth and a reason', () => {
  expect(set.cases.length).toBeGreaterThanOrEqual(45);
  expect(set.syntheticServices).toBeGreaterThan(0);
  for (const item of set.cases) {
    expect(item.expected.length).toBeGreaterThan(0);
    expect(item.why.length).toBeGreaterThan(0);
  }
});

/** Hooks of a describe: a stack on this engine, both sets run once, the runs handed to `got`. */
function measureOn(
  meili: MeilisearchEngineConfig | null,
  got: (runs: { run: EngineRun; usersRun: KindRun }) => void,
): void {
  let stack: TestStack | undefined;
  beforeAll(
    async () => {
      stack = await startTestStack({
        syntheticServices: set.syntheticServices,
        searchIndexer: true,
        meili,
      });
      const run = await runRelevanceSet(stack.gatewayUrl, set);
      console.log(formatTable(run));
      const usersRun = await runKindSet(stack.gatewayUrl, users);
      console.log(formatKindRun(usersRun, users));
      got({ run, usersRun });
    },
    START_TIMEOUT + 2 * RUN_TIMEOUT,
  );
  afterAll(async () => {
    await stack?.stop();
  });
}

describe('relevance on the embedded engine (PostgreSQL)', () => {
  let run: EngineRun;
  let usersRun: KindRun;
  measureOn(null, (runs) => ({ run, usersRun } = runs));

  it('answers on the PostgreSQL engine', () => {
    expect(run.engine).toBe('postgres');
  });

  it(`reaches precision@5 ≥ ${REQUIRED_PRECISION}`, () => {
    expect(run.precision).toBeGreaterThanOrEqual(REQUIRED_PRECISION);
  });

  it(`the users' set: precision@1 ≥ ${users.gates.minPrecisionAt1} on the gated categories (${users.gates.gatedCategories.join(', ')}), held-out part included`, () => {
    const gated = new Set<string>(users.gates.gatedCategories);
    const scores = Object.fromEntries(breakdown(usersRun, users));
    expect(scores['gated']?.at1).toBeGreaterThanOrEqual(users.gates.minPrecisionAt1);
    expect(scores['held-out, gated']?.at1).toBeGreaterThanOrEqual(users.gates.minPrecisionAt1);
    for (const category of gated) {
      expect(scores[category]?.at1).toBeGreaterThanOrEqual(users.gates.minPrecisionAt1);
    }
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
    let run: EngineRun;
    let usersRun: KindRun;
    measureOn(meili, (runs) => ({ run, usersRun } = runs));

    it("answers on Meilisearch and reports its precision@5 and the users' set", () => {
      expect(run.engine).toBe('meilisearch');
      expect(run.results).toHaveLength(set.cases.length);
      expect(usersRun.results).toHaveLength(users.cases.length);
      // Reported, not gated: the issue asks the embedded engine to reach the bar.
      console.log(`Meilisearch precision@5 = ${run.precision.toFixed(3)}`);
    });
  },
);
