import { Migration } from '@mikro-orm/migrations';

/**
 * The needs a service meets (actors' needs vocabulary), as a filter and facet column. Their words
 * are in the weighted text (B when met fully, C in part): documents indexed before this migration
 * get them at the next reindex (an empty column until then).
 */
export class Migration20261129000000_needs extends Migration {
  override name = 'Migration20261129000000_needs';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table search.service_document add column needs text[] not null default '{}';`,
    );
    this.addSql(
      `create index service_document_needs on search.service_document using gin (needs);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists search.service_document_needs;`);
    this.addSql(`alter table search.service_document drop column if exists needs;`);
  }
}
