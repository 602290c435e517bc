import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/**
 * What every term of the vocabularies has: a French and a Dutch label (the GraphQL fields are
 * inherited by each object type that extends it).
 */
@Entity({ abstract: true })
@ObjectType({ description: 'French and Dutch labels (abstract: never a type of its own).' })
export abstract class Labelled {
  @Property({ type: 'text' })
  @Field({ description: 'Label in French.' })
  labelFr!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Label in Dutch.' })
  labelNl!: string;
}
