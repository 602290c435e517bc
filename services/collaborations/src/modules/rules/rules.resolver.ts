import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';

import {
  CSSI_MISSIONS,
  CSSI_MISSIONS_SOURCE,
  INTEGRATION_CRITERIA,
  MINIMUM_FRAME,
  SPECIALISED_MISSIONS,
  STAFF_FUNCTIONS,
} from '../../rules/cssi-rules';
import { ACTION_THEMES, BodyKind, ROLES_BY_BODY } from '../../rules/pssi-rules';
import { CodeLabel, FrameRequirementType } from './code-label.type';

@ObjectType({ description: 'The PSSI rules a CSSI is checked against (data, not code).' })
class IntegratedCentreRules {
  @Field(() => [CodeLabel], { description: 'The twelve missions.' })
  missions!: CodeLabel[];

  @Field({ description: 'Where the list of missions comes from, and how sure it is.' })
  missionsSource!: string;

  @Field(() => [CodeLabel], { description: 'The staff functions staffing is declared in.' })
  staffFunctions!: CodeLabel[];

  @Field(() => [FrameRequirementType], { description: 'The minimum frame.' })
  minimumFrame!: FrameRequirementType[];

  @Field(() => [CodeLabel], { description: 'The four integration criteria.' })
  integrationCriteria!: CodeLabel[];

  @Field(() => [CodeLabel], { description: 'The specialised missions a convention may cover.' })
  specialisedMissions!: CodeLabel[];
}

@Resolver()
export class RulesResolver {
  @Query(() => [CodeLabel], { description: 'The roles a body admits (PSSI rules).' })
  collaborationRoles(@Arg('body', () => BodyKind) body: BodyKind) {
    return ROLES_BY_BODY[body];
  }

  @Query(() => [CodeLabel], { description: 'The themes of CLSS action-plan actions.' })
  actionThemes() {
    return ACTION_THEMES;
  }

  @Query(() => IntegratedCentreRules, { description: 'The rules a CSSI is checked against.' })
  integratedCentreRules(): IntegratedCentreRules {
    return {
      missions: [...CSSI_MISSIONS],
      missionsSource: CSSI_MISSIONS_SOURCE,
      staffFunctions: [...STAFF_FUNCTIONS],
      minimumFrame: [...MINIMUM_FRAME],
      integrationCriteria: [...INTEGRATION_CRITERIA],
      specialisedMissions: [...SPECIALISED_MISSIONS],
    };
  }
}
