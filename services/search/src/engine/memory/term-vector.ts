import type { VectorEntry } from './ts-text';

/**
 * Every lexeme the in-memory index has seen, numbered once: vectors hold numbers, and a prefix
 * (`ps:*`) is looked up in the sorted list of lexemes.
 */
export class Lexicon {
  private readonly ids = new Map<string, number>();
  private readonly lexemes: string[] = [];
  private sorted: string[] | null = null;

  id(lexeme: string): number {
    let id = this.ids.get(lexeme);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(lexeme, id);
      this.lexemes.push(lexeme);
      this.sorted = null;
    }
    return id;
  }

  lexeme(id: number): string {
    return this.lexemes[id] as string;
  }

  find(lexeme: string): number | undefined {
    return this.ids.get(lexeme);
  }

  /** The ids of every lexeme starting with `prefix`. */
  withPrefix(prefix: string): number[] {
    this.sorted ??= [...this.ids.keys()].sort();
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] as string) < prefix) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    const found: number[] = [];
    for (let index = low; index < sorted.length; index += 1) {
      const lexeme = sorted[index] as string;
      if (!lexeme.startsWith(prefix)) {
        break;
      }
      found.push(this.ids.get(lexeme) as number);
    }
    return found;
  }
}

/**
 * One document's vector, packed: lexeme ids in ascending order, and for each its positions (packed
 * with their weight, see packPosition) in `positions[starts[i]…starts[i + 1]]`.
 */
export class TermVector {
  private constructor(
    readonly lexemes: Int32Array,
    /** Where each lexeme's positions start in `positions` (one more: the end of the last). */
    readonly starts: Uint32Array,
    /** Every packed position; hot loops read it by index (a view per lookup costs an object). */
    readonly positions: Uint16Array,
  ) {}

  static of(entries: readonly VectorEntry[], lexicon: Lexicon): TermVector {
    const numbered = entries
      .map((entry) => ({ id: lexicon.id(entry.lexeme), positions: entry.positions }))
      .sort((a, b) => a.id - b.id);
    const lexemes = new Int32Array(numbered.length);
    const starts = new Uint32Array(numbered.length + 1);
    const total = numbered.reduce((sum, entry) => sum + entry.positions.length, 0);
    const positions = new Uint16Array(total);
    let offset = 0;
    numbered.forEach((entry, index) => {
      lexemes[index] = entry.id;
      starts[index] = offset;
      positions.set(entry.positions, offset);
      offset += entry.positions.length;
    });
    starts[numbered.length] = offset;
    return new TermVector(lexemes, starts, positions);
  }

  /** The lexeme's place in this vector (-1 when absent): its positions are `starts[i]…starts[i + 1]`. */
  indexOf(id: number): number {
    let low = 0;
    let high = this.lexemes.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = this.lexemes[middle] as number;
      if (value === id) {
        return middle;
      }
      if (value < id) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return -1;
  }

  has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  /** The packed positions of a lexeme (empty when absent). */
  positionsOf(id: number): Uint16Array {
    const index = this.indexOf(id);
    return index < 0
      ? EMPTY
      : this.positions.subarray(this.starts[index], this.starts[index + 1] as number);
  }
}

const EMPTY = new Uint16Array(0);
