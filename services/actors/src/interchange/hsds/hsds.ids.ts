import type { Problem } from '@bxl/common';

import { RecordIds } from '../interchange.records';

/**
 * The ids of an HSDS document's records, read from the raw JSON before its structure is checked
 * (so that references to a malformed record still resolve and do not add problems of their own).
 * Our ids are kept from `x_bxl.id`, else generated from names; every kept id is reserved before
 * any is generated.
 */

type Prefix = 'org' | 'site' | 'svc';

export interface ArrayIds {
  /** HSDS id → our id. */
  byHsdsId: Map<string, string>;
  /** Our id of each item, by index ('' for an item that is not an object with an id). */
  byIndex: string[];
}

const asObject = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

const asString = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function keptId(item: Record<string, unknown> | null): string | null {
  return asString(asObject(item?.x_bxl)?.id);
}

function baseName(item: Record<string, unknown>): string {
  const extension = asObject(item.x_bxl);
  const address = asObject(Array.isArray(item.addresses) ? item.addresses[0] : null);
  const names = [extension?.name_fr, extension?.name_nl, item.name, address?.address_1];
  return names.map(asString).find((name) => name !== null) ?? 'unnamed';
}

interface ArrayInput {
  name: string;
  prefix: Prefix;
  items: readonly unknown[];
}

/** Ids of the three arrays; duplicate ids and kept ids of the wrong kind are problems. */
export function assignIds(arrays: readonly ArrayInput[], problems: Problem[]): ArrayIds[] {
  const ids = new RecordIds();
  const kept = arrays.map(({ name, prefix, items }) =>
    items.map((raw, index) => {
      const id = keptId(asObject(raw));
      if (id === null) {
        return null;
      }
      const field = `${name}[${index}].x_bxl.id`;
      if (!id.startsWith(`${prefix}:`)) {
        problems.push({ line: index + 1, field, message: `'${id}' must start with '${prefix}:'` });
        return null;
      }
      if (!ids.take(id)) {
        problems.push({ line: index + 1, field, message: `'${id}' is used by another record` });
      }
      return id;
    }),
  );
  return arrays.map(({ name, prefix, items }, arrayIndex) => {
    const byHsdsId = new Map<string, string>();
    const byIndex = items.map((raw, index) => {
      const item = asObject(raw);
      const hsdsId = asString(item?.id);
      if (!item || hsdsId === null) {
        return '';
      }
      const id = kept[arrayIndex]?.[index] ?? ids.next(prefix, baseName(item));
      if (byHsdsId.has(hsdsId)) {
        problems.push({
          line: index + 1,
          field: `${name}[${index}].id`,
          message: `'${hsdsId}' is the id of an earlier record of ${name}`,
        });
      } else {
        byHsdsId.set(hsdsId, id);
      }
      return id;
    });
    return { byHsdsId, byIndex };
  });
}
