import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

import { DeliverableKind, DeliverableStatus } from './clss.enums';

// Each class is both the output type and its input (`…Input`): the shapes are the same.

@ObjectType('PlanAction', { description: 'An action of a yearly action plan.' })
@InputType('PlanActionInput', { description: 'An action of a yearly action plan.' })
export class PlanAction {
  @Field({ description: 'What the action is.' })
  title!: string;

  @Field(() => [String], { description: 'Its theme codes (see `actionThemes`).' })
  themes!: string[];
}

@ObjectType('FundedProject', { description: 'A project a call for projects funded.' })
@InputType('FundedProjectInput', { description: 'A project a call for projects funded.' })
export class FundedProject {
  @Field({ description: 'The project.' })
  title!: string;

  @Field(() => ID, { description: 'The organisation carrying it (an actors Organisation id).' })
  organisationId!: string;

  @Field(() => Float, { description: 'The amount granted, in euros.' })
  amount!: number;
}

@ObjectType('Deliverable', { description: 'A dated deliverable of a CLSS, with its status.' })
@InputType('DeliverableInput', { description: 'A dated deliverable of a CLSS, with its status.' })
export class Deliverable {
  @Field(() => DeliverableKind, { description: 'What it is.' })
  kind!: DeliverableKind;

  @Field(() => String, { nullable: true, description: 'Its title, if it has one.' })
  title?: string | null;

  @Field({ description: 'Its date (YYYY-MM-DD): adopted, published or due.' })
  date!: string;

  @Field(() => DeliverableStatus, { description: 'Where it stands.' })
  status!: DeliverableStatus;

  @Field(() => [PlanAction], {
    nullable: true,
    description: 'An action plan’s actions (empty for other kinds).',
  })
  actions?: PlanAction[] | null;

  @Field(() => [FundedProject], {
    nullable: true,
    description: 'A call for projects’ funded projects (empty for other kinds).',
  })
  projects?: FundedProject[] | null;
}

@ObjectType('RolePerson', {
  description: 'A person in a role: a name and a professional contact, only if given.',
})
@InputType('RolePersonInput', { description: 'A person in a role (name and contact optional).' })
export class RolePerson {
  @Field(() => String, { nullable: true, description: 'The person’s name, if given.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A professional contact, if given.' })
  contact?: string | null;
}
