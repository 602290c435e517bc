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

import { BadUserInputError, connectionFromIds, ConnectionType } from '@bxl/common';

import type { CollaborationsContext } from '../../context';
import { CSSI_MISSIONS } from '../../rules/cssi-missions';
import { BudgetKind } from '../../rules/cssi-rules';
import { budget, readiness } from '../../rules/frame';
import { BodyKind } from '../../rules/pssi-rules';
import { reference, ServiceRef } from '../federation/references';
import { CollaborationMember } from '../member/member.entity';
import { CollaborationListArgs, listIds } from '../record/collaboration-list';
import { editor } from '../record/editor';
import { InclusiveFunction, SpecialisedMissionLink } from './cssi-parts.type';
import { CentreStatus, Requirement } from './cssi.enums';
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
      'It against the CSSI note’s conditions: the minimum frame (what is missing, function by function) and the four integration criteria.',
  })
  readiness(@Root() centre: IntegratedCentre) {
    return readiness(centre.staffing, centre.integrationCriteria);
  }

  @FieldResolver(() => BudgetType, {
    description:
      'Its yearly PSSI budget with the breakdown: by default the one of its `origin` (new structure or existing service); `kind` asks for either. BAD_USER_INPUT (`kind`) when neither is known.',
  })
  budget(
    @Root() centre: IntegratedCentre,
    @Arg('kind', () => BudgetKind, {
      nullable: true,
      description: 'Which budget; absent: the one of the centre’s origin.',
    })
    kind: BudgetKind | null,
  ) {
    const chosen = kind ?? (centre.origin as string | null | undefined);
    if (!chosen) {
      throw new BadUserInputError(`CSSI ${centre.id} does not say whether it is new or existing`, [
        { field: 'kind', message: 'give a kind: the centre has no origin recorded' },
      ]);
    }
    return budget(chosen as BudgetKind);
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

  @FieldResolver(() => [Requirement], {
    description:
      'What the CSSI note requires of a specialised mission (§ 2.6) and is not recorded: a convention, a frame extension.',
  })
  missingRequirements(@Root() link: SpecialisedMissionLink): Requirement[] {
    return [
      ...(link.conventionId ? [] : [Requirement.CONVENTION]),
      ...(link.frameExtensionFte != null ? [] : [Requirement.FRAME_EXTENSION]),
    ];
  }
}

@Resolver(() => InclusiveFunction)
export class InclusiveFunctionResolver {
  @FieldResolver(() => [Requirement], {
    description:
      'What the CSSI note requires of the inclusive function (§ 2.7) and is not recorded: a frame extension.',
  })
  missingRequirements(@Root() inclusive: InclusiveFunction): Requirement[] {
    return inclusive.frameExtensionFte != null ? [] : [Requirement.FRAME_EXTENSION];
  }
}
