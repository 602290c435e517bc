import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Coverage, CriterionStatus } from './cssi.enums';

// Each class is both the output type and its input (`…Input`): the shapes are the same.

@ObjectType('StaffingLine', { description: 'Staff of one function, in FTE.' })
@InputType('StaffingLineInput', { description: 'Staff of one function, in FTE.' })
export class StaffingLine {
  @Field({ description: 'The function code (see `integratedCentreRules`).' })
  function!: string;

  @Field(() => Float, { description: 'Full-time equivalents (0 or more).' })
  fte!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How many people; absent: one person when FTE is above zero.',
  })
  persons?: number | null;
}

@ObjectType('MissionCoverageLine', { description: 'How a CSSI covers one of its missions.' })
@InputType('MissionCoverageInput', { description: 'How a CSSI covers one of its missions.' })
export class MissionCoverageLine {
  @Field({ description: 'The mission code (see `integratedCentreRules`).' })
  mission!: string;

  @Field(() => Coverage, { description: 'How it is covered.' })
  coverage!: Coverage;

  @Field(() => String, { nullable: true, description: 'How, in a few words.' })
  how?: string | null;
}

@ObjectType('IntegrationCriterionLine', {
  description: 'Where a CSSI stands on one integration criterion.',
})
@InputType('IntegrationCriterionInput', {
  description: 'Where a CSSI stands on one integration criterion.',
})
export class IntegrationCriterionLine {
  @Field({ description: 'The criterion code (see `integratedCentreRules`).' })
  criterion!: string;

  @Field(() => CriterionStatus, { description: 'Whether it is met.' })
  status!: CriterionStatus;

  @Field(() => String, { nullable: true, description: 'The evidence (a document, a practice).' })
  evidence?: string | null;
}

@InputType({ description: 'A specialised mission run by convention with a specialised service.' })
export class SpecialisedMissionInput {
  @Field({ description: 'The specialised mission code (see `integratedCentreRules`).' })
  mission!: string;

  @Field(() => ID, { description: 'The specialised service (an actors Service id) of that type.' })
  serviceId!: string;

  @Field(() => ID, { nullable: true, description: 'The convention that frames it, if recorded.' })
  conventionId?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The frame extension it needs, in FTE, if known.',
  })
  frameExtensionFte?: number | null;
}

/** The output side: the same fields, plus `service` (resolved as an actors entity). */
@ObjectType('SpecialisedMissionLink', {
  description: 'A specialised mission a CSSI runs by convention with a specialised service.',
})
export class SpecialisedMissionLink {
  @Field({ description: 'The specialised mission code.' })
  mission!: string;

  @Field(() => ID, { description: 'The specialised service’s id.' })
  serviceId!: string;

  @Field(() => ID, { nullable: true, description: 'The convention that frames it, if recorded.' })
  conventionId?: string | null;

  @Field(() => Float, { nullable: true, description: 'The frame extension it needs, in FTE.' })
  frameExtensionFte?: number | null;
}

/** What an inclusive function says, in and out (out, it also has `missingRequirements`). */
@ObjectType({ description: 'Shared fields (not a type of its own).' })
@InputType({ description: 'Shared fields (not a type of its own).' })
abstract class InclusiveFunctionFields {
  @Field({ description: 'Whether it does outreach work.' })
  outreach!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0–1) of its public entitled to AMU (aide médicale urgente) or under a Fedasil réquisitoire.',
  })
  amuOrFedasilShare?: number | null;

  @Field({ description: 'Whether it reacts to emergencies.' })
  emergencyReactivity!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The frame extension the ambulatory service asked for it, in FTE (the note requires one); null: not recorded.',
  })
  frameExtensionFte?: number | null;
}

const INCLUSIVE =
  'A CSSI’s inclusive function (CSSI note § 2.7): outreach, a minimum share of people under AMU or a Fedasil réquisitoire, reactivity to emergencies.';

@ObjectType('InclusiveFunction', { description: INCLUSIVE })
export class InclusiveFunction extends InclusiveFunctionFields {}

@InputType('InclusiveFunctionInput', { description: INCLUSIVE })
export class InclusiveFunctionInput extends InclusiveFunctionFields {}
