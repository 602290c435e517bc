/**
 * PostgreSQL's text forms of `tsvector` and `tsquery`, read into plain structures: the in-memory
 * matcher works on the lexemes PostgreSQL's own dictionaries produced (French and Dutch stems,
 * unaccented words), so it matches exactly what the statement would.
 */

/** Weight classes as PostgreSQL numbers them: D 0, C 1, B 2, A 3. */
const WEIGHTS: Readonly<Record<string, number>> = { A: 3, B: 2, C: 1, D: 0 };

/** A position with its weight class, packed: `position * 4 + weight`. */
export const packPosition = (position: number, weight: number): number => position * 4 + weight;
export const positionOf = (packed: number): number => packed >> 2;
export const weightOf = (packed: number): number => packed & 3;

export interface VectorEntry {
  lexeme: string;
  /** Packed positions (see packPosition), in the order PostgreSQL lists them. */
  positions: number[];
}

const QUOTE = 39; // '
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const SPACE = 32;
const ZERO = 48;
const NINE = 57;
/** Weight letters' codes: A 65 … D 68 → 3 … 0. */
const weightCode = (code: number): number => (code >= 65 && code <= 68 ? 68 - code : -1);

/** A quoted lexeme at `at` (`'it''s'`, backslash escapes): its text and the index after it. */
function quoted(text: string, at: number): [string, number] {
  // Most lexemes hold no quote or backslash: one slice.
  const close = text.indexOf("'", at + 1);
  if (close > 0 && text.charCodeAt(close + 1) !== QUOTE) {
    const plain = text.slice(at + 1, close);
    if (!plain.includes('\\')) {
      return [plain, close + 1];
    }
  }
  let value = '';
  let index = at + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) {
      value += text[index + 1] ?? '';
      index += 2;
    } else if (code === QUOTE) {
      if (text.charCodeAt(index + 1) === QUOTE) {
        value += "'";
        index += 2;
      } else {
        return [value, index + 1];
      }
    } else {
      value += text[index];
      index += 1;
    }
  }
  throw new Error(`unterminated lexeme in ${text.slice(at, at + 40)}`);
}

/** `'lexeme':1A,5 'other'` → entries (a lexeme without positions gets none). */
export function parseTsvector(text: string): VectorEntry[] {
  const entries: VectorEntry[] = [];
  let index = 0;
  while (index < text.length) {
    if (text.charCodeAt(index) === SPACE) {
      index += 1;
      continue;
    }
    const [lexeme, after] = quoted(text, index);
    index = after;
    const positions: number[] = [];
    if (text.charCodeAt(index) === COLON) {
      index += 1;
      for (;;) {
        let position = 0;
        for (
          let code = text.charCodeAt(index);
          code >= ZERO && code <= NINE;
          code = text.charCodeAt(index)
        ) {
          position = position * 10 + (code - ZERO);
          index += 1;
        }
        const weight = weightCode(text.charCodeAt(index));
        if (weight >= 0) {
          index += 1;
        }
        positions.push(packPosition(position, Math.max(weight, 0)));
        if (text.charCodeAt(index) !== COMMA) {
          break;
        }
        index += 1;
      }
    }
    entries.push({ lexeme, positions });
  }
  return entries;
}

export type QueryNode =
  | { op: 'term'; lexeme: string; prefix: boolean; weights: number }
  | { op: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { op: 'phrase'; left: QueryNode; right: QueryNode; distance: number }
  | { op: 'not'; operand: QueryNode };

/** Every weight class allowed (bit `1 << weight`). */
export const ALL_WEIGHTS = 0b1111;

type Token =
  | { kind: 'term'; lexeme: string; prefix: boolean; weights: number }
  | { kind: '&' | '|' | '!' | '(' | ')' }
  | { kind: 'phrase'; distance: number };

function tokens(text: string): Token[] {
  const result: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === ' ') {
      index += 1;
    } else if (char === "'") {
      const [lexeme, after] = quoted(text, index);
      index = after;
      let prefix = false;
      let weights = 0;
      if (text[index] === ':') {
        index += 1;
        while (/[*ABCD]/.test(text[index] ?? '')) {
          const flag = text[index] as string;
          if (flag === '*') {
            prefix = true;
          } else {
            weights |= 1 << (WEIGHTS[flag] as number);
          }
          index += 1;
        }
      }
      result.push({ kind: 'term', lexeme, prefix, weights: weights || ALL_WEIGHTS });
    } else if (char === '<') {
      const end = text.indexOf('>', index);
      const inner = text.slice(index + 1, end);
      result.push({ kind: 'phrase', distance: inner === '-' ? 1 : Number(inner) });
      index = end + 1;
    } else if ('&|!()'.includes(char)) {
      result.push({ kind: char as '&' | '|' | '!' | '(' | ')' });
      index += 1;
    } else {
      throw new Error(`unexpected ${char} in tsquery ${text}`);
    }
  }
  return result;
}

/**
 * `( 'sant' <-> 'mental' | 'ps':* ) & 'servic'` → a tree; null for the empty query. Precedence as
 * PostgreSQL prints it: `!` binds tightest, then `<N>`, then `&`, then `|`.
 */
export function parseTsquery(text: string): QueryNode | null {
  const list = tokens(text);
  let at = 0;
  const peek = () => list[at];
  const or = (): QueryNode => {
    let node = and();
    while (peek()?.kind === '|') {
      at += 1;
      node = { op: 'or', left: node, right: and() };
    }
    return node;
  };
  const and = (): QueryNode => {
    let node = phrase();
    while (peek()?.kind === '&') {
      at += 1;
      node = { op: 'and', left: node, right: phrase() };
    }
    return node;
  };
  const phrase = (): QueryNode => {
    let node = unary();
    for (let next = peek(); next?.kind === 'phrase'; next = peek()) {
      at += 1;
      node = { op: 'phrase', left: node, right: unary(), distance: next.distance };
    }
    return node;
  };
  const unary = (): QueryNode => {
    const token = list[at];
    at += 1;
    if (!token) {
      throw new Error(`tsquery ends too early: ${text}`);
    }
    if (token.kind === '!') {
      return { op: 'not', operand: unary() };
    }
    if (token.kind === '(') {
      const node = or();
      at += 1; // ')'
      return node;
    }
    if (token.kind === 'term') {
      return { op: 'term', lexeme: token.lexeme, prefix: token.prefix, weights: token.weights };
    }
    throw new Error(`unexpected ${token.kind} in tsquery ${text}`);
  };
  if (list.length === 0) {
    return null;
  }
  return or();
}
