import { CHANGE_LOG } from './change-log.migration';
import { placeholder, runSql } from './sql-target';
import type { SqlTarget } from './sql-target';

/** What a write did; every subgraph that writes appends to the one change log with these. */
export type Operation =
  | 'CREATE'
  | 'UPDATE'
  | 'ARCHIVE'
  | 'RESTORE'
  | 'VERIFY'
  | 'IMPORT'
  | 'DELETE'
  // The gateway's sign-ins (entity `Account`).
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_LOCKED'
  | 'SIGN_OUT';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * A value as the change log compares it. Nothing, null and an empty list are the same value (creating
 * a record with no phones changes nothing), and so is a missing key and a null one; object keys are
 * sorted, since a jsonb column gives them back in its own order.
 */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])])
        .filter(([, entry]) => entry !== null),
    );
  }
  return value;
}
const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

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
 * Appends one row per changed field to the change log, in the caller's transaction (so a write and
 * its log commit or fail together), stamped with the transaction time; many entries in a few
 * statements. `target` is a subgraph's EntityManager or a plain pg pool or client (the gateway's).
 */
export async function appendChangeEntries(
  target: SqlTarget,
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
    const values = batch.map((_, index) => {
      const [actor, entity, id, field, before, after, operation] = Array.from(
        { length: 7 },
        (__, column) => placeholder(target, index * 7 + column + 1),
      );
      return `(now(), ${actor}, ${entity}, ${id}, ${field}, ${before}::jsonb, ${after}::jsonb, ${operation})`;
    });
    await runSql(
      target,
      `insert into ${CHANGE_LOG} (occurred_at, actor, entity, entity_id, field, before, after, operation) values ${values.join(', ')}`,
      batch.flat(),
    );
  }
}

/** One write's changed fields (see appendChangeEntries). */
export const appendChanges = (target: SqlTarget, entry: ChangeEntry): Promise<void> =>
  appendChangeEntries(target, [entry]);
