import { Client } from 'pg';

import { CHANGE_LOG, CHANGE_LOG_CHANNEL } from './change-log.migration';
import type { PgQueryable } from './sql-target';

/** A position in the change log: (writing transaction, row id). */
export interface FeedCursor {
  transactionId: string;
  changeId: string;
}

/** One row of the log as its followers read it. */
export interface ChangeRow {
  transactionId: string;
  changeId: string;
  entity: string;
  entityId: string;
  occurredAt: Date;
  /** The changed field's values (a collaboration's members before and after, say). */
  before: unknown;
  after: unknown;
}

export const FEED_START: FeedCursor = { transactionId: '0', changeId: '0' };

/** Only transactions older than every one still running: none of them can still add rows before the cursor. */
const SETTLED = 'c.transaction_id < pg_snapshot_xmin(pg_current_snapshot())';
const AFTER = '(c.transaction_id, c.id) > ($1::xid8, $2::bigint)';

/**
 * The change log read as a feed (a transactional outbox): ordered by (transaction, id), settled
 * transactions only. Where a follower keeps its cursor is its own business.
 */
export class ChangeLogFeed {
  constructor(private readonly db: PgQueryable) {}

  /** The next settled changes after a cursor, oldest first. */
  async next(after: FeedCursor, limit: number): Promise<ChangeRow[]> {
    const { rows } = await this.db.query<{
      transaction_id: string;
      id: string;
      entity: string;
      entity_id: string;
      occurred_at: Date;
      before: unknown;
      after: unknown;
    }>(
      `select c.transaction_id::text, c.id::text, c.entity, c.entity_id, c.occurred_at, c.before, c.after
       from ${CHANGE_LOG} c where ${AFTER} and ${SETTLED}
       order by c.transaction_id, c.id limit $3`,
      [after.transactionId, after.changeId, limit],
    );
    return rows.map((row) => ({
      transactionId: row.transaction_id,
      changeId: row.id,
      entity: row.entity,
      entityId: row.entity_id,
      occurredAt: row.occurred_at,
      before: row.before,
      after: row.after,
    }));
  }

  /**
   * Whether changes after the cursor wait behind a transaction still running (anywhere in the
   * cluster: the horizon is the snapshot's xmin): they are committed, or about to be, but not yet
   * safe to read in order.
   */
  async waiting(after: FeedCursor): Promise<boolean> {
    const { rows } = await this.db.query<{ waiting: boolean }>(
      `select exists (select 1 from ${CHANGE_LOG} c where ${AFTER} and not ${SETTLED}) as waiting`,
      [after.transactionId, after.changeId],
    );
    return rows[0]?.waiting ?? false;
  }

  /** The last settled change: where a full reindex started from the current state can resume. */
  async head(): Promise<FeedCursor> {
    const { rows } = await this.db.query<{ transaction_id: string; id: string }>(
      `select c.transaction_id::text, c.id::text from ${CHANGE_LOG} c where ${SETTLED}
       order by c.transaction_id desc, c.id desc limit 1`,
    );
    const row = rows[0];
    return row ? { transactionId: row.transaction_id, changeId: row.id } : FEED_START;
  }

  /** How far behind a cursor is: changes not yet read, and the age of the oldest. */
  async lag(after: FeedCursor): Promise<{ changes: number; oldest: Date | null }> {
    const { rows } = await this.db.query<{ changes: string; oldest: Date | null }>(
      `select count(*) as changes, min(c.occurred_at) as oldest from ${CHANGE_LOG} c where ${AFTER}`,
      [after.transactionId, after.changeId],
    );
    return { changes: Number(rows[0]?.changes ?? 0), oldest: rows[0]?.oldest ?? null };
  }
}

/** Calls `onChange` when a change is committed (LISTEN change_log); reconnects are the poll's job. */
export async function listenForChanges(
  databaseUrl: string,
  onChange: () => void,
): Promise<{ close: () => Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  client.on('notification', () => onChange());
  await client.query(`listen ${CHANGE_LOG_CHANNEL}`);
  return { close: () => client.end().catch(() => undefined) };
}
