import { Migration } from '@mikro-orm/migrations';

/**
 * The territories a coarsely placed site may lie in (issue 16), as an indexed column: a territory
 * filter includes such documents, flagged probable, after the ones known to lie there. Documents
 * indexed before this migration get theirs at the next reindex (an empty list until then).
 */
export class Migration20261130030000_possible_in extends Migration {
  override name = 'Migration20261130030000_possible_in';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table search.service_document add column possible_in text[] not null default '{}';`,
    );
    this.addSql(
      `create index service_document_possible_in on search.service_document using gin (possible_in);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index search.service_document_possible_in;`);
    this.addSql(`alter table search.service_document drop column possible_in;`);
  }
}
