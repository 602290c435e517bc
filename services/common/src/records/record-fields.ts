import { randomBytes } from 'node:crypto';

import { ConflictError } from '../errors';
import { slugify } from '../text';

/**
 * What every subgraph's writer does with a record's fields: read a set of them, keep the ones an
 * update gave, mint a readable id, refuse a stale version (record-writer.ts uses them).
 */

/** The listed fields of a record (missing = null), in that order. */
export const pickFields = (source: object, fields: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(
    fields.map((field) => [field, (source as Record<string, unknown>)[field] ?? null]),
  );

/** The input's listed fields that were given (undefined = leave as it is; null clears). */
export const givenFields = (input: object, fields: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(
    fields
      .filter((field) => (input as Record<string, unknown>)[field] !== undefined)
      .map((field) => [field, (input as Record<string, unknown>)[field]]),
  );

/** `prefix:readable-name-1a2b3c`: readable, and unique without a round trip. */
export const newRecordId = (prefix: string, name: string | null | undefined): string =>
  `${prefix}:${
    slugify(name ?? '')
      .slice(0, 60)
      .replace(/-$/, '') || 'record'
  }-${randomBytes(3).toString('hex')}`;

/** CONFLICT when the record moved on since the version the caller read. */
export function assertVersion(
  record: { id: string; version: number },
  version: number,
  name: string,
): void {
  if (record.version !== version) {
    throw new ConflictError(
      `${name} ${record.id} changed since version ${version}: it is at version ${record.version}`,
      { currentVersion: record.version },
    );
  }
}
