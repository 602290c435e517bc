import DataLoader from 'dataloader';

import { BadUserInputError } from '../errors';

/**
 * A DataLoader over a by-ids fetch: answers in the order of the keys, `null` for ids that do not exist.
 * The fetch is called once per tick with every distinct id asked in it.
 */
export function byIdLoader<T>(
  fetch: (ids: readonly string[]) => Promise<readonly T[]>,
  idOf: (item: T) => string,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map<string, T>();
    for (const item of await fetch(ids)) {
      byId.set(idOf(item), item);
    }
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A DataLoader for one-to-many: every key gets the (possibly empty) list of items whose key it is.
 * Keys are strings so composite keys ("id|layer") batch too.
 */
export function groupedLoader<T>(
  fetch: (keys: readonly string[]) => Promise<readonly T[]>,
  keyOf: (item: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const item of await fetch(keys)) {
      groups.get(keyOf(item))?.push(item);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** At most this many ids per `…ByIds` query. */
export const MAX_IDS = 500;

/**
 * A `…ByIds` root query: the records in the order asked, null for an unknown id; more than MAX_IDS
 * ids is a BAD_USER_INPUT.
 */
export async function byIds<T>(
  ids: readonly string[],
  loadMany: (ids: readonly string[]) => Promise<ReadonlyArray<T | null | Error>>,
): Promise<Array<T | null>> {
  if (ids.length > MAX_IDS) {
    throw new BadUserInputError(`At most ${MAX_IDS} ids at once`, [
      { field: 'ids', message: `${ids.length} ids given; at most ${MAX_IDS}` },
    ]);
  }
  const found = await loadMany(ids);
  return found.map((item) => (item instanceof Error ? null : (item ?? null)));
}

/**
 * Like groupedLoader, for items that belong to several keys at once (a record listed under each of
 * the territories it lies in): every key gets the items whose `keysOf` include it.
 */
export function multiGroupedLoader<T>(
  fetch: (keys: readonly string[]) => Promise<readonly T[]>,
  keysOf: (item: T) => readonly string[],
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const item of await fetch(keys)) {
      for (const key of keysOf(item)) {
        groups.get(key)?.push(item);
      }
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
