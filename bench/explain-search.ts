// Where a search's time goes on the embedded engine: runs queries through PostgresSearchEngine
// against a running directory's database (DATABASE_URL) and prints EXPLAIN (ANALYZE, BUFFERS) of
// each statement with its time. Diagnostic only (issue 12), not a benchmark.
import { writeFileSync } from 'node:fs';

import { PostgresSearchEngine } from '@bxl/search';
import type { ServiceQuery } from '@bxl/search';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL is required');
}
const engine = new PostgresSearchEngine(url);
const pool = (
  engine as unknown as {
    pool: { query: (t: string, v?: unknown[]) => Promise<{ rows: Array<Record<string, string>> }> };
  }
).pool;
const original = pool.query.bind(pool);
const verbose = process.env.VERBOSE === '1';
pool.query = async (text: string, values?: unknown[]) => {
  if (process.env.DUMP && text.includes('with q as')) {
    writeFileSync(process.env.DUMP, JSON.stringify({ text, values }));
  }
  const started = performance.now();
  const result = await original(text, values);
  const ms = performance.now() - started;
  const plan = await original(`explain (analyze, buffers) ${text}`, values);
  const lines = plan.rows.map((row) => row['QUERY PLAN'] ?? '');
  console.log(`  ${ms.toFixed(1)} ms  ${text.replace(/\s+/g, ' ').slice(0, 70)}`);
  console.log(`    ${lines.filter((l) => /Execution Time|Planning Time/.test(l)).join(' | ')}`);
  if (verbose) {
    console.log(lines.join('\n'));
  }
  return result;
};

const base: Omit<ServiceQuery, 'text'> = {
  language: 'fr',
  filters: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 10,
};
const queries = (process.env.QUERIES ?? 'CPAS|schuldbemiddeling|toxicomanie|psychologue|').split(
  '|',
);
void (async () => {
  for (const text of queries) {
    for (let round = 0; round < 2; round += 1) {
      console.log(`"${text}" round ${round}`);
      const started = performance.now();
      const results = await engine.searchServices({ ...base, text });
      console.log(
        `  total ${results.total}, ${(performance.now() - started).toFixed(1)} ms with explains`,
      );
    }
  }
  await engine.close();
})();
