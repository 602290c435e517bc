// Benchmark of a page of 100 services with nested fields (types, organisation, sites and their
// territories) through the gateway, on a stack seeded with 10,000 synthetic services.
// Runs the whole stack on a scratch database, on 127.0.0.1 only; see docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

import type { SqlCounter } from '@bxl/common';

import { startBenchDirectory } from './support/bench-directory';
import type { BenchDirectory } from './support/bench-directory';
import { Budget, localPost, markdownTable, stats } from './support/bench-kit';
import type { Stats } from './support/bench-kit';

/** Synthetic services seeded on top of the real records (BENCH_SERVICES, 0–100,000, default 10,000). */
const SERVICES = Math.min(Math.max(Number(process.env.BENCH_SERVICES ?? 10_000) || 0, 0), 100_000);
/** BENCH_ANALYZE=1: ANALYZE the scratch database after seeding (by default its tables are as seeded). */
const ANALYZE = process.env.BENCH_ANALYZE === '1';
/** Requests in flight for the loads (BENCH_CONCURRENCY, 1–64, default 4). */
const CONCURRENCY = Math.min(Math.max(Number(process.env.BENCH_CONCURRENCY) || 4, 1), 64);
const PAGE = 100;
/** Full pages through the gateway, all filters mixed. */
const REQUESTS = 300;
/** Actors-only pages, through the gateway and then straight to the actors subgraph. */
const DIRECT_REQUESTS = 100;
/** Full pages per filter in the one-at-a-time phase that counts SQL statements. */
const SQL_PAGES = 8;
/** Pages per filter at most when collecting cursors. */
const MAX_PAGES = 100;
const WARMUP = 8;
const BUDGET_MS = 120_000;
const REQUEST_TIMEOUT_MS = 30_000;

type Filter = Record<string, unknown> | null;
interface Kind {
  name: string;
  filter: Filter;
  /** A node breaking the filter, if the filter is checkable from the page. */
  wrong?: (node: ServiceNode) => boolean;
}
interface ServiceNode {
  id: string;
  languages: string[];
  types: Array<{ code: string }>;
  sites: Array<{ id: string; commune: { id: string; nameFr?: string } | null }>;
}
interface Page<N = ServiceNode> {
  services: {
    totalCount: number;
    edges?: Array<{ cursor: string; node: N }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}
/** Where each page of a filter starts: `afters[i]` is the cursor to ask page `i` with. */
interface Walk {
  kind: Kind;
  total: number;
  afters: Array<string | null>;
}
interface Job {
  label: string;
  run: () => Promise<number>;
}

const KINDS: Kind[] = [
  { name: 'unfiltered', filter: null },
  { name: '`bassin:sud`, BOTH', filter: { territory: 'bassin:sud', mode: 'BOTH' } },
  {
    name: '`debt-mediation` + `ar`',
    filter: { types: ['debt-mediation'], languages: ['ar'] },
    wrong: (node) =>
      !node.types.some((type) => type.code === 'debt-mediation') || !node.languages.includes('ar'),
  },
  {
    name: '`groupement:…:gare-de-l-ouest`',
    filter: { territory: 'groupement:provisional-clss:gare-de-l-ouest' },
  },
];
/** The mix of the gateway load: half unfiltered pages, half the three filters in turn. */
const MIX = [0, 1, 0, 2, 0, 3];

const pageQuery = (
  siteTerritories: string,
) => `query ($first: Int!, $after: String, $filter: ServiceFilter) {
  services(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id nameFr nameNl languages types { code labelFr } publics { code }
      organisation { id nameFr } sites { id streetFr ${siteTerritories} } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
/** The page the issue asks for: the sites' territories are resolved by the territories subgraph. */
const FULL_PAGE = pageQuery(
  'commune { id nameFr } bassin { id nameFr } groupement { id } quartier { id nameFr }',
);
/** The same page without the territories' fields: the actors subgraph alone can answer it. */
const ACTORS_PAGE = pageQuery('commune { id } bassin { id } groupement { id } quartier { id }');
const CURSORS = `query ($first: Int!, $after: String, $filter: ServiceFilter) {
  services(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { endCursor hasNextPage }
  }
}`;
const BASSINS = '{ bassins { id } }';
const SERVICE_COUNTS = `query ($id: ID!) {
  territory(id: $id) { ... on Bassin { id serviceCounts { type { code } locatedIn serves total } } }
}`;

/** Stops every request loop once the time budget is spent, whatever happens. */
const budget = new Budget(BUDGET_MS);
const post = localPost(budget, REQUEST_TIMEOUT_MS);
let firstError: string | undefined;
let errorCount = 0;
let mismatchCount = 0;

/**
 * Runs the jobs, `concurrency` at a time; each resolves to its count of mismatches. Gives the
 * statistics of all of them and of each label.
 */
async function run(
  jobs: Job[],
  concurrency: number,
): Promise<{ all: Stats; byLabel: Map<string, Stats> }> {
  const latencies: Array<{ label: string; ms: number }> = [];
  const failures = new Map<string, { errors: number; mismatches: number }>();
  const failuresOf = (label: string) => {
    const entry = failures.get(label) ?? { errors: 0, mismatches: 0 };
    failures.set(label, entry);
    return entry;
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let job = jobs[next++]; job && !budget.signal.aborted; job = jobs[next++]) {
      const started = performance.now();
      try {
        const wrong = await job.run();
        latencies.push({ label: job.label, ms: performance.now() - started });
        failuresOf(job.label).mismatches += wrong;
        mismatchCount += wrong;
      } catch (error) {
        failuresOf(job.label).errors++;
        errorCount++;
        firstError ??= `${job.label}: ${String(error)}`;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const sum = (key: 'errors' | 'mismatches') =>
    [...failures.values()].reduce((total, entry) => total + entry[key], 0);
  const byLabel = new Map<string, Stats>();
  for (const [label, failed] of failures) {
    const samples = latencies.filter((one) => one.label === label).map((one) => one.ms);
    byLabel.set(label, stats(samples, wallMs, failed.errors, failed.mismatches));
  }
  const all = stats(
    latencies.map((one) => one.ms),
    wallMs,
    sum('errors'),
    sum('mismatches'),
  );
  return { all, byLabel };
}

/** Walks a filter's pages by their cursors (ids and total only), timing each request. */
async function walk(url: string, kind: Kind, latencies: number[]): Promise<Walk> {
  const afters: Array<string | null> = [null];
  let total = 0;
  for (let page = 0; page < MAX_PAGES && !budget.signal.aborted; page++) {
    const started = performance.now();
    const variables = { first: PAGE, after: afters[page], filter: kind.filter };
    const { services } = await post<Page>(url, CURSORS, variables);
    latencies.push(performance.now() - started);
    total = services.totalCount;
    if (!services.pageInfo.hasNextPage || !services.pageInfo.endCursor) {
      break;
    }
    afters.push(services.pageInfo.endCursor);
  }
  return { kind, total, afters };
}

/** A job asking page `index` of a walked filter and checking what comes back. */
function pageJob(url: string, query: string, walked: Walk, index: number, label: string): Job {
  const page = index % walked.afters.length;
  return {
    label,
    run: async () => {
      const variables = { first: PAGE, after: walked.afters[page], filter: walked.kind.filter };
      const { services } = await post<Page>(url, query, variables);
      const edges = services.edges ?? [];
      const expected = Math.max(0, Math.min(PAGE, walked.total - page * PAGE));
      const named = (node: ServiceNode) =>
        query !== FULL_PAGE || node.sites.every((site) => typeof site.commune?.nameFr === 'string');
      const wrong = edges.filter(({ node }) => walked.kind.wrong?.(node) || !named(node));
      const counted = services.totalCount === walked.total && edges.length === expected ? 0 : 1;
      return wrong.length + counted;
    },
  };
}

/** Counts the statements each subgraph sends while `work` runs (alone: the counters are global). */
async function countSql<T>(
  counters: { actors: SqlCounter; territories: SqlCounter },
  work: () => Promise<T>,
) {
  const territories = { count: 0, statements: [] as string[] };
  const actors = await counters.actors.measure(async () => {
    const measured = await counters.territories.measure(work);
    territories.count = measured.count;
    territories.statements = measured.statements;
    return measured.result;
  });
  return {
    result: actors.result,
    actors: actors.count,
    territories: territories.count,
    actorsStatements: actors.statements,
    territoriesStatements: territories.statements,
  };
}

async function main(report: (line: string) => void): Promise<void> {
  const rss = (label: string) => `${label} ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`;
  const rssLog = [rss('start')];
  report(`# services benchmark, ${new Date().toISOString()}`);
  report('');
  report(`Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'}).`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  let bench: BenchDirectory | undefined;
  try {
    // 1. The directory, seeded: every subgraph, actors with the synthetic services.
    let clock = performance.now();
    bench = await startBenchDirectory(SERVICES);
    const { actors, gateway, territories } = bench.directory;
    const startMs = performance.now() - clock;
    rssLog.push(rss('stack ready'));
    const connection = actors.db.em.getConnection();
    const [settings] = await connection.execute<Array<{ autovacuum: string; jit: string }>>(
      "select current_setting('autovacuum') as autovacuum, current_setting('jit') as jit",
    );
    clock = performance.now();
    if (ANALYZE) {
      await connection.execute('analyze');
    }
    const statistics = ANALYZE
      ? `ANALYZE run after seeding (${seconds(performance.now() - clock)})`
      : 'tables as seeded, not analysed by the benchmark';
    budget.start();
    const counters = { actors: actors.db.sql, territories: territories.db.sql };

    // 2. Cursors: every filter's pages walked through the gateway, ids and totals only.
    const walkMs: number[] = [];
    clock = performance.now();
    const walks: Walk[] = [];
    for (const kind of KINDS) {
      walks.push(await walk(gateway.url, kind, walkMs));
    }
    const walkStats = stats(walkMs, performance.now() - clock);
    const [unfiltered] = walks;
    if (!unfiltered || walks.some((one) => one.total === 0)) {
      throw new Error(`a filter matches no service: ${walks.map((one) => one.total).join(', ')}`);
    }

    // 3. Warm-up, then the SQL statements per request, one request at a time.
    const spread = (walked: Walk, count: number, url: string, query: string, label: string) =>
      Array.from({ length: count }, (_, i) => pageJob(url, query, walked, i * 37, label));
    await run(spread(unfiltered, WARMUP, gateway.url, FULL_PAGE, 'warm-up'), 1);
    await run(spread(unfiltered, WARMUP, actors.url, ACTORS_PAGE, 'warm-up'), 1);
    const sqlRows: string[][] = [];
    const shapes: string[] = [];
    /** Each request kind's statements, abridged, listed once per distinct sequence. */
    const described = new Map<string, string>();
    const describe = (label: string, measured: Awaited<ReturnType<typeof countSql>>) => {
      const shape = (statement: string) => {
        const flat = statement.replace(/\s+/g, ' ').replace(/\(\?(, \?)*\)/g, '(…)');
        const where = flat.indexOf(' where ');
        const short = where > 60 ? `${flat.slice(0, 60)} …${flat.slice(where, where + 50)}` : flat;
        return short.length > 160 ? `${short.slice(0, 159)}…` : short;
      };
      const list = [
        ...measured.actorsStatements.map((sql) => `actors: \`${shape(sql)}\``),
        ...measured.territoriesStatements.map((sql) => `territories: \`${shape(sql)}\``),
      ];
      const same = described.get(list.join('\n'));
      if (same) {
        shapes.push(`- ${label}: the same statements as ${same}.`);
      } else {
        described.set(list.join('\n'), label);
        const counts = `${measured.actors} actors, ${measured.territories} territories`;
        shapes.push(`- ${label} (${counts}):`, ...list.map((line) => `  - ${line}`));
      }
    };
    const sqlTargets = [
      ...walks.map((walked) => ({ walked, url: gateway.url, query: FULL_PAGE, via: 'gateway' })),
      { walked: unfiltered, url: actors.url, query: ACTORS_PAGE, via: 'actors subgraph' },
    ];
    const range = (values: number[]) => {
      const [low = NaN, high = NaN] = [Math.min(...values), Math.max(...values)];
      return low === high ? `${low}` : `${low}–${high}`;
    };
    for (const { walked, url, query, via } of sqlTargets) {
      const counts: Array<{ actors: number; territories: number }> = [];
      const label = `${walked.kind.name} via ${via}`;
      const jobs = spread(walked, SQL_PAGES, url, query, label).map((job) => ({
        ...job,
        run: async () => {
          const measured = await countSql(counters, job.run);
          if (counts.length === 0) {
            describe(label, measured);
          }
          counts.push(measured);
          return measured.result;
        },
      }));
      const { all } = await run(jobs, 1);
      sqlRows.push([
        label,
        `${all.n}`,
        `${walked.total}`,
        range(counts.map((one) => one.actors)),
        range(counts.map((one) => one.territories)),
        all.p50.toFixed(1),
        all.p95.toFixed(1),
      ]);
    }

    // 4. The load: full pages through the gateway, the filters mixed, CONCURRENCY in flight.
    const perKind = KINDS.map(() => 0);
    const mixed = Array.from({ length: REQUESTS }, (_, i) => {
      const k = MIX[i % MIX.length] ?? 0;
      const walked = walks[k] ?? unfiltered;
      const nth = perKind[k] ?? 0;
      perKind[k] = nth + 1;
      return pageJob(gateway.url, FULL_PAGE, walked, 37 * nth, walked.kind.name);
    });
    const load = await run(mixed, CONCURRENCY);
    rssLog.push(rss('after load'));

    // 5. The actors-only page, through the gateway then straight to the subgraph.
    await run(spread(unfiltered, WARMUP, gateway.url, ACTORS_PAGE, 'warm-up'), CONCURRENCY);
    const actorsOnly = (url: string) =>
      spread(unfiltered, DIRECT_REQUESTS, url, ACTORS_PAGE, 'actors-only');
    const viaGateway = (await run(actorsOnly(gateway.url), CONCURRENCY)).all;
    const direct = (await run(actorsOnly(actors.url), CONCURRENCY)).all;

    // 6. serviceCounts on each bassin, twice: the first asks territories for the related ids.
    const { bassins } = await post<{ bassins: Array<{ id: string }> }>(gateway.url, BASSINS, {});
    const countRows = new Map<string, string[]>();
    for (const round of ['first', 'again']) {
      for (const { id } of bassins) {
        const clockOne = performance.now();
        const measured = await countSql(counters, () =>
          post<{
            territory: { serviceCounts?: Array<{ total: number }> } | null;
          }>(gateway.url, SERVICE_COUNTS, { id }),
        );
        const ms = performance.now() - clockOne;
        const counts = measured.result.territory?.serviceCounts ?? [];
        if (counts.length === 0) {
          mismatchCount++;
          firstError ??= `serviceCounts: none on ${id}`;
        }
        const row = countRows.get(id) ?? [
          `\`${id}\``,
          `${counts.length}`,
          `${counts.reduce((sum, one) => sum + one.total, 0)}`,
        ];
        row.push(ms.toFixed(0), `${measured.actors} / ${measured.territories}`);
        countRows.set(id, row);
        if (id === bassins[1]?.id) {
          describe(
            `\`serviceCounts\` on \`${id}\`, ${round === 'first' ? 'first' : 'second'} time`,
            measured,
          );
        }
      }
    }

    // 7. The report.
    const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
    const row = (name: string, s: Stats, rate = true) => [
      name,
      `${s.n}`,
      `${s.errors} / ${s.mismatches}`,
      ...[s.p50, s.p95, s.p99, s.mean].map((value) => f(value)),
      rate ? `${f(s.perSecond)} req/s` : '–',
    ];
    const ratios = (['p50', 'p95', 'p99', 'mean', 'perSecond'] as const).map((key) =>
      f(viaGateway[key] / direct[key], 2),
    );
    [
      `Services: ${unfiltered.total} listed (${SERVICES} synthetic and the real records). Start: ${seconds(startMs)} (every subgraph migrated and seeded: locate index, site territories…).`,
      `PostgreSQL: autovacuum ${settings?.autovacuum ?? '?'}, jit ${settings?.jit ?? '?'}; statistics: ${statistics}.`,
      `Pages of ${PAGE}; ${CONCURRENCY} in flight for the loads; ${WARMUP} warm-up requests per target not counted. Matches per filter: ${walks.map((one) => `${one.kind.name} ${one.total}`).join(', ')}.`,
      '',
      '## Latency (ms)',
      '',
      ...markdownTable([
        ['Measure', 'n', 'errors / mismatches', 'p50', 'p95', 'p99', 'mean', 'throughput'],
        row(`full page via gateway, mixed, ${CONCURRENCY} in flight`, load.all),
        ...KINDS.map((kind) => {
          const s = load.byLabel.get(kind.name);
          return s ? row(`of which ${kind.name}`, s, false) : [kind.name, '0'];
        }),
        row(`actors-only page via gateway, ${CONCURRENCY} in flight`, viaGateway),
        row(`actors-only page direct to actors, ${CONCURRENCY} in flight`, direct),
        ['ratio gateway / subgraph', '', '', ...ratios],
        row('ids + totalCount only via gateway (cursor walk), 1 in flight', walkStats),
      ]),
      '',
      '## SQL statements per request (one request in flight)',
      '',
      ...markdownTable([
        ['Page of 100', 'n', 'matches', 'actors SQL', 'territories SQL', 'p50 ms', 'p95 ms'],
        ...sqlRows,
      ]),
      '',
      '## `serviceCounts` per bassin, via gateway (first time, then again)',
      '',
      ...markdownTable([
        ['Bassin', 'types', 'Σ total', 'ms', 'SQL actors / terr.', 'ms again', 'SQL again'],
        ...countRows.values(),
      ]),
      '',
      '## Statements of the first request of each kind',
      '',
      ...shapes,
      '',
      `Process RSS (stack and load generator in one process): ${rssLog.join(', ')}.`,
    ].forEach(report);
  } finally {
    await bench?.stop().catch((error: unknown) => console.error('stop failed:', error));
  }
}

const lines: string[] = [];
let failed = false;
main((line) => {
  lines.push(line);
  console.log(line);
})
  .catch((error: unknown) => {
    console.error('benchmark failed:', error);
    failed = true;
    lines.push('', `**The run failed:** ${String(error)}`);
  })
  .finally(() => {
    if (budget.signal.aborted || firstError || errorCount || mismatchCount) {
      failed = true;
      const spent = budget.signal.aborted ? `${budget.message}; ` : '';
      const note = `Notes: ${spent}${errorCount} errors, ${mismatchCount} mismatches; ${firstError ?? ''}`;
      lines.push('', note);
      console.log(`\n${note}`);
    }
    try {
      mkdirSync(join(__dirname, 'results'), { recursive: true });
      writeFileSync(join(__dirname, 'results', 'services-latest.md'), `${lines.join('\n')}\n`);
    } finally {
      process.exit(failed ? 1 : 0);
    }
  });
