import { buildSchema, Kind, parse } from 'graphql';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';

import { operationCost } from '@bxl/common';

import * as webOperations from '../../services/web/src/gql/graphql';
import {
  ORGANISATIONS_BY_IDS,
  SERVICES_BY_IDS,
  SERVICES_OF,
} from '../../services/search/src/document/document-queries';
import { CHUNK } from '../../services/search/src/indexer/document-source';
import { DEFAULT_LIMITS } from './config';
import { costOptions } from './operation-costs';
import { loadSupergraph } from './supergraph';

const schema = buildSchema(loadSupergraph());
const options = costOptions(DEFAULT_LIMITS.maxCost);

const costOf = (document: DocumentNode | string, variables: Record<string, unknown> = {}) => {
  const parsed = typeof document === 'string' ? parse(document) : document;
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return operationCost(schema, parsed, operation, variables, options);
};

const ids = (n: number) => Array.from({ length: n }, (_, index) => `x${index}`);

describe('operation cost', () => {
  it('counts list sizes from literals, variables and schema defaults, and ids lists by length', () => {
    const page = (first: string) =>
      `query($n: Int!) { services(first: ${first}) { edges { node { id nameFr } } } }`;
    // services 1, then per item of the page: edges 1, node 1, id 1, nameFr 1.
    expect(costOf(page('10'), { n: 0 })).toBe(1 + 10 * 4);
    expect(costOf(page('$n'), { n: 500 })).toBe(1 + 500 * 4);
    // `first` omitted: the schema's default page, 50.
    expect(costOf('{ services { edges { node { id } } } }')).toBe(1 + 50 * 3);
    // The page counts for the edges, not for the total or the page info.
    expect(costOf('{ services(first: 500) { totalCount pageInfo { hasNextPage } } }')).toBe(4);
    expect(costOf('query($ids: [ID!]!) { servicesByIds(ids: $ids) { id } }', { ids: ids(7) })).toBe(
      7 * 2,
    );
    // Fragments count where spread, once computed.
    expect(
      costOf(
        '{ services(first: 2) { edges { node { ...F } } } } fragment F on Service { id nameFr }',
      ),
    ).toBe(1 + 2 * 4);
  });

  it('lets through every operation the web application and the search indexer send', () => {
    const web = Object.entries(webOperations).filter(
      (entry): entry is [string, DocumentNode] =>
        entry[0].endsWith('Document') && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
    );
    expect(web.length).toBeGreaterThan(5);
    const costs: Record<string, number> = Object.fromEntries([
      ...web.map(([name, document]) => [name, costOf(document)]),
      ['indexer services', costOf(SERVICES_BY_IDS, { ids: ids(CHUNK) })],
      ['indexer organisations', costOf(ORGANISATIONS_BY_IDS, { ids: ids(CHUNK) })],
      ['indexer affected', costOf(SERVICES_OF, { sites: ids(CHUNK), organisations: ids(CHUNK) })],
    ]);
    for (const [name, cost] of Object.entries(costs)) {
      expect([name, cost <= DEFAULT_LIMITS.maxCost / 2 ? 'within' : cost]).toEqual([
        name,
        'within',
      ]);
    }
  });

  it('refuses the known abuses: pages of 500 nested in pages of 500, whole exports aliased', () => {
    const nested = `s: services(first: 500) { edges { node { organisation {
        services { id } sites { services { id } } } } } }`;
    expect(costOf(`{ ${nested} }`)).toBeLessThan(DEFAULT_LIMITS.maxCost);
    expect(
      costOf(
        `{ ${nested.replace('s:', 'a:')} ${nested.replace('s:', 'b:')} ${nested.replace('s:', 'c:')} ${nested.replace('s:', 'd:')} ${nested.replace('s:', 'e:')} }`,
      ),
    ).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(
      costOf(`{ organisations(first: 500) { edges { node { id
        sites { id } } } } services(first: 500) { edges { node { sites { id } } } } }`),
    ).toBeLessThan(DEFAULT_LIMITS.maxCost);
    const exports = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `e${i}: exportRegistry(format: CSV)`).join(' ')} }`;
    expect(costOf(exports(2))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(costOf(exports(3))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});
