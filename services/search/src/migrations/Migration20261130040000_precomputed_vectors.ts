import { Migration } from '@mikro-orm/migrations';

/**
 * What a search computed for every matching document, stored once per document instead (issue 12):
 * the vector of what the service is (type labels, needs met in full, access conditions: the "typed"
 * rule) and of its name in each language (the field tier). Computing them per match from the
 * document JSON (detoasting it each time) made a search over 10,000 services take seconds.
 */
export class Migration20261130040000_precomputed_vectors extends Migration {
  override name = 'Migration20261130040000_precomputed_vectors';

  override up(): void | Promise<void> {
    for (const column of ['kind_vector', 'name_fr_vector', 'name_nl_vector']) {
      this.addSql(
        `alter table search.service_document add column ${column} tsvector not null default ''::tsvector;`,
      );
    }
    this.addSql(`update search.service_document d set
      name_fr_vector = search.weigh(d.document->'name'->>'fr', 'A'),
      name_nl_vector = search.weigh(d.document->'name'->>'nl', 'A'),
      kind_vector = search.weigh((select string_agg(concat_ws(' ; ', l->>'fr', l->>'nl'), ' ; ')
        from jsonb_array_elements(coalesce(d.document->'typeLabels', '[]')
          || coalesce(d.document->'needTexts', '[]') || coalesce(d.document->'accessLabels', '[]')) l), 'A');`);
  }

  override down(): void | Promise<void> {
    for (const column of ['kind_vector', 'name_fr_vector', 'name_nl_vector']) {
      this.addSql(`alter table search.service_document drop column ${column};`);
    }
  }
}
