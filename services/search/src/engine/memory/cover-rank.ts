import type { Compiled, TermTree } from './query-match';
import type { Lexicon, TermVector } from './term-vector';
import { positionOf, weightOf } from './ts-text';

/** The query on the positions a cover scan has seen of each term (one list per term). */
interface SeenTest {
  holds(seen: ReadonlyArray<readonly number[]>): boolean;
  /** Where it holds (for phrases); [] for a NOT; null where it does not. */
  positions(seen: ReadonlyArray<readonly number[]>): readonly number[] | null;
}

/**
 * The query evaluated on the positions a cover scan has seen of each term, as PostgreSQL's
 * TS_execute does inside `ts_rank_cd`: a phrase needs its words at the right distance, a NOT holds.
 */
function seenTest(tree: TermTree): SeenTest {
  switch (tree.op) {
    case 'term': {
      const term = tree.term;
      return {
        holds: (seen) => (seen[term] as number[]).length > 0,
        positions: (seen) =>
          (seen[term] as number[]).length > 0 ? (seen[term] as number[]) : null,
      };
    }
    case 'not':
      return { holds: () => true, positions: () => [] };
    case 'phrase': {
      const left = seenTest(tree.left);
      const right = seenTest(tree.right);
      const distance = tree.distance;
      const positions = (seen: ReadonlyArray<readonly number[]>) => {
        const before = left.positions(seen);
        const after = before && right.positions(seen);
        if (!before || !after) {
          return null;
        }
        const ends = after.filter((position) => before.includes(position - distance));
        return ends.length > 0 ? ends : null;
      };
      return { holds: (seen) => positions(seen) !== null, positions };
    }
    case 'or': {
      const left = seenTest(tree.left);
      const right = seenTest(tree.right);
      return {
        holds: (seen) => left.holds(seen) || right.holds(seen),
        positions: (seen) => {
          const a = left.positions(seen);
          const b = right.positions(seen);
          return a === null ? b : b === null ? a : [...a, ...b];
        },
      };
    }
    case 'and': {
      const left = seenTest(tree.left);
      const right = seenTest(tree.right);
      return {
        holds: (seen) => left.holds(seen) && right.holds(seen),
        positions: (seen) => {
          const a = left.positions(seen);
          const b = a && right.positions(seen);
          return a && b ? [...a, ...b] : null;
        },
      };
    }
  }
}

/**
 * PostgreSQL's `ts_rank_cd(weights, vector, query, 32)` (cover density ranking, normalised as
 * rank / (rank + 1)), computed in memory: the score that orders the hits a search's tiers leave tied.
 * The document is read as the positions of the query's lexemes, in order; a cover is the shortest
 * span from where the query becomes true scanning forward, back to where it becomes true scanning
 * backward; each cover adds (its entries' mean weight) / (1 + the other words inside it).
 */
export class CoverRank {
  private readonly query: SeenTest;
  private readonly inverse: number[];
  /** For each lexeme id of the query, the terms it stands for. */
  private readonly termsOf = new Map<number, number[]>();
  /** Each lexeme id's place in byte order (a vector's order, which breaks ties between entries). */
  private readonly order = new Map<number, number>();
  /** The terms of each lexeme, by its place in that order. */
  private readonly termsAt: number[][] = [];
  /** Reused by every score of one search: the packed entries, the positions seen of each term. */
  private buffer = new Float64Array(256);
  private readonly seen: number[][];

  constructor(
    query: Compiled,
    /** Weights of D, C, B, A, each in (0, 1]. */
    weights: readonly [number, number, number, number],
    lexicon: Lexicon,
  ) {
    query.terms.forEach((term, index) => {
      for (const id of term.ids) {
        const terms = this.termsOf.get(id) ?? [];
        terms.push(index);
        this.termsOf.set(id, terms);
      }
    });
    this.seen = query.terms.map(() => []);
    [...this.termsOf.keys()]
      .sort((a, b) => (lexicon.lexeme(a) < lexicon.lexeme(b) ? -1 : 1))
      .forEach((id, index) => {
        this.order.set(id, index);
        this.termsAt.push(this.termsOf.get(id) as number[]);
      });
    this.query = seenTest(query.tree);
    // PostgreSQL reads the weights as float4, then divides in double precision.
    this.inverse = weights.map((weight) => 1 / Math.fround(weight));
  }

  score(vector: TermVector): number {
    // One entry per lexeme and position, sorted as PostgreSQL sorts them (position, weight, lexeme),
    // packed in one number: position · 2^18 + weight · 2^16 + the lexeme's order.
    let count = 0;
    for (const [id, order] of this.order) {
      const positions = vector.positionsOf(id);
      if (count + positions.length > this.buffer.length) {
        const larger = new Float64Array(Math.max(this.buffer.length * 2, count + positions.length));
        larger.set(this.buffer.subarray(0, count));
        this.buffer = larger;
      }
      for (const position of positions) {
        this.buffer[count] = positionOf(position) * 262144 + weightOf(position) * 65536 + order;
        count += 1;
      }
    }
    if (count === 0) {
      return 0;
    }
    const entries = this.buffer.subarray(0, count).sort();
    const positionAt = (index: number) => Math.floor((entries[index] as number) / 262144);
    const weightAt = (index: number) => Math.floor((entries[index] as number) / 65536) & 3;
    const seen = this.seen;
    const touched: number[] = [];
    const see = (index: number) => {
      const position = positionAt(index);
      for (const term of this.termsAt[(entries[index] as number) % 65536] as number[]) {
        const positions = seen[term] as number[];
        // A term seen at the same position through another lexeme (a prefix) counts it once.
        if (positions.length === 0) {
          touched.push(term);
          positions.push(position);
        } else if (positions[positions.length - 1] !== position) {
          positions.push(position);
        }
      }
    };
    const reset = () => {
      for (const term of touched) {
        (seen[term] as number[]).length = 0;
      }
      touched.length = 0;
    };
    let rank = 0;
    let start = 0;
    while (start < count) {
      // The first entry from `start` where the query becomes true ends a cover…
      reset();
      let end = -1;
      for (let index = start; index < count; index += 1) {
        see(index);
        if (this.query.holds(seen)) {
          end = index;
          break;
        }
      }
      if (end < 0) {
        break;
      }
      // …and the last entry back from there where it becomes true again begins it.
      reset();
      let begin = -1;
      for (let index = end; index >= start; index -= 1) {
        see(index);
        if (this.query.holds(seen)) {
          begin = index;
          break;
        }
      }
      if (begin < 0) {
        start += 1;
        continue;
      }
      let inverseSum = 0;
      for (let index = begin; index <= end; index += 1) {
        inverseSum += this.inverse[weightAt(index)] as number;
      }
      const span = positionAt(end) - positionAt(begin);
      let noise = span - (end - begin);
      if (noise < 0) {
        noise = Math.floor((end - begin) / 2);
      }
      rank += (end - begin + 1) / inverseSum / (1 + noise);
      start = begin + 1;
    }
    reset();
    return Math.fround(rank / (rank + 1));
  }
}
