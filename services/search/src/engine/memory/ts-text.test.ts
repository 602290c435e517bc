import { packPosition, parseTsquery, parseTsvector } from './ts-text';

describe("PostgreSQL's text forms", () => {
  it('reads a tsvector: quotes, backslashes, weights (D unwritten), lexemes without positions', () => {
    expect(parseTsvector(`'aid':7A 'it''s':2,5B 'back\\\\slash':3C 'bare' 'x':12`)).toEqual([
      { lexeme: 'aid', positions: [packPosition(7, 3)] },
      { lexeme: "it's", positions: [packPosition(2, 0), packPosition(5, 2)] },
      { lexeme: 'back\\slash', positions: [packPosition(3, 1)] },
      { lexeme: 'bare', positions: [] },
      { lexeme: 'x', positions: [packPosition(12, 0)] },
    ]);
  });

  it('reads a tsquery with PostgreSQL precedence: ! then <N> then & then |', () => {
    const tree = parseTsquery(
      `( 'sant' <-> 'mental' | 'ps':* ) & 'servic' <3> 'sant' | !'a' & 'b':A`,
    );
    expect(tree).toEqual({
      op: 'or',
      left: {
        op: 'and',
        left: {
          op: 'or',
          left: {
            op: 'phrase',
            distance: 1,
            left: { op: 'term', lexeme: 'sant', prefix: false, weights: 0b1111 },
            right: { op: 'term', lexeme: 'mental', prefix: false, weights: 0b1111 },
          },
          right: { op: 'term', lexeme: 'ps', prefix: true, weights: 0b1111 },
        },
        right: {
          op: 'phrase',
          distance: 3,
          left: { op: 'term', lexeme: 'servic', prefix: false, weights: 0b1111 },
          right: { op: 'term', lexeme: 'sant', prefix: false, weights: 0b1111 },
        },
      },
      right: {
        op: 'and',
        left: { op: 'not', operand: { op: 'term', lexeme: 'a', prefix: false, weights: 0b1111 } },
        right: { op: 'term', lexeme: 'b', prefix: false, weights: 0b1000 },
      },
    });
    expect(parseTsquery('')).toBeNull();
  });
});
