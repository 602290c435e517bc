import type { Compiled, TermTree } from './query-match';
import { CoverMemo } from './cover-memo';
import type { Lexicon, TermVector } from './term-vector';
import { positionOf, weightOf } from './ts-text';

/** What a cover scan has seen of each term: its positions in order, and the same as marks. */
interface Seen {
  lists: number[][];
  /** For each term, MARKED.stamp at every position seen (phrases test membership in constant time). */
  marks: Int32Array[];
}

/** Positions are below 2^14; a phrase may look a few positions beyond. */
const MARKS = (1 << 14) + 256;

/**
 * The marks of every scan, shared: a scan runs from its reset to its end without yielding, and a
 * reset moves the stamp instead of clearing what the last scan marked.
 */
const MARKED = { marks: [] as Int32Array[], stamp: 0 };

function nextStamp(): void {
  if (MARKED.stamp === 0x7fffffff) {
    MARKED.marks.forEach((marks) => marks.fill(0));
    MARKED.stamp = 0;
  }
  MARKED.stamp += 1;
}

/** The query on the positions a cover scan has seen of each term. */
interface SeenTest {
  holds(seen: Seen): boolean;
  /** Where it holds (for phrases); [] for a NOT; null where it does not. */
  positions(seen: Seen): readonly number[] | null;
  /** For a term: its index (phrases read its marks). */
  term?: number;
}

/** `L <N> R`: the positions of R standing N after one of L (PostgreSQL's phrase semantics). */
function phraseTest(left: SeenTest, right: SeenTest, distance: number): SeenTest {
  const positions = (seen: Seen): readonly number[] | null => {
    const before = left.positions(seen);
    const after = before && right.positions(seen);
    if (!before || !after) {
      return null;
    }
    let ends: number[];
    if (right.term !== undefined) {
      const marks = seen.marks[right.term] as Int32Array;
      ends = [];
      for (const position of before) {
        if (marks[position + distance] === MARKED.stamp) {
          ends.push(position + distance);
        }
      }
    } else if (left.term !== undefined) {
      const marks = seen.marks[left.term] as Int32Array;
      ends = after.filter(
        (position) => position >= distance && marks[position - distance] === MARKED.stamp,
      );
    } else {
      ends = after.filter((position) => before.includes(position - distance));
    }
    return ends.length > 0 ? ends : null;
  };
  return { holds: (seen) => positions(seen) !== null, positions };
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
        term,
        holds: (seen) => (seen.lists[term] as number[]).length > 0,
        positions: (seen) =>
          (seen.lists[term] as number[]).length > 0 ? (seen.lists[term] as number[]) : null,
      };
    }
    case 'not':
      return { holds: () => true, positions: () => [] };
    case 'phrase':
      return phraseTest(seenTest(tree.left), seenTest(tree.right), tree.distance);
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
 * The terms whose entry can make the query true when a scan adds it: scanning forward, a phrase
 * `L <N> R` (N ≥ 1) only becomes true when R is added, since L stands before; scanning backward,
 * when L is added (at distance 0, either). null: every term (a NOT, true without any term).
 */
function completing(tree: TermTree, forward: boolean): Set<number> | null {
  switch (tree.op) {
    case 'term':
      return new Set([tree.term]);
    case 'not':
      return null;
    case 'phrase':
      if (tree.distance >= 1) {
        return completing(forward ? tree.right : tree.left, forward);
      }
      return union(completing(tree.left, forward), completing(tree.right, forward));
    default:
      return union(completing(tree.left, forward), completing(tree.right, forward));
  }
}

const union = (a: Set<number> | null, b: Set<number> | null): Set<number> | null =>
  a && b ? new Set([...a, ...b]) : null;

const hasNot = (tree: TermTree): boolean =>
  tree.op === 'not' || (tree.op !== 'term' && (hasNot(tree.left) || hasNot(tree.right)));

function termsIn(tree: TermTree, into: Set<number> = new Set()): Set<number> {
  if (tree.op === 'term') {
    into.add(tree.term);
  } else if (tree.op !== 'not') {
    termsIn(tree.left, into);
    termsIn(tree.right, into);
  }
  return into;
}

/**
 * The most positions an alternative's match can span (null: no bound, with an AND or a NOT). Two
 * entries further apart than the widest can never be in one cover: the stretches between such gaps
 * are ranked apart (and remembered, see CoverMemo).
 */
function spanOf(tree: TermTree): number | null {
  if (tree.op === 'term') {
    return 0;
  }
  if (tree.op === 'not' || tree.op === 'and') {
    return null;
  }
  const [left, right] = [spanOf(tree.left), spanOf(tree.right)];
  if (left === null || right === null) {
    return null;
  }
  return tree.op === 'phrase' ? left + tree.distance + right : Math.max(left, right);
}

/** The alternatives of the query's top OR (the query itself when it is not an OR). */
const topAlternatives = (tree: TermTree): TermTree[] =>
  tree.op === 'or' ? [...topAlternatives(tree.left), ...topAlternatives(tree.right)] : [tree];

/**
 * PostgreSQL's `ts_rank_cd(weights, vector, query, 32)` (cover density ranking, normalised as
 * rank / (rank + 1)), computed in memory: the score that orders the hits a search's tiers leave tied.
 * The document is read as the positions of the query's lexemes, in order; a cover is the shortest
 * span from where the query becomes true scanning forward, back to where it becomes true scanning
 * backward; each cover adds (its entries' mean weight) / (1 + the other words inside it).
 */
export class CoverRank {
  private readonly query: SeenTest;
  /**
   * Without a NOT, adding positions only makes alternatives true: when an entry is added to a scan
   * where the query was false, only the top OR's alternatives holding one of its terms can make it
   * true (a synonym-expanded query has dozens). For each term, those alternatives; null: with a NOT.
   */
  private readonly alternativesOf: SeenTest[][] | null;
  /** The widest span of a match (see spanOf); null: the entries are ranked in one stretch. */
  private readonly span: number | null;
  private readonly memo = new CoverMemo();
  private readonly inverse: number[];
  /** For each lexeme id of the query, the terms it stands for. */
  private readonly termsOf = new Map<number, number[]>();
  /** The query's lexeme ids in byte order (a vector's order, which breaks ties between entries). */
  private readonly ids: number[] = [];
  /** The terms of each lexeme, by its place in that order. */
  private readonly termsAt: number[][] = [];
  /** Reused by every score of one search: the packed entries, the positions seen of each term. */
  private buffer = new Float64Array(256);
  private readonly seen: Seen;
  /** For each term, 1 when adding it can make the query true, scanning forward / backward. */
  private readonly forward: Uint8Array;
  private readonly backward: Uint8Array;

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
    const triggers = (terms: Set<number> | null) =>
      Uint8Array.from(query.terms, (_, term) => (!terms || terms.has(term) ? 1 : 0));
    this.forward = triggers(completing(query.tree, true));
    this.backward = triggers(completing(query.tree, false));
    this.seen = {
      lists: query.terms.map(() => []),
      marks: query.terms.map((_, term) => (MARKED.marks[term] ??= new Int32Array(MARKS))),
    };
    this.ids = [...this.termsOf.keys()].sort((a, b) =>
      lexicon.lexeme(a) < lexicon.lexeme(b) ? -1 : 1,
    );
    for (const id of this.ids) {
      this.termsAt.push(this.termsOf.get(id) as number[]);
    }
    this.query = seenTest(query.tree);
    this.span = spanOf(query.tree);
    if (hasNot(query.tree)) {
      this.alternativesOf = null;
    } else {
      const alternatives = topAlternatives(query.tree).map((tree) => ({
        test: seenTest(tree),
        terms: termsIn(tree),
      }));
      this.alternativesOf = query.terms.map((_, term) =>
        alternatives.filter((item) => item.terms.has(term)).map((item) => item.test),
      );
    }
    // PostgreSQL reads the weights as float4, then divides in double precision.
    this.inverse = weights.map((weight) => 1 / Math.fround(weight));
  }

  score(vector: TermVector): number {
    // One entry per lexeme and position, sorted as PostgreSQL sorts them (position, weight, lexeme),
    // packed in one number: position · 2^18 + weight · 2^16 + the lexeme's order.
    let count = 0;
    const { starts, positions } = vector;
    for (let order = 0; order < this.ids.length; order += 1) {
      const at = vector.indexOf(this.ids[order] as number);
      if (at < 0) {
        continue;
      }
      const [first, last] = [starts[at] as number, starts[at + 1] as number];
      if (count + last - first > this.buffer.length) {
        const larger = new Float64Array(Math.max(this.buffer.length * 2, count + last - first));
        larger.set(this.buffer.subarray(0, count));
        this.buffer = larger;
      }
      for (let index = first; index < last; index += 1) {
        const position = positions[index] as number;
        this.buffer[count] = positionOf(position) * 262144 + weightOf(position) * 65536 + order;
        count += 1;
      }
    }
    if (count === 0) {
      return 0;
    }
    const entries = this.buffer.subarray(0, count).sort();
    const span = this.span ?? Number.POSITIVE_INFINITY;
    // The covers' contributions in order, summed in order (as PostgreSQL sums them).
    let rank = 0;
    let from = 0;
    for (let index = 1; index <= count; index += 1) {
      if (
        index === count ||
        Math.floor((entries[index] as number) / 262144) -
          Math.floor((entries[index - 1] as number) / 262144) >
          span
      ) {
        for (const cover of this.memo.covers(entries.subarray(from, index), (stretch) =>
          this.covers(stretch),
        )) {
          rank += cover;
        }
        from = index;
      }
    }
    return Math.fround(rank / (rank + 1));
  }

  /** What each cover of these entries adds to the rank, in order. */
  private covers(entries: Float64Array): number[] {
    const count = entries.length;
    const positionAt = (index: number) => Math.floor((entries[index] as number) / 262144);
    const weightAt = (index: number) => Math.floor((entries[index] as number) / 65536) & 3;
    const { lists, marks } = this.seen;
    const touched: number[] = [];
    /** Adds the entry's terms; whether one of them can make the query true (see completing). */
    const see = (index: number, triggers: Uint8Array): boolean => {
      const position = positionAt(index);
      let triggered = false;
      for (const term of this.termsAt[(entries[index] as number) % 65536] as number[]) {
        triggered ||= triggers[term] === 1;
        const positions = lists[term] as number[];
        // A term seen at the same position through another lexeme (a prefix) counts it once.
        if (positions.length === 0) {
          touched.push(term);
        }
        if (positions[positions.length - 1] !== position) {
          positions.push(position);
          (marks[term] as Int32Array)[position] = MARKED.stamp;
        }
      }
      return triggered;
    };
    /** Whether the query holds now that the entry is added (it did not before). */
    const holdsWith = (index: number): boolean => {
      const alternativesOf = this.alternativesOf;
      if (!alternativesOf) {
        return this.query.holds(this.seen);
      }
      for (const term of this.termsAt[(entries[index] as number) % 65536] as number[]) {
        for (const alternative of alternativesOf[term] as SeenTest[]) {
          if (alternative.holds(this.seen)) {
            return true;
          }
        }
      }
      return false;
    };
    const reset = () => {
      for (const term of touched) {
        (lists[term] as number[]).length = 0;
      }
      touched.length = 0;
      nextStamp();
    };
    const covers: number[] = [];
    let start = 0;
    while (start < count) {
      // The first entry from `start` where the query becomes true ends a cover…
      reset();
      let end = -1;
      for (let index = start; index < count; index += 1) {
        if (see(index, this.forward) && holdsWith(index)) {
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
        if (see(index, this.backward) && holdsWith(index)) {
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
      covers.push((end - begin + 1) / inverseSum / (1 + noise));
      start = begin + 1;
    }
    reset();
    return covers;
  }
}
