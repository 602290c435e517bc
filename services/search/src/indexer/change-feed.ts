import { ChangeLogFeed, FEED_START } from '@bxl/common';
import type { ChangeRow, FeedCursor } from '@bxl/common';

import type { Queryable } from '../engine/postgres/queryable';

export { FEED_START, listenForChanges } from '@bxl/common';
export type { ChangeRow, FeedCursor } from '@bxl/common';

/**
 * The indexer's view of the change log: common's feed (events module), read from a cursor the
 * indexer persists in `search.indexer_state`.
 */
export class ChangeFeed {
  private readonly log: ChangeLogFeed;

  constructor(
    private readonly db: Queryable,
    private readonly name = 'services',
  ) {
    this.log = new ChangeLogFeed(db);
  }

  async cursor(): Promise<FeedCursor & { updatedAt: Date | null }> {
    const { rows } = await this.db.query<{
      transaction_id: string;
      change_id: string;
      updated_at: Date;
    }>(
      'select transaction_id::text, change_id::text, updated_at from search.indexer_state where name = $1',
      [this.name],
    );
    const row = rows[0];
    return row
      ? { transactionId: row.transaction_id, changeId: row.change_id, updatedAt: row.updated_at }
      : { ...FEED_START, updatedAt: null };
  }

  async save(cursor: FeedCursor): Promise<void> {
    await this.db.query(
      `insert into search.indexer_state (name, transaction_id, change_id, updated_at)
       values ($1, $2::xid8, $3::bigint, now())
       on conflict (name) do update set transaction_id = excluded.transaction_id,
         change_id = excluded.change_id, updated_at = excluded.updated_at`,
      [this.name, cursor.transactionId, cursor.changeId],
    );
  }

  next = (after: FeedCursor, limit: number): Promise<ChangeRow[]> => this.log.next(after, limit);
  waiting = (after: FeedCursor): Promise<boolean> => this.log.waiting(after);
  head = (): Promise<FeedCursor> => this.log.head();
  lag = (after: FeedCursor) => this.log.lag(after);
}
