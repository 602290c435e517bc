// Benchmark of locate(): the in-memory index, locate over HTTP (gateway and subgraph) and locateMany.
// Runs the whole stack on a scratch database, on 127.0.0.1 only; see docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

import { mulberry32 } from '@bxl/common';

import { startBenchDirectory } from './support/bench-directory';
import type { BenchDirectory } from './support/bench-directory';
import { Budget, localPost, markdownTable, stats } from './support/bench-kit';
import type { Stats } from './support/bench-kit';

const SEED = 0x5eed2024;
const POINTS = 10_000;
/** Requests in flight for `locate` over HTTP (BENCH_CONCURRENCY, 1–64, default 8). */
const CONCURRENCY = Math.min(Math.max(Number(process.env.BENCH_CONCURRENCY) || 8, 1), 64);
const WARMUP = 200;
const BATCH = 1000;
const BUDGET_MS = 120_000;
const REQUEST_TIMEOUT_MS = 10_000;

interface Ids {
  sector: { id: string } | null;
}

const IDS = 'sector { id } quartier { id } commune { id } bassin { id }';
const LOCATE = `query ($latitude: Float!, $longitude: Float!) {
  locate(latitude: $latitude, longitude: $longitude) { ${IDS} }
}`;
const LOCATE_MANY = `query ($points: [PointInput!]!) { locateMany(points: $points) { ${IDS} } }`;

/** Stops every request loop once the time budget is spent, whatever happens. */
const budget = new Budget(BUDGET_MS);
budget.start();
const post = localPost(budget, REQUEST_TIMEOUT_MS);
let firstError: string | undefined;

/** The bounding box of a GeoJSON geometry: [minLon, minLat, maxLon, maxLat]. */
function bboxOf(geometry: { coordinates?: unknown }): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      value.slice(0, 2).forEach((coordinate: number, axis) => {
        box[axis] = Math.min(box[axis] ?? Infinity, coordinate);
        box[axis + 2] = Math.max(box[axis + 2] ?? -Infinity, coordinate);
      });
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    }
  };
  walk(geometry.coordinates);
  return box;
}

/** Runs the jobs, `concurrency` at a time; each resolves to its count of sector mismatches. */
async function run(jobs: Array<() => Promise<number>>, concurrency: number): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let mismatches = 0;
  const worker = async (): Promise<void> => {
    for (let job = jobs[next++]; job && !budget.signal.aborted; job = jobs[next++]) {
      const started = performance.now();
      try {
        mismatches += await job();
        latencies.push(performance.now() - started);
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats(latencies, performance.now() - started, errors, mismatches);
}

async function main(report: (line: string) => void): Promise<void> {
  const rss = (label: string) => `${label} ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`;
  const rssLog = [rss('start')];
  report(`# locate benchmark, ${new Date().toISOString()}`);
  report('');
  report(`Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'}).`);
  let bench: BenchDirectory | undefined;
  try {
    bench = await startBenchDirectory(0);
    const { territories, gateway } = bench.directory;
    rssLog.push(rss('stack ready'));

    // 1. Reproducible points: uniform in the Region's bounding box, kept when in a sector.
    const query = '{ region { geometry(detail: SIMPLIFIED) } }';
    const { region } = await post<{ region: { geometry: object } }>(gateway.url, query, {});
    const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = bboxOf(region.geometry);
    const random = mulberry32(SEED);
    const locator = territories.services.locator;
    const points: Array<{ latitude: number; longitude: number }> = [];
    const expected: string[] = [];
    let drawn = 0;
    while (points.length < POINTS && drawn < 100 * POINTS) {
      drawn++;
      const latitude = minLat + random() * (maxLat - minLat);
      const longitude = minLon + random() * (maxLon - minLon);
      const sector = locator.locate(latitude, longitude).SECTOR;
      if (sector) {
        points.push({ latitude, longitude });
        expected.push(sector);
      }
    }
    if (points.length < POINTS) {
      throw new Error(`only ${points.length} points in a sector out of ${drawn} drawn`);
    }
    const box = [minLon, minLat, maxLon, maxLat].map((value) => value.toFixed(4)).join(', ');

    // 2a. The in-memory index, call by call, after a warm-up pass for the JIT.
    points.forEach((point) => locator.locate(point.latitude, point.longitude));
    const micros = points.map((point) => {
      const before = process.hrtime.bigint();
      locator.locate(point.latitude, point.longitude);
      return Number(process.hrtime.bigint() - before) / 1000;
    });
    const memory = stats(micros, micros.reduce((sum, value) => sum + value, 0) / 1000);

    // 2b. locate over HTTP, a job per point; 2c. locateMany, a job per batch, one at a time.
    const locate = (url: string) =>
      points.map((point, index) => async () => {
        const data = await post<{ locate: Ids }>(url, LOCATE, point);
        return data.locate.sector?.id === expected[index] ? 0 : 1;
      });
    const batches = Array.from({ length: Math.ceil(points.length / BATCH) }, (_, batch) => {
      const from = batch * BATCH;
      return async () => {
        const variables = { points: points.slice(from, from + BATCH) };
        const data = await post<{ locateMany: Ids[] }>(gateway.url, LOCATE_MANY, variables);
        const wrong = data.locateMany.filter((one, i) => one.sector?.id !== expected[from + i]);
        return wrong.length + Math.abs(variables.points.length - data.locateMany.length);
      };
    });
    await run(locate(gateway.url).slice(0, WARMUP), CONCURRENCY);
    await run(locate(territories.url).slice(0, WARMUP), CONCURRENCY);
    const many = await run(batches, 1);
    const viaGateway = await run(locate(gateway.url), CONCURRENCY);
    const direct = await run(locate(territories.url), CONCURRENCY);
    rssLog.push(rss('after load'));

    // 3. The report.
    const f = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
    const row = (name: string, s: Stats, digits: number, rate: string) => {
      const figures = [s.p50, s.p95, s.p99, s.mean].map((value) => f(value, digits));
      return [name, `${s.n}`, `${s.errors} / ${s.mismatches}`, ...figures, rate];
    };
    const ratios = (['p50', 'p95', 'p99', 'mean', 'perSecond'] as const).map((key) =>
      f(viaGateway[key] / direct[key]),
    );
    const manyRate = `${f(many.perSecond * BATCH, 0)} points/s`;
    [
      `Points: seed 0x${SEED.toString(16)}, bounding box [${box}], ${points.length} kept of ${drawn} drawn.`,
      `HTTP: ${CONCURRENCY} in flight, ${WARMUP} warm-up requests per target not counted.`,
      '',
      ...markdownTable([
        ['Measure', 'n', 'errors / sector mismatches', 'p50', 'p95', 'p99', 'mean', 'throughput'],
        row('`locator.locate` in memory (µs)', memory, 1, '–'),
        row('`locate` via gateway (ms)', viaGateway, 2, `${f(viaGateway.perSecond, 0)} req/s`),
        row('`locate` direct to subgraph (ms)', direct, 2, `${f(direct.perSecond, 0)} req/s`),
        ['ratio gateway / subgraph', '', '', ...ratios],
        row(`\`locateMany\` ×${BATCH} via gateway (ms/batch)`, many, 1, manyRate),
      ]),
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
    if (budget.signal.aborted || firstError) {
      const note = `Notes: ${budget.signal.aborted ? `${budget.message}; ` : ''}${firstError ?? ''}`;
      lines.push('', note);
      console.log(`\n${note}`);
    }
    try {
      mkdirSync(join(__dirname, 'results'), { recursive: true });
      writeFileSync(join(__dirname, 'results', 'locate-latest.md'), `${lines.join('\n')}\n`);
    } finally {
      process.exit(failed ? 1 : 0);
    }
  });
