import { Entity, PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';

import { CACHE_DAY_S, cacheFor } from '@bxl/common';

import { Taxonomy } from '../actor.enums';
import { Labelled } from './labelled.entity';

@Entity({ schema: 'actors', tableName: 'taxonomy_term' })
@ObjectType({ description: 'A term of a taxonomy: a stable code and its French and Dutch labels.' })
@Directive(cacheFor(CACHE_DAY_S))
export class TaxonomyTerm extends Labelled {
  @PrimaryKey({ type: 'text' })
  @Field(() => Taxonomy, { description: 'The taxonomy it belongs to.' })
  taxonomy!: Taxonomy;

  @PrimaryKey({ type: 'text' })
  @Field({ description: 'Stable code, e.g. `debt-mediation`.' })
  code!: string;
}
