import { Arg, Ctx, Query, Resolver } from 'type-graphql';

import type { ActorsContext } from '../../context';
import { Taxonomy } from '../actor.enums';
import { TaxonomyTerm } from './taxonomy-term.entity';

@Resolver(() => TaxonomyTerm)
export class TaxonomyResolver {
  @Query(() => [TaxonomyTerm], {
    description: 'The terms of a taxonomy (service types, target publics), by code.',
  })
  async taxonomy(
    @Arg('taxonomy', () => Taxonomy) taxonomy: Taxonomy,
    @Ctx() context: ActorsContext,
  ) {
    const { terms } = await context.loaders.taxonomy();
    return [...terms.values()].filter((term) => term.taxonomy === taxonomy);
  }
}
