import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CollaborationsContext } from '../../context';
import { OrganisationRef, reference } from '../federation/references';
import { editor } from '../record/editor';
import { QuartierReferent } from './quartier-referent.entity';
import {
  QuartierReferentInput,
  quartierReferentSpec,
  UpdateQuartierReferentInput,
} from './quartier-referent.input';

@Resolver(() => QuartierReferent)
export class QuartierReferentResolver {
  @Query(() => [QuartierReferent], {
    description: 'The référents quartiers (not archived) of a commune no CLSS covers.',
  })
  quartierReferents(
    @Arg('commune', () => ID, { description: 'The commune (`commune:<NIS>`).' }) commune: string,
    @Ctx() context: CollaborationsContext,
  ) {
    return context.loaders.referentsOfCommune.load(commune);
  }

  @FieldResolver(() => OrganisationRef, { nullable: true, description: 'Its organisation.' })
  organisation(@Root() referent: QuartierReferent) {
    return reference(referent.organisationId);
  }

  @Mutation(() => QuartierReferent, { description: 'Editors: add a référent quartier.' })
  createQuartierReferent(
    @Arg('input', () => QuartierReferentInput) input: QuartierReferentInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, quartierReferentSpec).create(input);
  }

  @Mutation(() => QuartierReferent, { description: 'Editors: correct a référent quartier.' })
  updateQuartierReferent(
    @Arg('input', () => UpdateQuartierReferentInput) input: UpdateQuartierReferentInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, quartierReferentSpec).update(input);
  }
}
