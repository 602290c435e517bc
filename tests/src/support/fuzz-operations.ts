import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
} from 'graphql';

import type { Random } from '@bxl/common';

/** One generated operation: its document, its variables, and what it was made from. */
export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

/** Ids that exist in the seeded directory, so that some operations go deep instead of missing. */
const KNOWN_IDS = [
  'region:bru',
  'bassin:sud',
  'bassin:nord-ouest',
  'commune:21004',
  'commune:21015',
  'quartier:8',
  'sector:21004A00-',
  'groupement:provisional-clss:cureghem',
  'groupement:provisional-clss:gare-de-l-ouest',
];

/** Strings that broke or could break a service: empty, huge, control characters, injections, scripts. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(20_000),
  'é'.repeat(600),
  'a\u0000b',
  '\ud800',
  '\u202e\u0301',
  "' or 1=1 --",
  '%_\\',
  '<script>alert(1)</script>',
  '{"$gt": ""}',
  '../../etc/passwd',
  '2026-13-45T25:61:00Z',
  '99999999999999999999999',
  'mental-health',
  'CPAS Molenbeek',
  'fr',
];

const HOSTILE_INTS = [0, 1, -1, 2, 100, 500, 501, 1001, 2 ** 31 - 1, -(2 ** 31)];
const HOSTILE_FLOATS = [0, -0.5, 50.85, 4.35, -91, 181, 1e308, -1e308, 5e-324, 1e-7];

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** A value for an input type: mostly plausible, often hostile, sometimes of the wrong kind. */
function valueFor(type: GraphQLInputType, random: Random, depth: number): unknown {
  if (isNonNullType(type)) {
    return valueFor(type.ofType, random, depth);
  }
  if (random() < 0.05) {
    return null;
  }
  if (isListType(type)) {
    const length = random() < 0.03 ? 1001 : Math.floor(random() * 4);
    return Array.from({ length }, () => valueFor(type.ofType, random, depth + 1));
  }
  if (isEnumType(type)) {
    return pick(random, type.getValues()).value ?? pick(random, type.getValues()).name;
  }
  if (isInputObjectType(type)) {
    if (depth > 3) {
      return {};
    }
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || random() < 0.4) {
        value[field.name] = valueFor(field.type, random, depth + 1);
      }
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return pick(random, HOSTILE_INTS);
      case 'Float':
        return pick(random, HOSTILE_FLOATS);
      case 'Boolean':
        return random() < 0.5;
      case 'ID':
        return random() < 0.5 ? pick(random, KNOWN_IDS) : pick(random, HOSTILE_STRINGS);
      case 'DateTimeISO':
        return pick(random, [
          '2026-11-28T09:30:00Z',
          '0001-01-01T00:00:00Z',
          '9999-12-31T23:59:59Z',
          'abc',
          '2026-02-30T10:00:00Z',
        ]);
      default:
        return pick(random, HOSTILE_STRINGS);
    }
  }
  return null;
}

const typeName = (type: GraphQLInputType): string => String(type);

/** Scalar fields without required arguments, and one level of objects below, for a selection. */
function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) {
    return '';
  }
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter(
    (field) => !field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const parts = ['__typename'];
  for (const field of fields) {
    const inner = getNamedType(field.type);
    if (isScalarType(inner) || isEnumType(inner)) {
      parts.push(field.name);
    } else if (depth < 2 && isObjectType(inner)) {
      const nested = selectionFor(field.type, depth + 1);
      if (nested) {
        parts.push(`${field.name} { ${nested} }`);
      }
    }
  }
  return parts.slice(0, 25).join(' ');
}

function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  random: Random,
): FuzzOperation {
  const args = field.args.filter(
    (arg: GraphQLArgument) => isNonNullType(arg.type) || random() < 0.6,
  );
  const declarations = args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = selectionFor(field.type, 0);
  const query = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${
    passed ? `(${passed})` : ''
  }${selection ? ` { ${selection} }` : ''} }`;
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, valueFor(arg.type, random, 0)]),
  );
  return { query, variables, field: `${kind}.${field.name}` };
}

/** `count` operations over every root field of the schema, in a seeded, repeatable order. */
export function fuzzOperations(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
  count: number,
  random: Random,
): FuzzOperation[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const fields = Object.values(root?.getFields() ?? {}).filter(
    (field) => !field.name.startsWith('_'),
  );
  return Array.from({ length: count }, (_, index) =>
    operationFor(kind, fields[index % fields.length] as GraphQLField<unknown, unknown>, random),
  );
}
