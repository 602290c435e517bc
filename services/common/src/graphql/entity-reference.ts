import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An entity owned by another subgraph, referred to here by its key only: the gateway fills its other
 * fields from the owner.
 */
export function entityReference(name: string, owner: string, idExample: string) {
  @ObjectType(name, { description: `A ${name} of the ${owner} subgraph (see there).` })
  @Directive('@key(fields: "id")')
  class EntityReference {
    @Field(() => ID, { description: `Its id, e.g. \`${idExample}\`.` })
    id!: string;
  }
  return EntityReference;
}

export type EntityReference = InstanceType<ReturnType<typeof entityReference>>;
