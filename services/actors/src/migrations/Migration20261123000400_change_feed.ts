import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000400_change_feed extends Migration {
  override name = 'Migration20261123000400_change_feed';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "events"."change_log" add "transaction_id" xid8 not null default pg_current_xact_id();`,
    );
    this.addSql(
      `create index "change_log_feed_index" on "events"."change_log" ("transaction_id", "id");`,
    );
    this.addSql(
      `create or replace function "events"."change_log_change_log_notify_fn"() returns trigger as \$\$ begin perform pg_notify('change_log', ''); return null; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "change_log_notify" AFTER INSERT on "events"."change_log" for each STATEMENT execute function "events"."change_log_change_log_notify_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "events"."change_log_feed_index";`);
    this.addSql(`drop trigger if exists "change_log_notify" on "events"."change_log";`);
    this.addSql(`drop function if exists "events"."change_log_change_log_notify_fn"();`);
    this.addSql(`alter table "events"."change_log" drop column "transaction_id";`);
  }
}
