import { Field, ObjectType } from 'type-graphql';

import { BudgetType } from '../cssi/readiness.type';
import { CodeLabel, FrameRequirementType } from './code-label.type';

@ObjectType('SpecialisedMissionRule', {
  description: 'A specialised service a CSSI may collaborate with (CSSI note § 2.6).',
})
export class SpecialisedMissionRuleType extends CodeLabel {
  @Field({ description: 'The actors service type the specialised service must have.' })
  serviceType!: string;
}

@ObjectType('SpecialisedMissionsRule', {
  description:
    'What the CSSI note says of specialised missions: definition, services, requirements.',
})
export class SpecialisedMissionsRuleType {
  @Field({ description: 'The note’s definition, exactly.' })
  definitionFr!: string;

  @Field({ description: 'Where the note states it.' })
  source!: string;

  @Field(() => [SpecialisedMissionRuleType], { description: 'The five specialised services.' })
  services!: SpecialisedMissionRuleType[];

  @Field(() => [CodeLabel], {
    description: 'What each needs (a convention with the CSSI, a frame extension).',
  })
  requirements!: CodeLabel[];
}

@ObjectType('InclusiveFunctionRule', {
  description: 'The optional inclusive function of a CSSI (CSSI note § 2.7).',
})
export class InclusiveFunctionRuleType {
  @Field({ description: 'Where the note states it, with its opening words.' })
  source!: string;

  @Field(() => [CodeLabel], { description: 'Its three elements.' })
  elements!: CodeLabel[];

  @Field(() => [CodeLabel], { description: 'What it needs (a frame extension).' })
  requirements!: CodeLabel[];
}

@ObjectType({
  description:
    'The PSSI rules a CSSI is checked against, as the CSSI note (`seed/sources/003_07aa008c49125100.txt`) states them; each rule cites its section.',
})
export class IntegratedCentreRules {
  @Field(() => [CodeLabel], { description: 'The twelve missions, word for word (§ 2.1).' })
  missions!: CodeLabel[];

  @Field({ description: 'Where the list of missions comes from.' })
  missionsSource!: string;

  @Field(() => [CodeLabel], { description: 'The staff functions staffing is declared in.' })
  staffFunctions!: CodeLabel[];

  @Field(() => [FrameRequirementType], { description: 'The minimum frame (§ 2.2), line by line.' })
  minimumFrame!: FrameRequirementType[];

  @Field({ description: 'Where the minimum frame comes from, and how it is read.' })
  minimumFrameSource!: string;

  @Field(() => [BudgetType], {
    description:
      'The two budgets (§ 2.3): a new structure (500,000 €), an existing service (160,000 €).',
  })
  budgets!: BudgetType[];

  @Field(() => [CodeLabel], {
    description:
      'The three administrative options (§ 2.4); codes are `AdministrativeModel` values.',
  })
  administrativeOptions!: CodeLabel[];

  @Field(() => [CodeLabel], { description: 'The four integration criteria (§ 2.5).' })
  integrationCriteria!: CodeLabel[];

  @Field({
    description: 'Where the integration criteria come from, with what the note says of them.',
  })
  integrationCriteriaSource!: string;

  @Field(() => [SpecialisedMissionRuleType], {
    description: 'The specialised missions a convention may cover (§ 2.6).',
  })
  specialisedMissions!: SpecialisedMissionRuleType[];

  @Field(() => SpecialisedMissionsRuleType, {
    description: 'Specialised missions: definition, services and requirements (§ 2.6).',
  })
  specialisedMissionRule!: SpecialisedMissionsRuleType;

  @Field(() => InclusiveFunctionRuleType, { description: 'The inclusive function (§ 2.7).' })
  inclusiveFunction!: InclusiveFunctionRuleType;
}
