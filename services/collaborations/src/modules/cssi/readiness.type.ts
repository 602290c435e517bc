import { Field, Float, ObjectType } from 'type-graphql';

import { BudgetKind } from '../../rules/cssi-rules';
import { CodeLabel, FrameRequirementType } from '../rules/code-label.type';
import { Coverage } from './cssi.enums';

@ObjectType('FrameCheck', {
  description: 'One function of the minimum frame: required, present, missing.',
})
export class FrameCheckType extends FrameRequirementType {
  @Field(() => Float, { description: 'What the centre has (FTE or people).' })
  present!: number;

  @Field(() => Float, { description: 'What it lacks to reach the minimum (0 if met).' })
  missing!: number;
}

@ObjectType('FrameReadiness', { description: 'A CSSI’s staffing against the PSSI minimum frame.' })
export class ReadinessType {
  @Field({ description: 'Whether every function of the frame is at its minimum.' })
  meetsFrame!: boolean;

  @Field(() => [FrameCheckType], { description: 'Every function of the frame.' })
  functions!: FrameCheckType[];

  @Field(() => [FrameCheckType], { description: 'Only the functions below their minimum.' })
  missing!: FrameCheckType[];
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

  @Field(() => [BudgetLineType], { description: 'The breakdown.' })
  lines!: BudgetLineType[];
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
