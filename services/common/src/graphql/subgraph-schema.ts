import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { BuildSchemaOptions } from 'type-graphql';

import { CACHE_CONTROL_SDL } from './cache-control';
import { BoundedDateTimeISO } from './date-scalar';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@interfaceObject"])';

/** `__resolveReference` per entity type: given the key fields and the context, return the entity. */
export type ReferenceResolvers = Record<
  string,
  (reference: { id: string }, context: never) => unknown
>;

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as the gateway composes it. */
  sdl: string;
}

/**
 * type-graphql classes → a Federation 2 subgraph schema (see STACK.md, "Federation with type-graphql"):
 * print with directives so `@key` survives, link the federation spec, then let @apollo/subgraph add
 * `_service` and `_entities`, resolved by the reference resolvers.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  references: ReferenceResolvers,
): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({ ...options, skipCheck: true });
  const sdl = `${FEDERATION_LINK}\n\n${CACHE_CONTROL_SDL}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  if (resolvers[BoundedDateTimeISO.name]) {
    // Every date input, whichever class declared it, parsed with the year bounds.
    resolvers[BoundedDateTimeISO.name] = BoundedDateTimeISO as never;
  }
  for (const [typeName, resolveReference] of Object.entries(references)) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: resolveReference,
    } as never;
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl };
}
