import type { EntityManager } from '@mikro-orm/postgresql';

/** What a write did; every subgraph that writes appends to the one change log with these. */
export type Operation =
  | 'CREATE'
  | 'UPDATE'
  | 'ARCHIVE'
  | 'RESTORE'
  | 'VERIFY'
  | 'IMPORT'
  | 'DELETE';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Nothing, null and an empty list are the same value: creating a record with no phones changes nothing. */
const normal = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));

/** The fields whose value differs between two states of a record, in the order of `fields`. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  fields: readonly string[],
): FieldChange[] {
  return fields
    .filter((field) => !same(before?.[field], after[field]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}

export interface ChangeEntry {
  actor: string;
  entity: string;
  entityId: string;
  operation: Operation;
  changes: FieldChange[];
}

const ROWS_PER_STATEMENT = 500;

/**
 * Appends one row per changed field to `events.change_log`, in the caller's transaction (so a write
 * and its log commit or fail together), stamped with the transaction time; many entries in a few
 * statements.
 */
export async function appendChangeEntries(
  em: EntityManager,
  entries: readonly ChangeEntry[],
): Promise<void> {
  const rows = entries.flatMap((entry) =>
    entry.changes.map((change) => [
      entry.actor,
      entry.entity,
      entry.entityId,
      change.field,
      JSON.stringify(change.before ?? null),
      JSON.stringify(change.after ?? null),
      entry.operation,
    ]),
  );
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    await em.execute(
      `insert into events.change_log (occurred_at, actor, entity, entity_id, field, before, after, operation) values ${batch
        .map(() => '(now(), ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)')
        .join(', ')}`,
      batch.flat(),
      'run',
    );
  }
}

/** One write's changed fields (see appendChangeEntries). */
export const appendChanges = (em: EntityManager, entry: ChangeEntry): Promise<void> =>
  appendChangeEntries(em, [entry]);
