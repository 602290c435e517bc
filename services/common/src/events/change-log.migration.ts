import type { SqlTarget } from './sql-target';
import { runSql } from './sql-target';

/** The append-only change log every subgraph writes to and the search indexer follows. */
export const CHANGE_LOG = 'events.change_log';

/** The channel `LISTEN`ed to by the indexer: the log notifies it after every insert statement. */
export const CHANGE_LOG_CHANNEL = 'change_log';

/**
 * The change log's schema, as one idempotent statement: each subgraph's `migrate` (and the gateway,
 * which audits sign-ins) runs it before its own migrations, so no service has to start first. It
 * only adds what is missing, and names everything as the actors migrations that used to create it
 * did, so databases they migrated are left as they are. The advisory lock serialises services
 * starting together (concurrent `create … if not exists` can still collide in the catalogue).
 */
const MIGRATION = `do $events$ begin
  perform pg_advisory_xact_lock(hashtext('${CHANGE_LOG}'));
  create schema if not exists "events";
  if to_regclass('events.change_log') is null then
    create table "events"."change_log" ("id" bigserial primary key, "occurred_at" timestamptz not null,
      "actor" text not null, "entity" text not null, "entity_id" text not null, "field" text not null,
      "before" jsonb null, "after" jsonb null, "operation" text not null,
      -- The writing transaction: the feed reads (transaction, id) of settled transactions only.
      "transaction_id" xid8 not null default pg_current_xact_id());
  end if;
  if to_regclass('events.change_log_entity_index') is null then
    create index "change_log_entity_index" on "events"."change_log" ("entity", "entity_id", "id");
  end if;
  if to_regclass('events.change_log_feed_index') is null then
    create index "change_log_feed_index" on "events"."change_log" ("transaction_id", "id");
  end if;
  if not exists (select 1 from pg_trigger where tgname = 'change_log_append_only'
                 and tgrelid = 'events.change_log'::regclass) then
    -- Append-only: the audit trail and the search feed must never be rewritten.
    create or replace function "events"."change_log_change_log_append_only_fn"() returns trigger
      as $fn$ begin raise exception 'events.change_log is append-only'; end; $fn$ language plpgsql;
    create trigger "change_log_append_only" before update or delete on "events"."change_log"
      for each row execute function "events"."change_log_change_log_append_only_fn"();
  end if;
  if not exists (select 1 from pg_trigger where tgname = 'change_log_notify'
                 and tgrelid = 'events.change_log'::regclass) then
    -- The indexer wakes on this; it still polls from its cursor, so a missed notification loses nothing.
    create or replace function "events"."change_log_change_log_notify_fn"() returns trigger
      as $fn$ begin perform pg_notify('${CHANGE_LOG_CHANNEL}', ''); return null; end; $fn$ language plpgsql;
    create trigger "change_log_notify" after insert on "events"."change_log"
      for each statement execute function "events"."change_log_change_log_notify_fn"();
  end if;
end $events$`;

/** Creates what the change log lacks (see MIGRATION); safe to run at every start, concurrently. */
export async function migrateChangeLog(target: SqlTarget): Promise<void> {
  await runSql(target, MIGRATION);
}
