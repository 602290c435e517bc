import type { Lexicon, TermVector } from './term-vector';
import { ALL_WEIGHTS, packPosition, positionOf, weightOf } from './ts-text';
import type { QueryNode } from './ts-text';

/** A query term resolved against the lexicon: a prefix stands for every lexeme it starts. */
export interface Term {
  lexeme: string;
  ids: number[];
  /** Weight classes it accepts (bit `1 << weight`). */
  weights: number;
}

/**
 * A tsquery compiled for the in-memory index: `test` is `@@` (with `mask`, PostgreSQL's `ts_filter`
 * first), `slots` the documents that may match.
 */
export interface Compiled {
  readonly terms: readonly Term[];
  /** The tree, with each term as its index in `terms` (cover ranking walks it). */
  readonly tree: TermTree;
  test(vector: TermVector, mask?: number): boolean;
  /** One byte per slot of the index, 1 where the document holds enough of the query's terms. */
  slots(postings: (id: number) => readonly number[], size: number): Uint8Array;
}

export type TermTree =
  | { op: 'term'; term: number }
  | { op: 'and' | 'or'; left: TermTree; right: TermTree }
  | { op: 'phrase'; left: TermTree; right: TermTree; distance: number }
  | { op: 'not'; operand: TermTree };

type Test = (vector: TermVector, mask: number) => boolean;
/** Packed positions of a match (see packPosition); [] for a match without positions; null: none. */
type Positions = (vector: TermVector, mask: number) => number[] | null;
type Slots = (postings: (id: number) => readonly number[], size: number) => Uint8Array;

interface Parts {
  test: Test;
  positions: Positions;
  slots: Slots;
  tree: TermTree;
  /** For a term: what phrases read straight from the vector (without copying its positions). */
  term?: Term;
}

/** Calls `each` with every packed position of the term in the vector whose weight `mask` allows. */
function eachPosition(
  term: Term,
  vector: TermVector,
  mask: number,
  each: (packed: number) => void,
) {
  const allowed = term.weights & mask;
  const { starts, positions } = vector;
  for (const id of term.ids) {
    const at = vector.indexOf(id);
    if (at < 0) {
      continue;
    }
    for (let index = starts[at] as number; index < (starts[at + 1] as number); index += 1) {
      const packed = positions[index] as number;
      if (allowed & (1 << weightOf(packed))) {
        each(packed);
      }
    }
  }
}

/** Whether the term stands anywhere in the vector with a weight `mask` allows. */
function anyPosition(term: Term, vector: TermVector, mask: number): boolean {
  const allowed = term.weights & mask;
  const { starts, positions } = vector;
  for (const id of term.ids) {
    const at = vector.indexOf(id);
    for (
      let index = at < 0 ? 0 : (starts[at] as number);
      at >= 0 && index < (starts[at + 1] as number);
      index += 1
    ) {
      if (allowed & (1 << weightOf(positions[index] as number))) {
        return true;
      }
    }
  }
  return false;
}

function termParts(term: Term, index: number): Parts {
  const { ids, weights } = term;
  const positions: Positions = (vector, mask) => {
    let found: number[] | null = null;
    eachPosition(term, vector, mask, (packed) => {
      (found ??= []).push(packed);
    });
    return found;
  };
  const test: Test = (vector, mask) => {
    if ((weights & mask) === ALL_WEIGHTS) {
      return ids.some((id) => vector.has(id));
    }
    return anyPosition(term, vector, mask);
  };
  const slots: Slots = (postings, size) => {
    const marks = new Uint8Array(size);
    for (const id of ids) {
      for (const slot of postings(id)) {
        marks[slot] = 1;
      }
    }
    return marks;
  };
  return { test, positions, slots, tree: { op: 'term', term: index }, term };
}

const combine = (a: Uint8Array, b: Uint8Array, op: 'and' | 'or'): Uint8Array => {
  for (let index = 0; index < a.length; index += 1) {
    a[index] =
      op === 'and'
        ? (a[index] as number) & (b[index] as number)
        : (a[index] as number) | (b[index] as number);
  }
  return a;
};

/**
 * A phrase `L <N> R` matches where R stands N positions after L, and is found at R's positions, as
 * PostgreSQL's phrase search.
 */
/** How many positions of the term the vector holds (any weight). */
function positionCount(term: Term, vector: TermVector): number {
  let count = 0;
  for (const id of term.ids) {
    const at = vector.indexOf(id);
    count += at < 0 ? 0 : (vector.starts[at + 1] as number) - (vector.starts[at] as number);
  }
  return count;
}

/** Whether the term stands at this position with a weight `mask` allows (binary search). */
function termAt(term: Term, vector: TermVector, mask: number, position: number): boolean {
  const allowed = term.weights & mask;
  const { starts, positions } = vector;
  for (const id of term.ids) {
    const at = vector.indexOf(id);
    if (at < 0) {
      continue;
    }
    let low = starts[at] as number;
    let high = (starts[at + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const packed = positions[middle] as number;
      const at = positionOf(packed);
      if (at === position) {
        if (allowed & (1 << weightOf(packed))) {
          return true;
        }
        break;
      }
      if (at < position) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
  }
  return false;
}

/**
 * A phrase of two terms: the rarer one's positions, each looked up in the other's (a word such as
 * "à" or "de" stands hundreds of times in a document; "domicile" a few).
 */
function termPhrase(
  left: Term,
  right: Term,
  distance: number,
  vector: TermVector,
  mask: number,
): number[] | null {
  let ends: number[] | null = null;
  if (positionCount(left, vector) <= positionCount(right, vector)) {
    eachPosition(left, vector, mask, (packed) => {
      const at = positionOf(packed) + distance;
      if (termAt(right, vector, mask, at)) {
        (ends ??= []).push(packPosition(at, 0));
      }
    });
  } else {
    eachPosition(right, vector, mask, (packed) => {
      if (termAt(left, vector, mask, positionOf(packed) - distance)) {
        (ends ??= []).push(packed);
      }
    });
  }
  return ends;
}

/** Positions seen on the left of a phrase, by position (reused: phrases are checked one at a time). */
const seen = new Uint8Array(1 << 14);

/**
 * A phrase `L <N> R` matches where R stands N positions after L, and is found at R's positions, as
 * PostgreSQL's phrase search.
 */
function phraseParts(left: Parts, right: Parts, distance: number): Parts {
  const mark = (vector: TermVector, mask: number, value: number): boolean => {
    if (left.term) {
      let any = false;
      eachPosition(left.term, vector, mask, (packed) => {
        seen[positionOf(packed)] = value;
        any = true;
      });
      return any;
    }
    const before = left.positions(vector, mask);
    for (const packed of before ?? []) {
      seen[positionOf(packed)] = value;
    }
    return before !== null;
  };
  const positions: Positions = (vector, mask) => {
    if (left.term && right.term) {
      return termPhrase(left.term, right.term, distance, vector, mask);
    }
    if (!mark(vector, mask, 1)) {
      return null;
    }
    let ends: number[] | null = null;
    const keep = (packed: number) => {
      if (seen[positionOf(packed) - distance] === 1) {
        (ends ??= []).push(packed);
      }
    };
    if (right.term) {
      eachPosition(right.term, vector, mask, keep);
    } else {
      right.positions(vector, mask)?.forEach(keep);
    }
    mark(vector, mask, 0);
    return ends;
  };
  return {
    positions,
    test: (vector, mask) => positions(vector, mask) !== null,
    slots: (postings, size) =>
      combine(left.slots(postings, size), right.slots(postings, size), 'and'),
    tree: { op: 'phrase', left: left.tree, right: right.tree, distance },
  };
}

/** The alternatives of an OR, each once ('servic' <-> 'social' comes from French and Dutch alike). */
function alternatives(node: QueryNode, into: Map<string, QueryNode> = new Map()): QueryNode[] {
  if (node.op === 'or') {
    alternatives(node.left, into);
    alternatives(node.right, into);
  } else {
    into.set(JSON.stringify(node), node);
  }
  return [...into.values()];
}

function parts(node: QueryNode, lexicon: Lexicon, terms: Term[]): Parts {
  switch (node.op) {
    case 'term': {
      const exact = lexicon.find(node.lexeme);
      const ids = node.prefix
        ? lexicon.withPrefix(node.lexeme)
        : exact === undefined
          ? []
          : [exact];
      terms.push({ lexeme: node.lexeme, ids, weights: node.weights });
      return termParts(terms.at(-1) as Term, terms.length - 1);
    }
    case 'not': {
      const operand = parts(node.operand, lexicon, terms);
      return {
        test: (vector, mask) => !operand.test(vector, mask),
        positions: (vector, mask) => (operand.test(vector, mask) ? null : []),
        slots: (_, size) => new Uint8Array(size).fill(1),
        tree: { op: 'not', operand: operand.tree },
      };
    }
    case 'phrase':
      return phraseParts(
        parts(node.left, lexicon, terms),
        parts(node.right, lexicon, terms),
        node.distance,
      );
    case 'or': {
      const [first, ...rest] = alternatives(node);
      const [left, right] = [
        parts(first as QueryNode, lexicon, terms),
        rest.length === 0
          ? null
          : parts(
              rest.reduce((a, b) => ({ op: 'or', left: a, right: b })),
              lexicon,
              terms,
            ),
      ];
      if (!right) {
        return left;
      }
      return {
        test: (vector, mask) => left.test(vector, mask) || right.test(vector, mask),
        positions: (vector, mask) => {
          const a = left.positions(vector, mask);
          const b = right.positions(vector, mask);
          return a === null ? b : b === null ? a : [...a, ...b];
        },
        slots: (postings, size) =>
          combine(left.slots(postings, size), right.slots(postings, size), 'or'),
        tree: { op: 'or', left: left.tree, right: right.tree },
      };
    }
    case 'and': {
      const left = parts(node.left, lexicon, terms);
      const right = parts(node.right, lexicon, terms);
      return {
        test: (vector, mask) => left.test(vector, mask) && right.test(vector, mask),
        positions: (vector, mask) => {
          const a = left.positions(vector, mask);
          const b = a === null ? null : right.positions(vector, mask);
          return a === null || b === null ? null : [...a, ...b];
        },
        slots: (postings, size) =>
          combine(left.slots(postings, size), right.slots(postings, size), 'and'),
        tree: { op: 'and', left: left.tree, right: right.tree },
      };
    }
  }
}

/** The tsquery tree compiled against the lexicon (see Compiled). */
export function compile(node: QueryNode, lexicon: Lexicon): Compiled {
  const terms: Term[] = [];
  const compiled = parts(node, lexicon, terms);
  return {
    terms,
    tree: compiled.tree,
    test: (vector, mask = ALL_WEIGHTS) => compiled.test(vector, mask),
    slots: compiled.slots,
  };
}
