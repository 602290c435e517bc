import { Migration } from '@mikro-orm/migrations';

/**
 * Whether a service document is synthetic (an example record), as a column: the `synthetic` filter and
 * facet read it, and real records can be ordered before synthetic ones without reading the JSON.
 */
export class Migration20261129230000_synthetic extends Migration {
  override name = 'Migration20261129230000_synthetic';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table search.service_document add column synthetic boolean not null default false;`,
    );
    this.addSql(
      `update search.service_document set synthetic = coalesce((document->>'synthetic')::boolean, false);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table search.service_document drop column synthetic;`);
  }
}
