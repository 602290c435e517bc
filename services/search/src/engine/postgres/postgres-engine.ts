import type { Pool } from 'pg';

import { DEFAULT_STATEMENT_TIMEOUT_MS, openPool } from '@bxl/common';

import type { OrganisationDocument, ServiceDocument } from '../../document/search-document';
import type { QueryPlace } from '../../places/places';
import { loadSynonymGroups, normaliseTerm, tokenize } from '../../synonyms/synonyms';
import { SearchEngineUnavailableError } from '../search-engine';
import type {
  IndexName,
  Language,
  OrganisationQuery,
  OrganisationResults,
  SearchEngine,
  ServiceQuery,
  ServiceResults,
  Suggestion,
} from '../search-engine';
import {
  ADD_SUGGESTIONS,
  ADD_WORDS,
  organisationRow,
  serviceRow,
  suggestionRows,
  UPSERT_ORGANISATIONS,
  UPSERT_SERVICES,
} from './postgres-documents';
import { VECTOR_ROW_COLUMNS } from '../memory/memory-index';
import type { MemoryIndex, VectorRow } from '../memory/memory-index';
import { MemorySearch } from '../memory/memory-search';
import { searchOrganisationsSql } from './postgres-organisation-search';
import { searchServicesSql } from './postgres-service-search';
import { suggestSql } from './postgres-suggest';
import { queryUnits, synonymIndex } from './query-terms';
import type { QueryUnit, SynonymIndex, TokenFacts } from './query-terms';
import type { Queryable } from './queryable';
import { tokenFacts } from './token-facts';

const BATCH = 500;
/** Words whose facts are kept at most (then forgotten at once). */
const MAX_CACHED_WORDS = 20_000;

/** Connection failures (as opposed to errors in a statement): the engine is down. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  '57P01',
  '57P03',
]);

/**
 * The embedded engine: PostgreSQL full-text search in the `search` schema (created by the search
 * subgraph's migration). French and Dutch stems plus the words as written, accents ignored
 * (`unaccent`), typos corrected against the indexed vocabulary (`pg_trgm`), synonyms expanded at
 * query time, facets and distances in SQL.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly pool: Pool;
  private readonly synonyms: SynonymIndex;
  /** Statements sent (tests count them). */
  statements = 0;
  /** The service search in memory (null: every search runs the statement). */
  readonly memory: MemorySearch | null;
  /** Facts of the words searched since the last write (see tokenFacts). */
  private readonly facts = new Map<string, TokenFacts>();
  private factsEpoch = 0;

  /**
   * `statementTimeoutMs`: PostgreSQL cancels a search running longer (answered TIMEOUT), as on every
   * other connection of the subgraphs; 0: none. `memoryIndex`: services are searched in memory once
   * loaded (see MemorySearch), else by the statement alone.
   */
  constructor(
    databaseUrl: string,
    statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
    options: { memoryIndex?: boolean } = {},
  ) {
    this.pool = openPool({
      connectionString: databaseUrl,
      max: 10,
      options: `-c jit=off -c statement_timeout=${Math.max(0, Math.round(statementTimeoutMs))}`,
    });
    this.synonyms = synonymIndex(loadSynonymGroups(), normaliseTerm);
    this.memory = options.memoryIndex ? new MemorySearch(this.db) : null;
  }

  private readonly db: Queryable = {
    query: async (text, values) => {
      this.statements += 1;
      try {
        return await this.pool.query(text, values);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code && UNREACHABLE.has(code)) {
          throw new SearchEngineUnavailableError(this.name, error);
        }
        throw error;
      }
    },
  };

  async prepare(): Promise<void> {
    // The synonyms' words are vocabulary too: "schuldbemidling" corrects to a word no document has.
    const words = [...new Set(this.synonyms.phrases.flatMap((phrase) => phrase.tokens))];
    await this.db.query(
      `insert into search.lexicon (word) select unnest($1::text[]) on conflict do nothing`,
      [words],
    );
    this.forgetFacts();
    // At start the index loads; a rebuild (clear, prepare, upserts) keeps the current one, which
    // follows the writes (reloading it here made every write of the rebuild restart the load).
    if (this.memory && !this.memory.current) {
      void this.memory.load();
    }
  }

  async upsertServices(documents: readonly ServiceDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH);
      const rows = JSON.stringify(batch.map(serviceRow));
      // The rows as written, with their vectors, for the in-memory index (when it holds the table).
      const returned = this.memory?.current ?? false;
      const { rows: written } = await this.db.query<VectorRow>(
        returned ? `${UPSERT_SERVICES} returning ${VECTOR_ROW_COLUMNS}` : UPSERT_SERVICES,
        [rows],
      );
      await this.db.query(ADD_WORDS, [rows]);
      await this.db.query(ADD_SUGGESTIONS, [JSON.stringify(suggestionRows(batch))]);
      await this.written(returned ? (index) => written.forEach((row) => index.put(row)) : null);
    }
  }

  async upsertOrganisations(documents: readonly OrganisationDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH) {
      const rows = JSON.stringify(documents.slice(start, start + BATCH).map(organisationRow));
      await this.db.query(UPSERT_ORGANISATIONS, [rows]);
      this.forgetFacts();
      await this.db.query(ADD_WORDS, [rows]);
    }
  }

  async remove(index: IndexName, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) {
      await this.db.query(`delete from search.${table(index)} where key = any($1::text[])`, [ids]);
      if (index === 'services') {
        await this.written((memory) => ids.forEach((id) => memory.delete(id)));
      }
    }
  }

  async removeServices(serviceIds: readonly string[]): Promise<void> {
    if (serviceIds.length > 0) {
      await this.db.query(
        `delete from search.service_document where service_id = any($1::text[])`,
        [serviceIds],
      );
      await this.written((memory) => memory.deleteServices(new Set(serviceIds)));
    }
  }

  async clear(): Promise<void> {
    await this.db.query(
      'truncate search.service_document, search.organisation_document, search.suggestion',
    );
    await this.written((memory) => memory.clear());
  }

  /**
   * After every write to the service documents: moves the `search.generation` counter (whichever
   * process wrote), then applies the change to this engine's in-memory index.
   */
  /**
   * What the vocabulary knows of each token. With the in-memory index, kept per word until the next
   * write (any write may add words) or until another process writes (the index is then not current):
   * a search usually sends no statement for it.
   */
  private async tokenFacts(tokens: readonly string[]): Promise<TokenFacts[]> {
    if (!this.memory) {
      return tokenFacts(this.db, tokens);
    }
    if (!this.memory.current) {
      this.facts.clear();
    }
    const epoch = this.factsEpoch;
    const missing = [...new Set(tokens.filter((token) => !this.facts.has(token)))];
    if (missing.length > 0) {
      const found = await tokenFacts(this.db, missing);
      if (epoch === this.factsEpoch) {
        if (this.facts.size > MAX_CACHED_WORDS) {
          this.facts.clear();
        }
        found.forEach((fact) => this.facts.set(fact.token, fact));
      }
      const fresh = new Map(found.map((fact) => [fact.token, fact]));
      return tokens.map((token) => (fresh.get(token) ?? this.facts.get(token)) as TokenFacts);
    }
    return tokens.map((token) => this.facts.get(token) as TokenFacts);
  }

  /** Any write may add words to the vocabulary: the words' facts are asked again. */
  private forgetFacts(): void {
    this.facts.clear();
    this.factsEpoch += 1;
  }

  /** `change` null: the index cannot follow this write (it loaded meanwhile) and reloads. */
  private async written(change: ((index: MemoryIndex) => void) | null): Promise<void> {
    this.forgetFacts();
    this.memory?.writing(true);
    try {
      const { rows } = await this.db.query<{ generation: string }>(
        `select nextval('search.generation') as generation`,
      );
      this.memory?.written(Number(rows[0]?.generation), change);
    } finally {
      this.memory?.writing(false);
    }
  }

  private async units(text: string, places: readonly QueryPlace[] = []): Promise<QueryUnit[]> {
    const normalised = normaliseTerm(text);
    const facts = await this.tokenFacts(tokenize(normalised));
    const units = queryUnits(facts, this.synonyms, !/\s$/.test(text), places);
    // Words were typed but none is known: nothing matches (not the whole directory).
    const unknown = facts.find((fact) => !fact.stop && fact.token.length > 1);
    return units.length === 0 && unknown ? [{ alternatives: [unknown.token] }] : units;
  }

  async searchServices(query: ServiceQuery): Promise<ServiceResults> {
    const units = await this.units(query.text, query.places);
    return (await this.memory?.search(query, units)) ?? searchServicesSql(this.db, query, units);
  }

  async searchOrganisations(query: OrganisationQuery): Promise<OrganisationResults> {
    return searchOrganisationsSql(this.db, query, await this.units(query.text));
  }

  async suggest(prefix: string, language: Language, limit: number): Promise<Suggestion[]> {
    const normalised = tokenize(normaliseTerm(prefix)).join(' ');
    return normalised ? suggestSql(this.db, normalised, language, limit) : [];
  }

  async count(index: IndexName): Promise<number> {
    const { rows } = await this.db.query<{ count: string }>(
      `select count(*) as count from search.${table(index)}`,
    );
    return Number(rows[0]?.count ?? 0);
  }

  inMemory(): number | null {
    return this.memory?.current ? this.memory.size : null;
  }

  async ping(): Promise<void> {
    await this.db.query('select 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

const table = (index: IndexName) =>
  index === 'services' ? 'service_document' : 'organisation_document';
