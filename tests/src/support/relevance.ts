// The relevance set (tests/relevance/relevance-set.json) and its metric, shared by the relevance test
// (tests/src/search-relevance.test.ts) and the report script (bench/relevance.report.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the committed set lives. */
export const RELEVANCE_SET_PATH = join(__dirname, '..', '..', 'relevance', 'relevance-set.json');
/** How many hits are judged. */
export const CUTOFF = 5;
/** How many hits are asked for (the rest is only shown when a case misses). */
export const PAGE = 20;
/** What the embedded engine must reach on average (issue 5, "Relevance, proven"). */
export const REQUIRED_PRECISION = 0.9;

export interface RelevanceCase {
  id: string;
  query: string;
  filters?: Record<string, unknown>;
  near?: { latitude: number; longitude: number; radiusMeters?: number };
  language?: 'FR' | 'NL';
  /** Service ids a professional would take as right answers (the ground truth). */
  expected: string[];
  why: string;
}

export interface RelevanceSet {
  description: string;
  /** `startTestStack({ syntheticServices })`: the deterministic synthetic services the set was judged on. */
  syntheticServices: number;
  cases: RelevanceCase[];
}

export interface CaseResult {
  id: string;
  query: string;
  precision: number;
  /** The first distinct service ids of the hits, best first (at most PAGE). */
  ranked: string[];
  /** Expected ids that a perfect top CUTOFF could have shown but that are not in the top CUTOFF. */
  missing: string[];
  /** Ids in the top CUTOFF that are not expected. */
  wrong: string[];
  /** Expected ids in the whole page, for the diagnosis. */
  foundInPage: number;
}

export interface EngineRun {
  engine: string;
  precision: number;
  results: CaseResult[];
}

function isCase(value: unknown): value is RelevanceCase {
  const item = value as Partial<RelevanceCase> | null;
  return (
    typeof item?.id === 'string' &&
    typeof item.query === 'string' &&
    typeof item.why === 'string' &&
    Array.isArray(item.expected) &&
    item.expected.length > 0 &&
    item.expected.every((id) => typeof id === 'string')
  );
}

/** The committed set, checked for shape (ids unique, every case with an expectation). */
export function loadRelevanceSet(path = RELEVANCE_SET_PATH): RelevanceSet {
  const set = JSON.parse(readFileSync(path, 'utf8')) as Partial<RelevanceSet>;
  if (typeof set.syntheticServices !== 'number' || !Array.isArray(set.cases)) {
    throw new Error(`${path}: expected { syntheticServices, cases }`);
  }
  const seen = new Set<string>();
  for (const item of set.cases) {
    if (!isCase(item)) {
      throw new Error(`${path}: malformed case ${JSON.stringify(item).slice(0, 200)}`);
    }
    if (seen.has(item.id)) {
      throw new Error(`${path}: duplicate case id ${item.id}`);
    }
    seen.add(item.id);
  }
  return set as RelevanceSet;
}

/** Hits are per service and site: the distinct service ids, in hit order. */
export function distinctServiceIds(hits: ReadonlyArray<{ service: { id: string } }>): string[] {
  return [...new Set(hits.map((hit) => hit.service.id))];
}

/**
 * precision@k: how many of the first k distinct service ids are expected, over min(k, |expected|)
 * (a case with 2 right answers is perfect when both are in the top 5).
 */
export function precisionAt(ranked: readonly string[], expected: readonly string[], k = CUTOFF) {
  const right = new Set(expected);
  const top = ranked.slice(0, k);
  const hits = top.filter((id) => right.has(id)).length;
  return hits / Math.min(k, right.size);
}

export function judge(item: RelevanceCase, ranked: string[]): CaseResult {
  const right = new Set(item.expected);
  const top = ranked.slice(0, CUTOFF);
  const hits = top.filter((id) => right.has(id)).length;
  const wanted = Math.min(CUTOFF, right.size);
  return {
    id: item.id,
    query: item.query,
    precision: precisionAt(ranked, item.expected),
    ranked,
    // With more than CUTOFF right answers any of them will do: only the shortfall is "missing".
    missing:
      right.size <= CUTOFF
        ? item.expected.filter((id) => !top.includes(id))
        : hits < wanted
          ? [`${wanted - hits} more of the ${right.size} expected`]
          : [],
    wrong: top.filter((id) => !right.has(id)),
    foundInPage: ranked.filter((id) => right.has(id)).length,
  };
}

export const SEARCH_QUERY = `
  query Relevance($query: String!, $filters: SearchFilters, $near: NearInput, $language: Language, $first: Int!) {
    searchServices(query: $query, filters: $filters, near: $near, language: $language, first: $first) {
      engine
      hits { service { id } }
    }
  }`;

/** One GraphQL request through the gateway; throws with `label` on any error. */
export async function postGraphql<T>(
  gatewayUrl: string,
  query: string,
  variables: object,
  label: string,
) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${label}: HTTP ${response.status}: ${body.errors?.[0]?.message}`);
  }
  return body.data;
}

/** One case through the gateway: the distinct service ids of the first PAGE hits, and the engine. */
export async function runCase(gatewayUrl: string, item: RelevanceCase) {
  const data = await postGraphql<{
    searchServices: { engine: string; hits: Array<{ service: { id: string } }> };
  }>(
    gatewayUrl,
    SEARCH_QUERY,
    {
      query: item.query,
      filters: item.filters ?? null,
      near: item.near ?? null,
      language: item.language ?? null,
      first: PAGE,
    },
    `case ${item.id}`,
  );
  return {
    engine: data.searchServices.engine,
    ranked: distinctServiceIds(data.searchServices.hits),
  };
}

/** Every case, one at a time (the machine is shared): per-case results and the mean precision@5. */
export async function runRelevanceSet(gatewayUrl: string, set: RelevanceSet): Promise<EngineRun> {
  const results: CaseResult[] = [];
  let engine = 'unknown';
  for (const item of set.cases) {
    const answer = await runCase(gatewayUrl, item);
    engine = answer.engine;
    results.push(judge(item, answer.ranked));
  }
  const precision = results.reduce((sum, result) => sum + result.precision, 0) / results.length;
  return { engine, precision, results };
}

/** A plain-text table: case id, p@5, missing expected (and what came instead when it misses). */
export function formatTable(run: EngineRun): string {
  const width = Math.max(...run.results.map((result) => result.id.length), 4);
  const lines = [
    `${run.engine}: precision@${CUTOFF} = ${run.precision.toFixed(3)} over ${run.results.length} cases`,
    `${'case'.padEnd(width)}  p@5   missing expected`,
  ];
  for (const result of run.results) {
    const missing = result.missing.length ? result.missing.join(', ') : '-';
    const instead =
      result.precision < 1 && result.wrong.length ? `  (instead: ${result.wrong.join(', ')})` : '';
    lines.push(`${result.id.padEnd(width)}  ${result.precision.toFixed(2)}  ${missing}${instead}`);
  }
  return lines.join('\n');
}
