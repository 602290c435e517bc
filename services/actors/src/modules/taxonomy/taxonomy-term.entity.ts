import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

import { Taxonomy } from '../actor.enums';

@Entity({ schema: 'actors', tableName: 'taxonomy_term' })
@ObjectType({ description: 'A term of a taxonomy: a stable code and its French and Dutch labels.' })
export class TaxonomyTerm {
  @PrimaryKey({ type: 'text' })
  @Field(() => Taxonomy, { description: 'The taxonomy it belongs to.' })
  taxonomy!: Taxonomy;

  @PrimaryKey({ type: 'text' })
  @Field({ description: 'Stable code, e.g. `debt-mediation`.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Label in French.' })
  labelFr!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Label in Dutch.' })
  labelNl!: string;
}
