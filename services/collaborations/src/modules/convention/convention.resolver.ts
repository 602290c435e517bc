import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { connectionFromIds, ConnectionType, PageArgs } from '@bxl/common';

import type { CollaborationsContext } from '../../context';
import { BodyKind } from '../../rules/pssi-rules';
import { bodyKey } from '../collaboration.loaders';
import { CollaborationMember } from '../member/member.entity';
import { listIds } from '../record/collaboration-list';
import { editor } from '../record/editor';
import { Convention, ConventionKind } from './convention.entity';
import { ConventionInput, conventionSpec, UpdateConventionInput } from './convention.input';

export const ConventionConnection = ConnectionType(Convention, 'Convention');

@ArgsType()
class ConventionListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only conventions this organisation is party to.',
  })
  memberOrganisation?: string | null;

  @Field(() => ConventionKind, { nullable: true, description: 'Only conventions of this kind.' })
  kind?: ConventionKind | null;
}

@Resolver(() => Convention)
export class ConventionResolver {
  @Query(() => Convention, { nullable: true, description: 'A convention by id; null if none.' })
  convention(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationsContext) {
    return context.loaders.convention.load(id);
  }

  @Query(() => ConventionConnection, {
    description: 'Conventions (not archived), real ones first, by object then id.',
  })
  async conventions(
    @Args(() => ConventionListArgs) args: ConventionListArgs,
    @Ctx() context: CollaborationsContext,
  ) {
    const ids = await listIds(context.em, {
      table: 'convention',
      orderBy: 'object_fr',
      memberOrganisation: args.memberOrganisation,
      equals: { kind: args.kind },
    });
    return connectionFromIds(ids, args, (page) => context.loaders.convention.loadMany(page));
  }

  @FieldResolver(() => [CollaborationMember], { description: 'Its parties.' })
  parties(@Root() convention: Convention, @Ctx() context: CollaborationsContext) {
    return context.loaders.members.load(bodyKey(convention.id, BodyKind.CONVENTION));
  }

  @Mutation(() => Convention, { description: 'Editors: add a convention.' })
  createConvention(
    @Arg('input', () => ConventionInput) input: ConventionInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, conventionSpec).create(input);
  }

  @Mutation(() => Convention, {
    description: 'Editors: correct a convention (at the version read).',
  })
  updateConvention(
    @Arg('input', () => UpdateConventionInput) input: UpdateConventionInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, conventionSpec).update(input);
  }
}
