import { Migration } from '@mikro-orm/migrations';

/**
 * The search subgraph's schema, written by hand (it has no ORM entities): the indexer's cursor, and
 * the PostgreSQL engine's documents, lexicon and suggestions. Only what the embedded PostgreSQL has
 * too: `unaccent`, `pg_trgm`, `fuzzystrmatch` and the built-in `french` / `dutch` text search configurations.
 */
export class Migration20261123200000_search extends Migration {
  override name = 'Migration20261123200000_search';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists unaccent with schema public;`);
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(`create extension if not exists fuzzystrmatch with schema public;`);
    for (const [name, base, stem] of [
      ['fr', 'french', 'french_stem'],
      ['nl', 'dutch', 'dutch_stem'],
      ['plain', 'simple', 'simple'],
    ]) {
      this.addSql(`create text search configuration search.${name} (copy = pg_catalog.${base});`);
      this.addSql(
        `alter text search configuration search.${name} alter mapping for hword, hword_part, word, asciiword, asciihword, hword_asciipart with public.unaccent, ${stem};`,
      );
    }
    // One text weighed by importance, searched in French, Dutch and as written (names, acronyms).
    this.addSql(`create function search.weigh(body text, weight "char") returns tsvector
      language sql immutable parallel safe as $$
        select setweight(
          to_tsvector('search.fr', coalesce(body, '')) || to_tsvector('search.nl', coalesce(body, ''))
            || to_tsvector('search.plain', coalesce(body, '')),
          weight)
      $$;`);
    this.addSql(`create table search.indexer_state (
      name text primary key,
      transaction_id xid8 not null default '0',
      change_id bigint not null default 0,
      updated_at timestamptz not null default now()
    );`);
    this.addSql(`create table search.service_document (
      key text primary key,
      service_id text not null,
      site_id text,
      organisation_id text not null,
      document jsonb not null,
      weighted tsvector not null,
      name_fr text not null,
      name_nl text not null,
      types text[] not null,
      bassin text,
      groupement text,
      commune text,
      languages text[] not null,
      publics text[] not null,
      access text[] not null,
      authorities text[] not null,
      located_in text[] not null,
      serves text[] not null,
      lat double precision,
      lng double precision,
      open_quarters int[],
      status text not null,
      archived boolean not null
    );`);
    this.addSql(`create index service_document_service on search.service_document (service_id);`);
    this.addSql(
      `create index service_document_text on search.service_document using gin (weighted);`,
    );
    for (const column of [
      'types',
      'languages',
      'publics',
      'access',
      'located_in',
      'serves',
      'open_quarters',
    ]) {
      this.addSql(
        `create index service_document_${column} on search.service_document using gin (${column});`,
      );
    }
    this.addSql(`create table search.organisation_document (
      key text primary key,
      document jsonb not null,
      weighted tsvector not null,
      name_fr text not null,
      name_nl text not null,
      archived boolean not null
    );`);
    this.addSql(
      `create index organisation_document_text on search.organisation_document using gin (weighted);`,
    );
    this.addSql(`create table search.lexicon (word text primary key);`);
    this.addSql(`create index lexicon_prefix on search.lexicon (word text_pattern_ops);`);
    this.addSql(
      `create index lexicon_trigram on search.lexicon using gin (word public.gin_trgm_ops);`,
    );
    // Type labels and place names offered as completions (service and organisation names come from the documents).
    this.addSql(`create table search.suggestion (
      normalised text not null,
      kind text not null,
      text text not null,
      primary key (normalised, kind)
    );`);
    this.addSql(
      `create index suggestion_prefix on search.suggestion (normalised text_pattern_ops);`,
    );
    this.addSql(
      `create index suggestion_trigram on search.suggestion using gin (normalised public.gin_trgm_ops);`,
    );
  }

  override down(): void | Promise<void> {
    for (const table of [
      'suggestion',
      'lexicon',
      'organisation_document',
      'service_document',
      'indexer_state',
    ]) {
      this.addSql(`drop table if exists search.${table};`);
    }
    this.addSql(`drop function if exists search.weigh(text, "char");`);
    for (const name of ['fr', 'nl', 'plain']) {
      this.addSql(`drop text search configuration if exists search.${name};`);
    }
  }
}
