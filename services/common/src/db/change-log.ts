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

/**
 * Whether this database has the change log (the actors subgraph's migrations create it): a service
 * running without actors — the territories subgraph alone — has no log and nobody following it.
 */
export async function changeLogExists(em: EntityManager): Promise<boolean> {
  const [row] = await em.execute<Array<{ present: boolean }>>(
    "select to_regclass('events.change_log') is not null as present",
  );
  return row?.present ?? false;
}
