import { Migration } from '@mikro-orm/migrations';

/**
 * Once the change log's feed column, index and notify trigger; they are common's events module's now
 * (change-log.migration.ts, run first by every subgraph's migrate). Kept, empty, so that databases
 * which ran it and fresh ones list the same migrations.
 */
export class Migration20261123000400_change_feed extends Migration {
  override name = 'Migration20261123000400_change_feed';

  override up(): void | Promise<void> {}

  override down(): void | Promise<void> {}
}
