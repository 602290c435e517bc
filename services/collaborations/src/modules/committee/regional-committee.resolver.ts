import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CollaborationsContext } from '../../context';
import { BodyKind } from '../../rules/pssi-rules';
import { bodyOf, CollaborationBody } from '../member/body.type';
import { editor } from '../record/editor';
import { REGIONAL_COMMITTEE_ID, RegionalCommittee } from './regional-committee.entity';
import { regionalCommitteeSpec, UpdateRegionalCommitteeInput } from './regional-committee.input';

@Resolver(() => RegionalCommittee)
export class RegionalCommitteeResolver {
  @Query(() => RegionalCommittee, {
    nullable: true,
    description: 'The regional comité d’accompagnement of the CLSS.',
  })
  regionalCommittee(@Ctx() context: CollaborationsContext) {
    return context.loaders.committee.load(REGIONAL_COMMITTEE_ID);
  }

  @FieldResolver(() => CollaborationBody, { description: 'Its members, roles and four missions.' })
  body(@Root() committee: RegionalCommittee) {
    return bodyOf(committee.id, BodyKind.REGIONAL_COMMITTEE);
  }

  @Mutation(() => RegionalCommittee, {
    description: 'Editors: set the regional committee’s members (at the version read).',
  })
  updateRegionalCommittee(
    @Arg('input', () => UpdateRegionalCommitteeInput) input: UpdateRegionalCommitteeInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, regionalCommitteeSpec).update({ ...input, id: REGIONAL_COMMITTEE_ID });
  }
}
