import { Field, Float, ObjectType } from 'type-graphql';

import { BudgetKind } from '../../rules/cssi-rules';
import { CodeLabel, FrameRequirementType } from '../rules/code-label.type';
import { Coverage, CriterionStatus } from './cssi.enums';

@ObjectType('FrameCheck', {
  description: 'One function of the minimum frame: required, present, missing.',
})
export class FrameCheckType extends FrameRequirementType {
  @Field(() => Float, { description: 'What the centre has (FTE or people).' })
  present!: number;

  @Field(() => Float, { description: 'What it lacks to reach the minimum (0 if met).' })
  missing!: number;
}

@ObjectType('IntegrationCriterionCheck', {
  description:
    'One of the four integration criteria of the CSSI note and where a centre stands on it.',
})
export class CriterionCheckType {
  @Field(() => CodeLabel, { description: 'The criterion (with its source).' })
  criterion!: CodeLabel;

  @Field(() => CriterionStatus, {
    nullable: true,
    description: 'What the centre declared; null: nothing.',
  })
  status!: CriterionStatus | null;

  @Field(() => String, { nullable: true, description: 'The evidence it gave, if any.' })
  evidence!: string | null;

  @Field({ description: 'Whether it counts as met (declared MET).' })
  met!: boolean;
}

@ObjectType('FrameReadiness', {
  description:
    'A CSSI against the two conditions the CSSI note states: the minimum frame and the four integration criteria.',
})
export class ReadinessType {
  @Field({ description: 'Whether every function of the frame is at its minimum.' })
  meetsFrame!: boolean;

  @Field(() => [FrameCheckType], { description: 'Every function of the frame.' })
  functions!: FrameCheckType[];

  @Field(() => [FrameCheckType], { description: 'Only the functions below their minimum.' })
  missing!: FrameCheckType[];

  @Field(() => [CriterionCheckType], {
    description: 'The four integration criteria, each with what the centre declared.',
  })
  criteria!: CriterionCheckType[];

  @Field({ description: 'Whether all four integration criteria are declared met.' })
  meetsIntegrationCriteria!: boolean;

  @Field(() => [CodeLabel], { description: 'The integration criteria not declared met.' })
  missingCriteria!: CodeLabel[];

  @Field({
    description:
      'The frame met and the four criteria met: the conditions of agrément the note states (others, such as the decree’s, are not known here).',
  })
  ready!: boolean;
}

@ObjectType('BudgetLine', { description: 'One line of a CSSI budget.' })
export class BudgetLineType extends CodeLabel {
  @Field(() => Float, { nullable: true, description: 'The FTE it pays for, for staff lines.' })
  fte!: number | null;

  @Field(() => Float, { description: 'Euros per year.' })
  amount!: number;
}

@ObjectType('IntegratedCentreBudget', {
  description: 'The yearly PSSI budget of a CSSI of one kind, with its breakdown.',
})
export class BudgetType {
  @Field(() => BudgetKind, { description: 'New structure or existing service.' })
  kind!: BudgetKind;

  @Field(() => Float, { description: 'Euros per year: the sum of the lines.' })
  total!: number;

  @Field(() => Float, { description: 'The total the CSSI note publishes (equal to `total`).' })
  publishedTotal!: number;

  @Field({ description: 'The note’s total line, exactly.' })
  totalTextFr!: string;

  @Field(() => [BudgetLineType], { description: 'The breakdown, line by line as in the note.' })
  lines!: BudgetLineType[];

  @Field({ description: 'Where the CSSI note states it (file, section, its opening words).' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'What the note says beyond the lines.' })
  note!: string | null;
}

@ObjectType('MissionStatus', {
  description: 'One of the twelve CSSI missions and how a centre covers it.',
})
export class MissionStatusType {
  @Field(() => CodeLabel, { description: 'The mission.' })
  mission!: CodeLabel;

  @Field(() => Coverage, {
    nullable: true,
    description: 'How the centre covers it; null if it did not say.',
  })
  coverage!: Coverage | null;

  @Field(() => String, { nullable: true, description: 'How, in a few words.' })
  how!: string | null;
}
