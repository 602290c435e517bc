import type { Highlight, ServiceQuery, ServiceResults } from '../search-engine';
import { facetsOf, highlightsOf, pageHeadlinesSql } from '../postgres/postgres-service-search';
import { relaxingLast } from '../postgres/query-terms';
import type { QueryUnit } from '../postgres/query-terms';
import type { Queryable } from '../postgres/queryable';
import { SqlParams } from '../postgres/sql-params';
import { anyPhraseSql, tsquerySql } from '../postgres/text-query';
import { MemoryIndex, VECTOR_ROW_COLUMNS } from './memory-index';
import type { VectorRow } from './memory-index';
import { searchMemory } from './memory-service-search';
import type { CompiledAttempt, MemoryResults } from './memory-service-search';
import { compile } from './query-match';
import { parseTsquery } from './ts-text';

const LOAD_BATCH = 1000;
const COUNTER = `(select case when is_called then last_value else 0 end from search.generation)`;

/** The counter moved elsewhere: another process wrote, the index no longer holds the table. */
class Stale extends Error {}
/** The counter moved by this engine's own write, not yet applied: the statement answers this once. */
class Behind extends Error {}

/**
 * The embedded engine's service search in memory (issue 12): every service document and its vectors
 * (as PostgreSQL's dictionaries made them) held by the search subgraph, so that a search costs what
 * its page costs, not what its matches cost. PostgreSQL stays the store: the index is loaded from
 * it, kept in step by this engine's writes, and tied to the `search.generation` counter every write
 * moves; while it loads, or when another process has written, searches run the statement instead.
 */
export class MemorySearch {
  private index = new MemoryIndex();
  /** The counter value the index holds. */
  private generation = -1;
  private state: 'empty' | 'loading' | 'current' | 'stale' = 'empty';
  private loading: Promise<void> | null = null;
  /** This engine's writes between moving the counter and applying their change. */
  private writes = 0;
  /** Searches answered from memory, and full loads (tests and the benchmark read them). */
  answered = 0;
  loads = 0;

  constructor(private readonly db: Queryable) {}

  /** Whether searches are answered from memory now. */
  get current(): boolean {
    return this.state === 'current';
  }

  get size(): number {
    return this.index.size;
  }

  /** Loads every document (once at a time); searches use the statement until it is done. */
  load(): Promise<void> {
    // A failed load (the database unreachable, the engine closed) leaves the statement answering;
    // the next search tries again.
    this.loading ??= this.reload()
      .catch(() => {
        this.state = 'stale';
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  private async counter(): Promise<number> {
    const { rows } = await this.db.query<{ generation: string }>(`select ${COUNTER} as generation`);
    return Number(rows[0]?.generation ?? 0);
  }

  private async reload(): Promise<void> {
    this.loads += 1;
    // A write during the load makes it start again (at most three times; then the next search does).
    for (let attempt = 0; attempt < 3; attempt += 1) {
      this.state = 'loading';
      const before = await this.counter();
      const index = new MemoryIndex();
      let after = '';
      for (;;) {
        const { rows } = await this.db.query<VectorRow>(
          `select ${VECTOR_ROW_COLUMNS} from search.service_document d where d.key > $1
           order by d.key limit ${LOAD_BATCH}`,
          [after],
        );
        for (const row of rows) {
          index.put(row);
        }
        if (rows.length < LOAD_BATCH) {
          break;
        }
        after = (rows.at(-1) as VectorRow).key;
      }
      if ((await this.counter()) === before) {
        this.index = index;
        this.generation = before;
        this.state = 'current';
        return;
      }
    }
    this.state = 'stale';
  }

  /** A write of this engine moves the counter now (`false`: it is over, applied or failed). */
  writing(started: boolean): void {
    this.writes = Math.max(0, this.writes + (started ? 1 : -1));
  }

  /**
   * After a write of this engine (already committed) that moved the counter to `generation`: applies
   * the change to the index when nobody else wrote meanwhile, else (or without a change) reloads.
   */
  written(generation: number, change: ((index: MemoryIndex) => void) | null): void {
    if (change && this.state === 'current' && generation === this.generation + 1) {
      change(this.index);
      this.generation = generation;
    } else if (this.state === 'current' || this.state === 'stale') {
      this.state = 'stale';
      void this.load();
    }
  }

  /** A service search from memory; null when the index is not current (the statement answers). */
  async search(query: ServiceQuery, units: readonly QueryUnit[]): Promise<ServiceResults | null> {
    if (!this.current) {
      if (this.state !== 'loading') {
        void this.load();
      }
      return null;
    }
    let found: { results: MemoryResults; queryText: string };
    try {
      found = await relaxingLast(
        units,
        (kept) => this.attempt(query, kept),
        (result) => result.results.total > 0,
      );
    } catch (error) {
      if (error instanceof Behind) {
        return null;
      }
      if (error instanceof Stale) {
        this.state = 'stale';
        void this.load();
        return null;
      }
      throw error;
    }
    const highlights =
      query.highlight === false ? new Map() : await this.highlights(found, query.language);
    this.answered += 1;
    return {
      total: found.results.total,
      hits: found.results.hits.map((hit) => ({
        document: hit.document,
        score: hit.score,
        highlights: highlights.get(hit.key) ?? [],
        distanceMeters: hit.distance === null ? null : Math.round(hit.distance),
      })),
      facets: facetsOf(found.results.facets),
    };
  }

  /** One attempt: its tsqueries compiled by PostgreSQL (one statement), then matched in memory. */
  private async attempt(query: ServiceQuery, units: readonly QueryUnit[]) {
    const params = new SqlParams();
    const text = units.length > 0;
    const others = units.filter((unit) => !unit.place);
    const places = query.places ?? [];
    const empty = `''::tsquery`;
    const { rows } = await this.db.query<
      Record<'query' | 'types' | 'exact' | 'named', string> & {
        generation: string;
      }
    >(
      `select (${text ? tsquerySql(units, params) : empty})::text as query,
         (${others.length > 0 ? tsquerySql(others, params) : empty})::text as types,
         (${text ? `phraseto_tsquery('search.plain', ${params.add(query.text)}::text)` : empty})::text as exact,
         (${
           places.length > 0
             ? anyPhraseSql(
                 places.flatMap((place) => place.names),
                 params,
               )
             : empty
         })::text as named,
         ${COUNTER} as generation`,
      params.values,
    );
    const row = rows[0] as NonNullable<(typeof rows)[0]>;
    // Behind the index: a write of this engine was applied since the counter was read (the index
    // holds more, not less). Ahead while this engine writes: its own write, about to be applied.
    const generation = Number(row.generation);
    if (generation > this.generation) {
      throw this.writes > 0 ? new Behind() : new Stale();
    }
    const lexicon = this.index.lexicon;
    const compiled = (tsquery: string) => {
      const node = parseTsquery(tsquery);
      return node ? compile(node, lexicon) : null;
    };
    const attempt: CompiledAttempt = {
      query: compiled(row.query),
      types: compiled(row.types),
      exact: compiled(row.exact),
      named: compiled(row.named),
    };
    // Words that make an empty query (only stop words) match nothing, as `@@ ''` in the statement.
    const results: MemoryResults =
      text && !attempt.query
        ? { total: 0, hits: [], facets: [] }
        : searchMemory(this.index, query, attempt);
    return { results, queryText: row.query };
  }

  /** PostgreSQL's headlines of the page's hits (one statement). */
  private async highlights(
    found: { results: MemoryResults; queryText: string },
    language: ServiceQuery['language'],
  ): Promise<Map<string, Highlight[]>> {
    const keys = found.results.hits.map((hit) => hit.key);
    if (!found.queryText || keys.length === 0) {
      return new Map();
    }
    const headlines = pageHeadlinesSql(language);
    const { rows } = await this.db.query<{ key: string; headlines: string[] }>(
      `select d.key, ${headlines.all} as headlines
       from search.service_document d, (select $1::tsquery as query) q,
         lateral (select ${headlines.asked} as asked) h
       where d.key = any($2::text[])`,
      [found.queryText, keys],
    );
    return new Map(rows.map((row) => [row.key, highlightsOf(row.headlines, language)]));
  }
}
