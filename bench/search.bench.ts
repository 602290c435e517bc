// Issue 12's benchmark: the directory started as users start it — `npm start` (one process) and one
// process per service (docker-compose.yml's topology, on the local PostgreSQL) — loaded from another
// process with varied professional queries (bench/support/search-queries.ts). Per topology: time to
// ready (fresh, and a second start of npm start on the same data), RSS per process, a full reindex,
// one client and 50 clients through the gateway with the actors' fields and two facets, and the
// search subgraph alone. Results: stdout, bench/results/ (dated, with commit, CPUs and engine) — see
// docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { localSecrets, mintToken, parseSigningKeys, Role } from '@bxl/common';

import { markdownTable } from './support/bench-kit';
import { runLoad } from './support/load-client';
import type { LoadResult } from './support/load-client';
import { searchVariables } from './support/search-queries';
import { startProcess, waitUntil } from './support/service-process';
import type { ServiceProcess } from './support/service-process';

const SERVICES = Math.min(Math.max(Number(process.env.BENCH_SERVICES ?? 10_000) || 0, 0), 100_000);
const CLIENTS = Math.min(Math.max(Number(process.env.BENCH_CONCURRENCY) || 50, 1), 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS) || 1000;
const SEQUENTIAL = 200;
const TOPOLOGIES = (process.env.BENCH_TOPOLOGIES ?? 'npm-start,per-service').split(',');
const READY_TIMEOUT_MS = 30 * 60_000;
const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// The rate limit off (0): the benchmark measures speed, not the limit.
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '0' };

const FEDERATED = `query($query: String!, $filters: SearchFilters) {
  searchServices(query: $query, filters: $filters, first: 10) {
    total hits { score service { id nameFr organisation { nameFr } types { labelFr } }
      site { id streetFr commune { nameFr } } }
    facets { types { value count } communes { value count } } } }`;
const DIRECT = `query($query: String!, $filters: SearchFilters) {
  searchServices(query: $query, filters: $filters, first: 10) {
    total hits { score service { id } site { id } }
    facets { types { value count } communes { value count } } } }`;

const variables = searchVariables();
const progress = (message: string) => process.stderr.write(`[bench:search] ${message}\n`);

interface Endpoints {
  gateway: string;
  search: string;
  adminToken: string;
}

async function gql<T>(
  url: string,
  query: string,
  token?: string,
  variables: object = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!body.data) {
    throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  return body.data;
}

/**
 * Ready as a user sees it: the gateway answers, every service is indexed and, on the embedded
 * engine, searched from memory (until then searches run in PostgreSQL alone, several times slower).
 */
const indexed = async (gateway: string) => {
  const { searchStatus } = await gql<{
    searchStatus: {
      engine: string;
      serviceDocuments: number | null;
      serviceDocumentsInMemory: number | null;
      lagChanges: number;
    };
  }>(gateway, '{ searchStatus { engine serviceDocuments serviceDocumentsInMemory lagChanges } }');
  const inMemory =
    searchStatus.engine !== 'postgres' ||
    searchStatus.serviceDocumentsInMemory === searchStatus.serviceDocuments;
  return (
    (searchStatus.serviceDocuments ?? 0) >= SERVICES && searchStatus.lagChanges === 0 && inMemory
  );
};

/** An admin's token for an hour, signed with the first of `keys` (AUTH_SIGNING_KEYS' format). */
function adminToken(keys: string): string {
  const [key] = parseSigningKeys(keys);
  if (!key) {
    throw new Error('no signing key');
  }
  return mintToken(key, { sub: 'bench', roles: [Role.ADMIN] }, 3600);
}

interface TopologyResult {
  name: string;
  readySeconds: number;
  secondReadySeconds: number | null;
  rss: Array<[string, number]>;
  reindex: { services: number; seconds: number };
  alone: LoadResult;
  aloneDirect: LoadResult;
  loaded: LoadResult;
  freshness: { p50: number; p95: number };
  engine: string;
}

/** Services created through the gateway, each searched for until found: ms from write to hit. */
async function freshness(gateway: string, token: string): Promise<{ p50: number; p95: number }> {
  const { createOrganisation } = await gql<{ createOrganisation: { id: string } }>(
    gateway,
    'mutation { createOrganisation(input: { nameFr: "[Bench] Fraîcheur" }) { id } }',
    token,
  );
  const lags: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    const word = `fraicheur${index.toString(36)}x${Date.now().toString(36)}`;
    const at = performance.now();
    const { createService } = await gql<{ createService: { id: string } }>(
      gateway,
      'mutation($input: CreateServiceInput!) { createService(input: $input) { id } }',
      token,
      {
        input: {
          organisationId: createOrganisation.id,
          nameFr: `[Bench] ${word}`,
          typeCodes: ['other'],
        },
      },
    );
    await waitUntil(
      'a new service to be found',
      async () =>
        (
          await gql<{ searchServices: { hits: Array<{ service: { id: string } }> } }>(
            gateway,
            'query($q: String!) { searchServices(query: $q) { hits { service { id } } } }',
            undefined,
            { q: word },
          )
        ).searchServices.hits.some((hit) => hit.service.id === createService.id),
      60_000,
      [],
      10,
    );
    lags.push(performance.now() - at);
  }
  lags.sort((a, b) => a - b);
  return {
    p50: lags[Math.floor(lags.length / 2)] ?? NaN,
    p95: lags[Math.ceil(lags.length * 0.95) - 1] ?? NaN,
  };
}

async function measure(
  name: string,
  endpoints: Endpoints,
  processes: ServiceProcess[],
  readySeconds: number,
  secondReadySeconds: number | null,
): Promise<TopologyResult> {
  progress(`${name}: ready in ${readySeconds.toFixed(1)} s; reindexing`);
  const { reindexSearch } = await gql<{ reindexSearch: { services: number; seconds: number } }>(
    endpoints.gateway,
    'mutation { reindexSearch { services seconds } }',
    endpoints.adminToken,
  );
  const base = { variables, warmup: 50, timeoutMs: 30_000 };
  progress(`${name}: one client`);
  const alone = await runLoad({
    ...base,
    url: endpoints.gateway,
    query: FEDERATED,
    requests: SEQUENTIAL,
    clients: 1,
  });
  const aloneDirect = await runLoad({
    ...base,
    url: endpoints.search,
    query: DIRECT,
    requests: SEQUENTIAL,
    clients: 1,
  });
  progress(`${name}: ${CLIENTS} clients`);
  const loaded = await runLoad({
    ...base,
    url: endpoints.gateway,
    query: FEDERATED,
    requests: REQUESTS,
    clients: CLIENTS,
  });
  const { searchStatus } = await gql<{ searchStatus: { engine: string } }>(
    endpoints.gateway,
    '{ searchStatus { engine } }',
  );
  progress(`${name}: freshness`);
  const fresh = await freshness(endpoints.gateway, endpoints.adminToken);
  return {
    name,
    freshness: fresh,
    engine: searchStatus.engine,
    readySeconds,
    secondReadySeconds,
    rss: processes.map((item) => [item.name, item.rssMb()]),
    reindex: reindexSearch,
    alone,
    aloneDirect,
    loaded,
  };
}

/** `npm start` on a fresh data folder, then again on the same folder. */
async function npmStart(workDir: string): Promise<TopologyResult> {
  const dataDir = join(workDir, 'data');
  const env = {
    ...UNLIMITED,
    DATA_DIR: dataDir,
    SYNTHETIC_SERVICES: String(SERVICES),
    EMBEDDED_PG_PORT: '54390',
    GATEWAY_PORT: '4810',
    TERRITORIES_PORT: '4811',
    ACTORS_PORT: '4812',
    COLLABORATIONS_PORT: '4813',
    SEARCH_PORT: '4814',
  };
  const gateway = 'http://127.0.0.1:4810/graphql';
  const log = join(workDir, 'npm-start.log');
  const start = async () => {
    const started = performance.now();
    const stack = startProcess('npm start (all services)', 'tools/src/main.ts', env, log);
    await waitUntil('npm start', () => indexed(gateway), READY_TIMEOUT_MS, [stack]);
    return { stack, seconds: (performance.now() - started) / 1000 };
  };
  const first = await start();
  await first.stack.stop();
  const second = await start();
  try {
    return await measure(
      'npm start (one process)',
      {
        gateway,
        search: 'http://127.0.0.1:4814/graphql',
        adminToken: adminToken(localSecrets(dataDir).signingKey),
      },
      [second.stack],
      first.seconds,
      second.seconds,
    );
  } finally {
    await second.stack.stop();
  }
}

/** One process per service, as docker-compose.yml runs them, on a scratch database of the local PostgreSQL. */
async function perService(workDir: string): Promise<TopologyResult> {
  const database = `bench_search_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const databaseUrl = new URL(ADMIN_DATABASE_URL);
  databaseUrl.pathname = `/${database}`;
  const secret = 'bench-gateway-secret-0123456789abcdef';
  const signing = 'bench:bench-signing-key-0123456789abcdefghij';
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const common = {
    ...UNLIMITED,
    DATABASE_URL: databaseUrl.href,
    GATEWAY_SECRET: secret,
    AUTH_SIGNING_KEYS: signing,
    TERRITORIES_URL: url(4821),
    ACTORS_URL: url(4822),
    COLLABORATIONS_URL: url(4823),
    SEARCH_URL: url(4824),
    GATEWAY_URL: url(4820),
  };
  const services: Array<[string, string, Record<string, string>]> = [
    ['territories', 'services/territories/src/main.ts', { TERRITORIES_PORT: '4821' }],
    [
      'actors',
      'services/actors/src/main.ts',
      { ACTORS_PORT: '4822', SYNTHETIC_SERVICES: String(SERVICES) },
    ],
    ['collaborations', 'services/collaborations/src/main.ts', { COLLABORATIONS_PORT: '4823' }],
    ['search', 'services/search/src/main.ts', { SEARCH_PORT: '4824' }],
    ['gateway', 'gateway/src/main.ts', { GATEWAY_PORT: '4820' }],
  ];
  const processes: ServiceProcess[] = [];
  const started = performance.now();
  try {
    for (const [name, entry, env] of services) {
      const child = startProcess(name, entry, { ...common, ...env }, join(workDir, `${name}.log`));
      processes.push(child);
      const port = Number(Object.values(env)[0]);
      await waitUntil(
        `${name} ready`,
        async () => (await fetch(`http://127.0.0.1:${port}/ready`)).ok,
        READY_TIMEOUT_MS,
        processes,
      );
    }
    await waitUntil('search indexed', () => indexed(url(4820)), READY_TIMEOUT_MS, processes);
    return await measure(
      'one process per service',
      { gateway: url(4820), search: url(4824), adminToken: adminToken(signing) },
      processes,
      (performance.now() - started) / 1000,
      null,
    );
  } finally {
    for (const child of processes.reverse()) {
      await child.stop();
    }
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}

const ms = (value: number) => value.toFixed(1);

function report(results: TopologyResult[]): string[] {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const lines = [
    `# Search benchmark by topology (${new Date().toISOString()})`,
    '',
    `Commit ${commit}; ${SERVICES} synthetic services + the real records; search engine ${results.map((result) => result.engine).join(' / ') || '?'};`,
    `${cpus().length} CPUs (${availableParallelism()} available), ${cpus()[0]?.model ?? '?'}; Node ${process.version};`,
    `load from another process: ${variables.length} distinct requests (both relevance sets' queries, some with a filter),`,
    `first 10 hits with the actors' fields and two facets; ${CLIENTS} clients × ${REQUESTS} requests.`,
    '',
  ];
  for (const result of results) {
    const row = (label: string, s: LoadResult) => [
      label,
      String(s.n),
      String(s.errors),
      ms(s.p50),
      ms(s.p95),
      ms(s.p99),
      s.perSecond.toFixed(0),
    ];
    lines.push(
      `## ${result.name}`,
      '',
      `Ready (gateway answering, every service indexed): ${result.readySeconds.toFixed(1)} s fresh` +
        (result.secondReadySeconds === null
          ? ''
          : `, ${result.secondReadySeconds.toFixed(1)} s on a second start`) +
        `. Full reindex: ${result.reindex.services} service documents in ${result.reindex.seconds.toFixed(1)} s.`,
      `Freshness (a service created through the gateway → the first search that finds it): p50 ${ms(result.freshness.p50)} ms, p95 ${ms(result.freshness.p95)} ms.`,
      `RSS after the load: ${result.rss.map(([name, mb]) => `${name} ${mb} MB`).join(', ')}.`,
      '',
      ...markdownTable([
        ['load', 'n', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'],
        row('1 client, gateway + actors fields', result.alone),
        row('1 client, search subgraph alone', result.aloneDirect),
        row(`${CLIENTS} clients, gateway + actors fields`, result.loaded),
      ]),
      ...Object.entries({ ...result.alone.failures, ...result.loaded.failures }).map(
        ([message, count]) => `Errors: ${count} × ${message}`,
      ),
      '',
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  progress(`work folder ${workDir} (logs there)`);
  const results: TopologyResult[] = [];
  try {
    if (TOPOLOGIES.includes('npm-start')) {
      results.push(await npmStart(workDir));
    }
    if (TOPOLOGIES.includes('per-service')) {
      results.push(await perService(workDir));
    }
  } finally {
    const lines = report(results);
    process.stdout.write(`${lines.join('\n')}\n`);
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    writeFileSync(join(dir, `search-${stamp}.md`), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'search-latest.md'), `${lines.join('\n')}\n`);
    if (!process.env.BENCH_KEEP) {
      rmSync(join(workDir, 'data'), { recursive: true, force: true });
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
