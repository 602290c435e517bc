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

import { connectionFromIds, ConnectionType } from '@bxl/common';

import type { CollaborationsContext } from '../../context';
import { BodyKind } from '../../rules/pssi-rules';
import { BassinRef, GroupementRef, OrganisationRef, reference } from '../federation/references';
import { bodyOf, CollaborationBody } from '../member/body.type';
import { CollaborationListArgs, listIds } from '../record/collaboration-list';
import { editor } from '../record/editor';
import { ClssStatus } from './clss.enums';
import { LocalSocialHealthContract } from './clss.entity';
import {
  clssSpec,
  LocalSocialHealthContractInput,
  UpdateLocalSocialHealthContractInput,
} from './clss.input';

export const LocalSocialHealthContractConnection = ConnectionType(
  LocalSocialHealthContract,
  'LocalSocialHealthContract',
);

@ArgsType()
class ClssListArgs extends CollaborationListArgs {
  @Field(() => ClssStatus, { nullable: true, description: 'Only CLSS in this status.' })
  status?: ClssStatus | null;
}

@Resolver(() => LocalSocialHealthContract)
export class LocalSocialHealthContractResolver {
  @Query(() => LocalSocialHealthContract, {
    nullable: true,
    description: 'A CLSS by id (archived ones too); null if none.',
  })
  localSocialHealthContract(
    @Arg('id', () => ID) id: string,
    @Ctx() context: CollaborationsContext,
  ) {
    return context.loaders.clss.load(id);
  }

  @Query(() => LocalSocialHealthContractConnection, {
    description: 'CLSS (not archived), real ones first, by name then id.',
  })
  async localSocialHealthContracts(
    @Args(() => ClssListArgs) args: ClssListArgs,
    @Ctx() context: CollaborationsContext,
  ) {
    const ids = await listIds(context.em, {
      table: 'local_social_health_contract',
      orderBy: 'name_fr',
      territory: args.territory,
      memberOrganisation: args.memberOrganisation,
      equals: { status: args.status },
      organisationColumns: ['host_organisation_id'],
    });
    return connectionFromIds(ids, args, (page) => context.loaders.clss.loadMany(page));
  }

  @FieldResolver(() => GroupementRef, { description: 'Its groupement.' })
  groupement(@Root() clss: LocalSocialHealthContract) {
    return reference(clss.groupementId);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'Its host CPAS; null when not known.',
  })
  host(@Root() clss: LocalSocialHealthContract) {
    return reference(clss.hostOrganisationId);
  }

  @FieldResolver(() => [ID], {
    description:
      'The communes its groupement lies in (at least 10 % of its area; from the territory layers).',
  })
  communeIds(@Root() clss: LocalSocialHealthContract) {
    return clss.territoryIds.filter((id) => id.startsWith('commune:'));
  }

  @FieldResolver(() => [BassinRef], {
    description: 'The bassins its groupement lies in (at least 10 % of its area).',
  })
  bassins(@Root() clss: LocalSocialHealthContract) {
    return clss.territoryIds.filter((id) => id.startsWith('bassin:')).map((id) => ({ id }));
  }

  @FieldResolver(() => CollaborationBody, { description: 'Its working group (GT CLSS).' })
  workingGroup(@Root() clss: LocalSocialHealthContract) {
    return bodyOf(clss.id, BodyKind.WORKING_GROUP);
  }

  @FieldResolver(() => CollaborationBody, { description: 'Its coordination cell.' })
  coordinationCell(@Root() clss: LocalSocialHealthContract) {
    return bodyOf(clss.id, BodyKind.COORDINATION_CELL);
  }

  @Mutation(() => LocalSocialHealthContract, { description: 'Editors: add a CLSS.' })
  createLocalSocialHealthContract(
    @Arg('input', () => LocalSocialHealthContractInput) input: LocalSocialHealthContractInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, clssSpec).create(input);
  }

  @Mutation(() => LocalSocialHealthContract, {
    description: 'Editors: correct a CLSS, its bodies or deliverables (at the version read).',
  })
  updateLocalSocialHealthContract(
    @Arg('input', () => UpdateLocalSocialHealthContractInput)
    input: UpdateLocalSocialHealthContractInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, clssSpec).update(input);
  }
}
