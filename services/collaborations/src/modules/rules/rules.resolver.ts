import { Arg, Query, Resolver } from 'type-graphql';

import {
  ADMINISTRATIVE_OPTIONS,
  INCLUSIVE_FUNCTION_ELEMENTS,
  INCLUSIVE_FUNCTION_REQUIREMENTS,
  INCLUSIVE_FUNCTION_SOURCE,
  INTEGRATION_CRITERIA,
  INTEGRATION_CRITERIA_SOURCE,
  SPECIALISED_MISSION_DEFINITION,
  SPECIALISED_MISSION_REQUIREMENTS,
  SPECIALISED_MISSIONS,
} from '../../rules/cssi-integration';
import { CSSI_MISSIONS, CSSI_MISSIONS_SOURCE } from '../../rules/cssi-missions';
import {
  BudgetKind,
  MINIMUM_FRAME,
  MINIMUM_FRAME_SOURCE,
  STAFF_FUNCTIONS,
} from '../../rules/cssi-rules';
import { budget } from '../../rules/frame';
import { ACTION_THEMES, BodyKind, CLSS_MISSIONS, ROLES_BY_BODY } from '../../rules/pssi-rules';
import { IntegratedCentreRules } from './centre-rules.type';
import { CodeLabel } from './code-label.type';

@Resolver()
export class RulesResolver {
  @Query(() => [CodeLabel], { description: 'The roles a body admits (PSSI rules, cited).' })
  collaborationRoles(@Arg('body', () => BodyKind) body: BodyKind) {
    return ROLES_BY_BODY[body];
  }

  @Query(() => [CodeLabel], {
    description: 'The themes of CLSS action-plan actions: the objectives of the 9 existing CLSS.',
  })
  actionThemes() {
    return ACTION_THEMES;
  }

  @Query(() => [CodeLabel], {
    description: 'The four missions of a CLSS (PSSI vision text, "CLSS: missions").',
  })
  localSocialHealthContractMissions() {
    return CLSS_MISSIONS;
  }

  @Query(() => IntegratedCentreRules, {
    description: 'The rules a CSSI is checked against, as the CSSI note states them.',
  })
  integratedCentreRules(): IntegratedCentreRules {
    return {
      missions: [...CSSI_MISSIONS],
      missionsSource: CSSI_MISSIONS_SOURCE,
      staffFunctions: [...STAFF_FUNCTIONS],
      minimumFrame: [...MINIMUM_FRAME],
      minimumFrameSource: MINIMUM_FRAME_SOURCE,
      budgets: [BudgetKind.NEW, BudgetKind.EXISTING].map((kind) => {
        const rule = budget(kind);
        return { ...rule, lines: [...rule.lines] };
      }),
      administrativeOptions: [...ADMINISTRATIVE_OPTIONS],
      integrationCriteria: [...INTEGRATION_CRITERIA],
      integrationCriteriaSource: INTEGRATION_CRITERIA_SOURCE,
      specialisedMissions: [...SPECIALISED_MISSIONS],
      specialisedMissionRule: {
        definitionFr: SPECIALISED_MISSION_DEFINITION.textFr,
        source: SPECIALISED_MISSION_DEFINITION.source,
        services: [...SPECIALISED_MISSIONS],
        requirements: [...SPECIALISED_MISSION_REQUIREMENTS],
      },
      inclusiveFunction: {
        source: INCLUSIVE_FUNCTION_SOURCE,
        elements: [...INCLUSIVE_FUNCTION_ELEMENTS],
        requirements: [...INCLUSIVE_FUNCTION_REQUIREMENTS],
      },
    };
  }
}
