import { Pool } from 'pg';

import { createTestDatabase } from '../testkit/database';
import type { TestDatabase } from '../testkit/database';
import { ChangeLogFeed, FEED_START } from './change-log.feed';
import { migrateChangeLog } from './change-log.migration';
import { countChangeLog, readChangeLog } from './change-log.reader';
import { appendChanges } from './change-log.writer';

/** What the actors migrations made of the change log before common's events module owned it. */
const OLD_ACTORS_MIGRATIONS = `
create schema if not exists "events";
create table "events"."change_log" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor" text not null, "entity" text not null, "entity_id" text not null, "field" text not null, "before" jsonb null, "after" jsonb null, "operation" text not null);
create index "change_log_entity_index" on "events"."change_log" ("entity", "entity_id", "id");
create or replace function "events"."change_log_change_log_append_only_fn"() returns trigger as $$ begin raise exception 'events.change_log is append-only'; end; $$ language plpgsql;
create trigger "change_log_append_only" BEFORE UPDATE OR DELETE on "events"."change_log" for each ROW execute function "events"."change_log_change_log_append_only_fn"();
alter table "events"."change_log" add "transaction_id" xid8 not null default pg_current_xact_id();
create index "change_log_feed_index" on "events"."change_log" ("transaction_id", "id");
create or replace function "events"."change_log_change_log_notify_fn"() returns trigger as $$ begin perform pg_notify('change_log', ''); return null; end; $$ language plpgsql;
create trigger "change_log_notify" AFTER INSERT on "events"."change_log" for each STATEMENT execute function "events"."change_log_change_log_notify_fn"();
insert into events.change_log (occurred_at, actor, entity, entity_id, field, before, after, operation)
  values (now(), 'old', 'Organisation', 'org:old', 'nameFr', null, '"Ancien"', 'CREATE');`;

/** The log's shape as the catalogue tells it: columns, indexes, triggers. */
async function shape(pool: Pool) {
  const columns = await pool.query(
    `select column_name, data_type, column_default from information_schema.columns
     where table_schema = 'events' and table_name = 'change_log' order by ordinal_position`,
  );
  const indexes = await pool.query(
    `select indexname, indexdef from pg_indexes where schemaname = 'events' order by indexname`,
  );
  const triggers = await pool.query(
    `select tgname from pg_trigger where tgrelid = 'events.change_log'::regclass and not tgisinternal
     order by tgname`,
  );
  return { columns: columns.rows, indexes: indexes.rows, triggers: triggers.rows };
}

describe('the change log migration', () => {
  const databases: TestDatabase[] = [];
  const pools: Pool[] = [];
  const fresh = async () => {
    const database = await createTestDatabase();
    const pool = new Pool({ connectionString: database.url, max: 4 });
    databases.push(database);
    pools.push(pool);
    return pool;
  };
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('makes on an empty database what the old actors migrations made, concurrently and again', async () => {
    const old = await fresh();
    await old.query(OLD_ACTORS_MIGRATIONS);
    const empty = await fresh();
    await Promise.all([migrateChangeLog(empty), migrateChangeLog(empty), migrateChangeLog(empty)]);
    await migrateChangeLog(empty);
    expect(await shape(empty)).toEqual(await shape(old));
  });

  it('leaves a database the old actors migrations made as it was, rows included', async () => {
    const old = await fresh();
    await old.query(OLD_ACTORS_MIGRATIONS);
    const before = await shape(old);
    await migrateChangeLog(old);
    expect(await shape(old)).toEqual(before);
    await appendChanges(old, {
      actor: 'new',
      entity: 'Organisation',
      entityId: 'org:old',
      operation: 'UPDATE',
      changes: [{ field: 'nameFr', before: 'Ancien', after: 'Nouveau' }],
    });
    // Counted, not read: a row is read once every older transaction of the cluster has settled,
    // and other test files share the cluster.
    expect((await new ChangeLogFeed(old).lag(FEED_START)).changes).toBe(2);
    const { rows } = await old.query('select after from events.change_log order by id');
    expect(rows.map((row) => row.after)).toEqual(['Ancien', 'Nouveau']);
    await expect(old.query("update events.change_log set actor = 'mallory'")).rejects.toThrow(
      /append-only/,
    );
    await expect(old.query('delete from events.change_log')).rejects.toThrow(/append-only/);
  });

  it('reads rows back in the order they were written, filtered', async () => {
    const pool = await fresh();
    await migrateChangeLog(pool);
    for (let n = 0; n < 12; n += 1) {
      await appendChanges(pool, {
        actor: 'test',
        entity: n % 2 ? 'Site' : 'Service',
        entityId: 'svc:order',
        operation: 'UPDATE',
        changes: [{ field: 'n', before: null, after: n }],
      });
    }
    const rows = await readChangeLog(pool, { entityId: 'svc:order', entity: 'Service' });
    expect(rows.map((row) => row.after)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(await countChangeLog(pool, { entity: 'Site' })).toBe(6);
  });
});
