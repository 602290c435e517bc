/**
 * The covers of the stretches of entries one search has already ranked (see CoverRank): a cover
 * depends on where its entries stand relative to each other, not on where the stretch starts, and
 * documents of one kind hold the same stretches (a type's label, the texts of the needs it meets)
 * at different offsets. Keyed by the entries shifted to start at position 0.
 */
export class CoverMemo {
  private readonly known = new Map<number, Array<{ entries: Float64Array; covers: number[] }>>();

  /** The covers' contributions of `entries` (packed as CoverRank packs them), computed once. */
  covers(entries: Float64Array, compute: (entries: Float64Array) => number[]): number[] {
    const base = Math.floor((entries[0] as number) / POSITION) * POSITION;
    let hash = entries.length;
    for (const entry of entries) {
      hash = Math.imul(hash ^ ((entry - base) | 0), 16777619);
    }
    const bucket = this.known.get(hash);
    const found = bucket?.find((item) => same(item.entries, entries, base));
    if (found) {
      return found.covers;
    }
    const covers = compute(entries);
    const shifted = entries.map((entry) => entry - base);
    if (bucket) {
      bucket.push({ entries: shifted, covers });
    } else {
      this.known.set(hash, [{ entries: shifted, covers }]);
    }
    return covers;
  }
}

/** One position in a packed entry (see CoverRank.score). */
const POSITION = 262144;

function same(shifted: Float64Array, entries: Float64Array, base: number): boolean {
  if (shifted.length !== entries.length) {
    return false;
  }
  for (let index = 0; index < entries.length; index += 1) {
    if (shifted[index] !== (entries[index] as number) - base) {
      return false;
    }
  }
  return true;
}
