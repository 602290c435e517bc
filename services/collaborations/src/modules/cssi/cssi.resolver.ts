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
import { BudgetKind, CSSI_MISSIONS } from '../../rules/cssi-rules';
import { budget, readiness } from '../../rules/frame';
import { BodyKind } from '../../rules/pssi-rules';
import { reference, ServiceRef } from '../federation/references';
import { CollaborationMember } from '../member/member.entity';
import { CollaborationListArgs, listIds } from '../record/collaboration-list';
import { editor } from '../record/editor';
import { SpecialisedMissionLink } from './cssi-parts.type';
import { CentreStatus } from './cssi.enums';
import { IntegratedCentre } from './cssi.entity';
import { cssiSpec, IntegratedCentreInput, UpdateIntegratedCentreInput } from './cssi.input';
import { BudgetType, MissionStatusType, ReadinessType } from './readiness.type';
import { bodyKey } from '../collaboration.loaders';

export const IntegratedCentreConnection = ConnectionType(IntegratedCentre, 'IntegratedCentre');

@ArgsType()
class CentreListArgs extends CollaborationListArgs {
  @Field(() => CentreStatus, { nullable: true, description: 'Only centres in this status.' })
  status?: CentreStatus | null;
}

@Resolver(() => IntegratedCentre)
export class IntegratedCentreResolver {
  @Query(() => IntegratedCentre, {
    nullable: true,
    description: 'A CSSI by id (archived ones too); null if none.',
  })
  integratedCentre(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationsContext) {
    return context.loaders.centre.load(id);
  }

  @Query(() => IntegratedCentreConnection, {
    description: 'CSSI (not archived), real ones first, by name then id.',
  })
  async integratedCentres(
    @Args(() => CentreListArgs) args: CentreListArgs,
    @Ctx() context: CollaborationsContext,
  ) {
    const ids = await listIds(context.em, {
      table: 'integrated_centre',
      orderBy: 'name_fr',
      territory: args.territory,
      memberOrganisation: args.memberOrganisation,
      equals: { status: args.status },
    });
    return connectionFromIds(ids, args, (page) => context.loaders.centre.loadMany(page));
  }

  @FieldResolver(() => [CollaborationMember], {
    description: 'Its member organisations and services.',
  })
  members(@Root() centre: IntegratedCentre, @Ctx() context: CollaborationsContext) {
    return context.loaders.members.load(bodyKey(centre.id, BodyKind.CENTRE));
  }

  @FieldResolver(() => [MissionStatusType], {
    description: 'The twelve CSSI missions, each with how the centre covers it (null: not said).',
  })
  missions(@Root() centre: IntegratedCentre): MissionStatusType[] {
    return CSSI_MISSIONS.map((mission) => {
      const line = centre.missionCoverage.find((candidate) => candidate.mission === mission.code);
      return { mission, coverage: line?.coverage ?? null, how: line?.how ?? null };
    });
  }

  @FieldResolver(() => ReadinessType, {
    description:
      'Its staffing against the PSSI minimum frame: what is missing, function by function.',
  })
  readiness(@Root() centre: IntegratedCentre) {
    return readiness(centre.staffing);
  }

  @FieldResolver(() => BudgetType, {
    description:
      'Its yearly PSSI budget, as a new structure or as an existing service, with the breakdown.',
  })
  budget(@Root() _centre: IntegratedCentre, @Arg('kind', () => BudgetKind) kind: BudgetKind) {
    return budget(kind);
  }

  @Mutation(() => IntegratedCentre, { description: 'Editors: add a CSSI.' })
  createIntegratedCentre(
    @Arg('input', () => IntegratedCentreInput) input: IntegratedCentreInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, cssiSpec).create(input);
  }

  @Mutation(() => IntegratedCentre, {
    description: 'Editors: correct a CSSI (at the version read).',
  })
  updateIntegratedCentre(
    @Arg('input', () => UpdateIntegratedCentreInput) input: UpdateIntegratedCentreInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, cssiSpec).update(input);
  }
}

@Resolver(() => SpecialisedMissionLink)
export class SpecialisedMissionLinkResolver {
  @FieldResolver(() => ServiceRef, { description: 'The specialised service.' })
  service(@Root() link: SpecialisedMissionLink) {
    return reference(link.serviceId);
  }
}
