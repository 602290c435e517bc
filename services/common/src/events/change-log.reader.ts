import { CHANGE_LOG } from './change-log.migration';
import { placeholder, runSql } from './sql-target';
import type { SqlTarget } from './sql-target';

/** One row of the change log, whole: what audits and tests read. */
export interface ChangeLogRow {
  id: string;
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  before: unknown;
  after: unknown;
  operation: string;
}

/** Which rows: every condition given must hold. */
export interface ChangeLogFilter {
  entity?: string;
  entityId?: string;
  field?: string;
  operation?: string;
}

const COLUMNS: Record<keyof ChangeLogFilter, string> = {
  entity: 'entity',
  entityId: 'entity_id',
  field: 'field',
  operation: 'operation',
};

function where(target: SqlTarget, filter: ChangeLogFilter) {
  const given = (Object.keys(COLUMNS) as Array<keyof ChangeLogFilter>).filter(
    (key) => filter[key] !== undefined,
  );
  return {
    clause: given.length
      ? `where ${given.map((key, i) => `${COLUMNS[key]} = ${placeholder(target, i + 1)}`).join(' and ')}`
      : '',
    values: given.map((key) => filter[key]),
  };
}

/** The rows of the log that match, oldest first. */
export async function readChangeLog(
  target: SqlTarget,
  filter: ChangeLogFilter = {},
): Promise<ChangeLogRow[]> {
  const { clause, values } = where(target, filter);
  return runSql<ChangeLogRow & Record<string, unknown>>(
    target,
    // Ordered by the bigint id, not by the text the row gives back.
    `select c.id::text, c.actor, c.entity, c.entity_id as "entityId", c.field, c.before, c.after,
       c.operation from ${CHANGE_LOG} c ${clause} order by c.id`,
    values,
  );
}

/** How many rows of the log match. */
export async function countChangeLog(
  target: SqlTarget,
  filter: ChangeLogFilter = {},
): Promise<number> {
  const { clause, values } = where(target, filter);
  const [row] = await runSql<{ n: number }>(
    target,
    `select count(*)::int as n from ${CHANGE_LOG} ${clause}`,
    values,
  );
  return row?.n ?? 0;
}
