// Benchmark of search on the embedded engine (or Meilisearch with MEILI_HOST): latency through the
// gateway and straight to the search subgraph under 50 concurrent clients, full reindex time, and
// how long a write takes to become searchable. 10,000 synthetic services on a scratch database,
// 127.0.0.1 only; see docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

import { expectData } from '@bxl/common/testkit';

import { meiliFromEnv, Role, startTestStack } from '../tests/src/support/test-stack';
import type { TestStack } from '../tests/src/support/test-stack';
import { Budget, localPost, markdownTable, stats } from './support/bench-kit';
import type { Stats } from './support/bench-kit';

/** Synthetic services (BENCH_SERVICES, default 10,000). */
const SERVICES = Math.min(Math.max(Number(process.env.BENCH_SERVICES ?? 10_000) || 0, 0), 100_000);
/** Clients in flight (BENCH_CONCURRENCY, default 50). */
const CONCURRENCY = Math.min(Math.max(Number(process.env.BENCH_CONCURRENCY) || 50, 1), 200);
const REQUESTS = 500;
const WARMUP = 50;
/** Searches one at a time (the latency of one request on an idle stack). */
const SEQUENTIAL = 120;
const WRITES = 40;
const BUDGET_MS = 900_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** What professionals type, with the filters they add (the mix every load runs in turn). */
const QUERIES: Array<{
  query: string;
  filters?: Record<string, unknown>;
  near?: Record<string, number>;
}> = [
  { query: 'schuldbemiddeling' },
  { query: 'planing familial schaerbeek' },
  { query: 'SSM Forest' },
  { query: 'mediaton de dete' },
  { query: "gare de l'ouest" },
  { query: 'maison medicale', filters: { languages: ['ar'] } },
  { query: 'CPAS', filters: { bassins: ['bassin:sud'] } },
  { query: '', filters: { types: ['mental-health'], territory: 'bassin:nord' } },
  { query: 'sans-papiers', filters: { access: ['ACCEPTS_UNINSURED'] } },
  { query: 'aide alimentaire', near: { latitude: 50.8467, longitude: 4.3525, radiusMeters: 3000 } },
  { query: 'thuiszorg' },
  { query: 'molenbek' },
];

const SEARCH_DIRECT = `query($query: String!, $filters: SearchFilters, $near: NearInput) {
  searchServices(query: $query, filters: $filters, near: $near, first: 20) {
    total hits { score distanceMeters service { id } site { id } }
    facets { types { value count } communes { value count } languages { value count } } } }`;
const SEARCH_FEDERATED = `query($query: String!, $filters: SearchFilters, $near: NearInput) {
  searchServices(query: $query, filters: $filters, near: $near, first: 20) {
    total hits { score distanceMeters service { id nameFr organisation { nameFr } types { labelFr } }
      site { id streetFr commune { nameFr } } }
    facets { types { value count } communes { value count } languages { value count } } } }`;

const budget = new Budget(BUDGET_MS);
/** Every error message seen, with how often: a benchmark with errors says which. */
const failures = new Map<string, number>();
const post = localPost(budget, REQUEST_TIMEOUT_MS);

/** `requests` searches, `clients` at a time, cycling through the mix: latencies in ms. */
async function load(
  url: string,
  query: string,
  requests: number,
  clients = CONCURRENCY,
): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const client = async () => {
    while (next < requests && !budget.signal.aborted) {
      const variables = QUERIES[next++ % QUERIES.length] as object;
      const at = performance.now();
      try {
        await post(url, query, variables);
        latencies.push(performance.now() - at);
      } catch (error) {
        errors += 1;
        const message = (error as Error).message;
        failures.set(message, (failures.get(message) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return stats(latencies, performance.now() - started, errors);
}

/** Writes through the gateway, each followed by searches until it is found: ms from write to hit. */
async function freshness(stack: TestStack): Promise<Stats> {
  const editor = stack.as(Role.EDITOR);
  const { createOrganisation } = await expectData<{ createOrganisation: { id: string } }>(
    stack.gatewayUrl,
    'mutation { createOrganisation(input: { nameFr: "[Bench] Fraîcheur" }) { id } }',
    {},
    editor,
  );
  const lags: number[] = [];
  const started = performance.now();
  for (let index = 0; index < WRITES && !budget.signal.aborted; index += 1) {
    const word = `fraicheur${index.toString(36)}x${Date.now().toString(36)}`;
    const at = performance.now();
    const { createService } = await expectData<{ createService: { id: string } }>(
      stack.gatewayUrl,
      'mutation($input: CreateServiceInput!) { createService(input: $input) { id } }',
      {
        input: {
          organisationId: createOrganisation.id,
          nameFr: `[Bench] ${word}`,
          typeCodes: ['other'],
        },
      },
      editor,
    );
    for (;;) {
      const data = await post<{ searchServices: { hits: Array<{ service: { id: string } }> } }>(
        stack.gatewayUrl,
        'query($q: String!) { searchServices(query: $q) { hits { service { id } } } }',
        { q: word },
      );
      if (data.searchServices.hits.some((hit) => hit.service.id === createService.id)) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    lags.push(performance.now() - at);
  }
  return stats(lags, performance.now() - started);
}

const ms = (value: number) => value.toFixed(1);
const row = (label: string, s: Stats) => [
  label,
  String(s.n),
  String(s.errors),
  ms(s.p50),
  ms(s.p95),
  ms(s.p99),
  s.perSecond.toFixed(0),
];

/** Progress on stderr (the report goes to stdout). */
const progress = (message: string) => process.stderr.write(`[bench:search] ${message}\n`);

async function main(): Promise<void> {
  budget.start();
  const rss = () => `${Math.round(process.memoryUsage().rss / 1e6)} MB`;
  const started = performance.now();
  const meili = meiliFromEnv('bench_');
  const stack = await startTestStack({
    seeded: false,
    syntheticServices: SERVICES,
    meili,
    searchIndexer: true,
    indexerPollMs: 60_000,
  });
  const ready = (performance.now() - started) / 1000;
  try {
    const documents = await stack.search.services.engine.count('services');
    progress(`stack ready in ${ready.toFixed(0)} s, ${documents} documents; reindexing`);
    const reindexStarted = performance.now();
    const reindexed = await stack.search.indexer.rebuild();
    const reindexSeconds = (performance.now() - reindexStarted) / 1000;
    progress(`reindexed in ${reindexSeconds.toFixed(1)} s; loads`);
    await load(stack.gatewayUrl, SEARCH_FEDERATED, WARMUP);
    await load(stack.search.url, SEARCH_DIRECT, WARMUP);
    const alone = await load(stack.search.url, SEARCH_DIRECT, SEQUENTIAL, 1);
    const aloneFederated = await load(stack.gatewayUrl, SEARCH_FEDERATED, SEQUENTIAL, 1);
    const direct = await load(stack.search.url, SEARCH_DIRECT, REQUESTS);
    const gateway = await load(stack.gatewayUrl, SEARCH_DIRECT, REQUESTS);
    const federated = await load(stack.gatewayUrl, SEARCH_FEDERATED, REQUESTS);
    progress('freshness');
    const fresh = await freshness(stack);
    const lines = [
      `# Search benchmark (${new Date().toISOString().slice(0, 10)})`,
      '',
      `${SERVICES} synthetic services + the real records → ${documents} service documents; engine ${stack.search.services.engine.name};`,
      `${CONCURRENCY} concurrent clients, ${REQUESTS} searches per load cycling through ${QUERIES.length} queries;`,
      `${cpus().length} CPUs (${availableParallelism()} available), ${cpus()[0]?.model ?? '?'}; stack ready in ${ready.toFixed(0)} s; RSS ${rss()}.`,
      '',
      ...markdownTable([
        ['load', 'n', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'],
        row('1 client: search subgraph directly', alone),
        row('1 client: via the gateway + actors fields', aloneFederated),
        row(`${CONCURRENCY} clients: search subgraph directly`, direct),
        row(`${CONCURRENCY} clients: same selection via the gateway`, gateway),
        row(`${CONCURRENCY} clients: via the gateway + actors fields`, federated),
        row('freshness: write → found', fresh),
      ]),
      '',
      `Gateway cost (same selection): p50 × ${(gateway.p50 / direct.p50).toFixed(2)}, p95 × ${(gateway.p95 / direct.p95).toFixed(2)}; with the actors fields: p50 × ${(federated.p50 / direct.p50).toFixed(2)}.`,
      `Full reindex: ${reindexed.services} service and ${reindexed.organisations} organisation documents in ${reindexSeconds.toFixed(1)} s (${(reindexed.services / reindexSeconds).toFixed(0)} documents/s).`,
      `Freshness (write through the gateway → first search that finds it, LISTEN/NOTIFY, poll off): p50 ${ms(fresh.p50)} ms, p95 ${ms(fresh.p95)} ms.`,
      ...[...failures].map(([message, count]) => `Errors: ${count} × ${message}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'search-latest.md'), `${lines.join('\n')}\n`);
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
