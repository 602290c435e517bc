// The in-memory engine's cover ranking (services/search/src/engine/memory/cover-rank.ts) against
// PostgreSQL's own ts_rank_cd, on documents whose stretches of query words repeat at other offsets
// (what the ranking remembers per search) and stand far apart (what it ranks apart).
import { Client } from 'pg';

import type { TestDatabase } from '@bxl/common/testkit';

import { CoverMemo } from '../../services/search/src/engine/memory/cover-memo';
import { CoverRank } from '../../services/search/src/engine/memory/cover-rank';
import { compile } from '../../services/search/src/engine/memory/query-match';
import { Lexicon, TermVector } from '../../services/search/src/engine/memory/term-vector';
import { parseTsquery, parseTsvector } from '../../services/search/src/engine/memory/ts-text';
import { searchTestDatabase } from './support/search/search-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await searchTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const filler = (words: number) =>
  Array.from({ length: words }, (_, index) => `mot${index}`).join(' ');

/** Name (A), types (B) and a long text (D) with the same stretches at several offsets. */
const documents = [0, 3, 40, 200].map((gap) => ({
  a: `Service de médiation de dettes ${filler(gap % 7)}`,
  b: `médiation de dettes ; aide aux personnes surendettées`,
  d: `${filler(gap)} médiation de dettes ${filler(gap + 5)} dettes ${filler(3)} médiation de dettes et aide`,
}));

/** As the engine compiles them: phrases of every configuration, ORs of synonyms, an AND, a NOT. */
const queries = [
  `phraseto_tsquery('search.fr', 'médiation de dettes') || to_tsquery('search.fr', 'surendettement | aide')`,
  `phraseto_tsquery('search.fr', 'médiation de dettes') && to_tsquery('search.fr', 'aide')`,
  `to_tsquery('search.fr', 'dettes & !inexistant')`,
  `phraseto_tsquery('search.plain', 'médiation de dettes') || to_tsquery('search.fr', 'dettes')`,
];

it('ranks as ts_rank_cd(weights, vector, query, 32), whatever the offsets of repeated stretches', async () => {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const sql of queries) {
      const { rows: compiled } = await client.query<{ query: string }>(
        `select (${sql})::text as query`,
      );
      const query = (compiled[0] as { query: string }).query;
      const lexicon = new Lexicon();
      const vectors: string[] = [];
      for (const document of documents) {
        const { rows } = await client.query<{ vector: string }>(
          `select (setweight(to_tsvector('search.fr', $1), 'A') || setweight(to_tsvector('search.fr', $2), 'B')
             || to_tsvector('search.fr', $3))::text as vector`,
          [document.a, document.b, document.d],
        );
        vectors.push((rows[0] as { vector: string }).vector);
      }
      const terms = vectors.map((vector) => TermVector.of(parseTsvector(vector), lexicon));
      const rank = new CoverRank(
        compile(parseTsquery(query) as NonNullable<ReturnType<typeof parseTsquery>>, lexicon),
        [0.1, 0.3, 0.6, 1.0],
        lexicon,
      );
      const scores: number[] = [];
      for (const [index, vector] of vectors.entries()) {
        const { rows } = await client.query<{ rank: number }>(
          `select ts_rank_cd('{0.1, 0.3, 0.6, 1.0}'::float4[], $1::tsvector, $2::tsquery, 32) as rank`,
          [vector, query],
        );
        scores.push(rank.score(terms[index] as TermVector));
        expect([query, index, scores[index]]).toEqual([
          query,
          index,
          // float4 as text (shortest round trip) read back to the same float
          Math.fround((rows[0] as { rank: number }).rank),
        ]);
      }
      // Every document matches: the ranks compared are not zeros.
      expect(scores.every((score) => score > 0)).toBe(true);
    }
  } finally {
    await client.end();
  }
});

it('computes the covers of a stretch once per search, wherever it starts', () => {
  const memo = new CoverMemo();
  const packed = (positions: number[]) =>
    Float64Array.from(positions, (position) => position * 262144 + 3 * 65536);
  let computed = 0;
  const compute = (entries: Float64Array) => {
    computed += 1;
    return [entries.length];
  };
  expect(memo.covers(packed([10, 12]), compute)).toEqual([2]);
  expect(memo.covers(packed([110, 112]), compute)).toEqual([2]);
  expect(computed).toBe(1);
  expect(memo.covers(packed([110, 113]), compute)).toEqual([2]);
  expect(computed).toBe(2);
});
