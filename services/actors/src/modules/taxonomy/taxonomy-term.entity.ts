import { Entity, PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

import { Taxonomy } from '../actor.enums';
import { Labelled } from './labelled.entity';

@Entity({ schema: 'actors', tableName: 'taxonomy_term' })
@ObjectType({ description: 'A term of a taxonomy: a stable code and its French and Dutch labels.' })
export class TaxonomyTerm extends Labelled {
  @PrimaryKey({ type: 'text' })
  @Field(() => Taxonomy, { description: 'The taxonomy it belongs to.' })
  taxonomy!: Taxonomy;

  @PrimaryKey({ type: 'text' })
  @Field({ description: 'Stable code, e.g. `debt-mediation`.' })
  code!: string;
}
