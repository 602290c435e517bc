import { mulberry32 } from '@bxl/common';
import type { Random } from '@bxl/common';

export { mulberry32 };
export type { Random };

/** An integer in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) {
    throw new Error('pick: no items');
  }
  return items[Math.floor(random() * items.length)] as T;
}

/** `count` distinct items (fewer if there are not enough), in the order they were drawn. */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const drawn: T[] = [];
  while (drawn.length < count && pool.length > 0) {
    const index = Math.floor(random() * pool.length);
    drawn.push(pool[index] as T);
    pool.splice(index, 1);
  }
  return drawn;
}

/** Cumulative sums of weights, for `pickWeighted`. */
export function cumulative(weights: readonly number[]): number[] {
  let total = 0;
  return weights.map((weight) => (total += weight));
}

/** An index drawn with probability proportional to its weight (binary search on the sums). */
export function pickWeighted(random: Random, sums: readonly number[]): number {
  const target = random() * (sums[sums.length - 1] ?? 0);
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sums[middle] as number) > target) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}
