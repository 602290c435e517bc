import { Migration } from '@mikro-orm/migrations';

/**
 * A counter every write to the search tables moves on (issue 12): the in-memory index of the
 * embedded engine knows which state it holds, and a search that finds the counter elsewhere (another
 * process wrote) answers from the statement while the index reloads.
 */
export class Migration20261130060000_generation extends Migration {
  override name = 'Migration20261130060000_generation';

  override up(): void | Promise<void> {
    this.addSql(`create sequence search.generation;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop sequence search.generation;`);
  }
}
