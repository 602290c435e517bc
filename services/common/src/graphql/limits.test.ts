import { buildSchema, parse, validate } from 'graphql';
import type { ValidationRule } from 'graphql';

import { aliasLimitRule, depthLimitRule, operationLimitRules } from './limits';

const schema = buildSchema(`
  type Query {
    commune(id: ID!): Commune
    communes: [Commune!]!
    region: Region!
  }

  type Region {
    id: ID!
    communes: [Commune!]!
  }

  type Commune {
    id: ID!
    name: String!
    region: Region!
    quartiers: [Quartier!]!
  }

  type Quartier {
    id: ID!
    commune: Commune!
  }
`);

function errorsOf(document: string, rules: ValidationRule[]) {
  return validate(schema, parse(document), rules);
}

/** `{ communes { region { communes { ... id } } } }`, `depth` fields deep. */
function nested(depth: number): string {
  const path = ['communes', 'region'];
  let selection = 'id';
  for (let level = depth - 1; level >= 1; level -= 1) {
    selection = `${path[level % 2]} { ${selection} }`;
  }
  return `{ ${selection} }`;
}

describe('depthLimitRule', () => {
  it('builds queries of the depth asked (helper check)', () => {
    expect(nested(1)).toBe('{ id }');
    expect(nested(3)).toBe('{ region { communes { id } } }');
  });

  it('accepts an operation at the limit', () => {
    expect(errorsOf(nested(4), [depthLimitRule(4)])).toEqual([]);
    expect(errorsOf('{ communes { region { communes { id } } } }', [depthLimitRule(4)])).toEqual(
      [],
    );
  });

  it('rejects an operation one level deeper than the limit', () => {
    const errors = errorsOf('{ communes { region { communes { region { id } } } } }', [
      depthLimitRule(4),
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('Operation is 5 levels deep; the limit is 4');
    expect(errors[0]?.locations).toEqual([{ line: 1, column: 1 }]);
  });

  it('rejects much deeper operations and accepts shallow ones', () => {
    expect(errorsOf(nested(20), [depthLimitRule(6)])).toHaveLength(1);
    expect(errorsOf('{ region { id } }', [depthLimitRule(6)])).toEqual([]);
  });

  it('measures the deepest branch, not the sum of the branches', () => {
    const document = `{
      region { id }
      communes { id name quartiers { id } }
      commune(id: "c1") { region { id } }
    }`;
    expect(errorsOf(document, [depthLimitRule(3)])).toEqual([]);
    expect(errorsOf(document, [depthLimitRule(2)])[0]?.message).toContain('3 levels deep');
  });

  it('counts the fields of a named fragment where it is spread', () => {
    const document = `
      query { communes { ...Deep } }
      fragment Deep on Commune { quartiers { commune { id } } }
    `;
    expect(errorsOf(document, [depthLimitRule(4)])).toEqual([]);
    expect(errorsOf(document, [depthLimitRule(3)])[0]?.message).toBe(
      'Operation is 4 levels deep; the limit is 3',
    );
  });

  it('counts fragments spread inside fragments', () => {
    const document = `
      query { region { ...RegionCommunes } }
      fragment RegionCommunes on Region { communes { ...CommuneQuartiers } }
      fragment CommuneQuartiers on Commune { quartiers { id } }
    `;
    expect(errorsOf(document, [depthLimitRule(3)])[0]?.message).toContain('4 levels deep');
  });

  it('counts the fields of inline fragments without counting the fragment itself', () => {
    const document = '{ communes { ... on Commune { region { communes { id } } } } }';
    expect(errorsOf(document, [depthLimitRule(4)])).toEqual([]);
    expect(errorsOf(document, [depthLimitRule(3)])).toHaveLength(1);
  });

  it('terminates on a fragment that spreads itself, counting it once per path', () => {
    const document = `
      query { communes { ...Loop } }
      fragment Loop on Commune { quartiers { commune { ...Loop } } }
    `;
    expect(errorsOf(document, [depthLimitRule(3)])).toEqual([]);
    expect(errorsOf(document, [depthLimitRule(2)])[0]?.message).toBe(
      'Operation is 3 levels deep; the limit is 2',
    );
  });

  it('terminates on fragments that spread each other', () => {
    const document = `
      query { region { ...A } }
      fragment A on Region { communes { ...B } }
      fragment B on Commune { region { ...A } }
    `;
    expect(errorsOf(document, [depthLimitRule(3)])).toEqual([]);
    expect(errorsOf(document, [depthLimitRule(2)])).toHaveLength(1);
  });

  it('measures each fragment once, so fragments spread twice stay linear', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice…: walking each spread would take 2^40 steps.
    const count = 40;
    const fragments = Array.from({ length: count }, (_, i) =>
      i === count - 1
        ? `fragment F${i} on Region { id }`
        : `fragment F${i} on Region { communes { region { ...F${i + 1} } } a: communes { region { ...F${i + 1} } } }`,
    ).join('\n');
    const errors = errorsOf(`query { region { ...F0 } }\n${fragments}`, [depthLimitRule(1000)]);
    expect(errors).toEqual([]);
    expect(
      errorsOf(`query { region { ...F0 } }\n${fragments}`, [depthLimitRule(10)])[0]?.message,
    ).toBe(`Operation is ${1 + 2 * (count - 1) + 1} levels deep; the limit is 10`);
  });

  it('does not count __typename', () => {
    expect(errorsOf('{ communes { quartiers { __typename } } }', [depthLimitRule(2)])).toEqual([]);
    expect(errorsOf('{ communes { quartiers { id } } }', [depthLimitRule(2)])).toHaveLength(1);
  });

  it('does not count introspection fields', () => {
    const document = '{ __schema { types { fields { type { name } } } } }';
    expect(errorsOf(document, [depthLimitRule(1)])).toEqual([]);
    expect(
      errorsOf('{ __type(name: "Commune") { fields { name } } }', [depthLimitRule(1)]),
    ).toEqual([]);
  });

  it('ignores a spread of an undefined fragment', () => {
    expect(errorsOf('{ communes { ...Missing } }', [depthLimitRule(1)])).toEqual([]);
  });

  it('checks every operation of the document on its own', () => {
    const document = `
      query Shallow { region { id } }
      query Deep { communes { region { communes { id } } } }
    `;
    const errors = errorsOf(document, [depthLimitRule(2)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('4 levels deep');
  });
});

describe('aliasLimitRule', () => {
  it('accepts aliases up to the limit', () => {
    expect(errorsOf('{ a: region { id } b: region { i: id } }', [aliasLimitRule(3)])).toEqual([]);
  });

  it('rejects aliases over the limit', () => {
    const document = '{ a: region { id } b: region { id } c: region { id } d: region { id } }';
    const errors = errorsOf(document, [aliasLimitRule(3)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('Operation uses 4 aliases; the limit is 3');
  });

  it('does not count fields without an alias', () => {
    expect(
      errorsOf('{ region { id communes { id name } } communes { id } }', [aliasLimitRule(0)]),
    ).toEqual([]);
  });

  it('counts aliases at every level and in fragments', () => {
    const document = `
      query { r: region { ...F } }
      fragment F on Region { c: communes { n: name } }
    `;
    expect(errorsOf(document, [aliasLimitRule(3)])).toEqual([]);
    expect(errorsOf(document, [aliasLimitRule(2)])[0]?.message).toContain('3 aliases');
  });

  it('counts the aliases of every operation of the document together', () => {
    const document = `
      query One { a: region { id } }
      query Two { b: region { id } }
    `;
    expect(errorsOf(document, [aliasLimitRule(1)])).toHaveLength(1);
  });
});

describe('operationLimitRules', () => {
  it('applies both limits', () => {
    const document = '{ a: communes { b: region { c: communes { id } } } }';
    const errors = errorsOf(
      document,
      operationLimitRules({ maxDepth: 3, maxAliases: 2, maxDirectives: 50 }),
    );
    expect(errors.map((error) => error.message).sort()).toEqual([
      'Operation is 4 levels deep; the limit is 3',
      'Operation uses 3 aliases; the limit is 2',
    ]);
    expect(
      errorsOf(document, operationLimitRules({ maxDepth: 4, maxAliases: 3, maxDirectives: 50 })),
    ).toEqual([]);
  });
});
