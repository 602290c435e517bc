import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

import { DeliverableKind, DeliverableStatus } from './clss.enums';

// A class is both the output type and its input (`…Input`) where the shapes are the same.

@ObjectType('PlanAction', { description: 'An action of a yearly action plan.' })
@InputType('PlanActionInput', { description: 'An action of a yearly action plan.' })
export class PlanAction {
  @Field({ description: 'What the action is.' })
  title!: string;

  @Field(() => [String], { description: 'Its theme codes (see `actionThemes`).' })
  themes!: string[];
}

/** What a funded project says, in and out. */
@ObjectType({ description: 'Shared fields (not a type of its own).' })
@InputType({ description: 'Shared fields (not a type of its own).' })
abstract class FundedProjectFields {
  @Field({ description: 'The project.' })
  title!: string;

  @Field(() => ID, { description: 'The organisation carrying it (an actors Organisation id).' })
  organisationId!: string;

  @Field(() => Float, { description: 'The amount granted, in euros.' })
  amount!: number;
}

// Out, a funded project also has its `organisation` (an actors entity; see funded-project.resolver).
@ObjectType('FundedProject', { description: 'A project a call for projects funded.' })
export class FundedProject extends FundedProjectFields {}

@InputType('FundedProjectInput', { description: 'A project a call for projects funded.' })
export class FundedProjectInput extends FundedProjectFields {}

/** What a deliverable says, in and out (its funded projects apart). */
@ObjectType({ description: 'Shared fields (not a type of its own).' })
@InputType({ description: 'Shared fields (not a type of its own).' })
abstract class DeliverableFields {
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
}

const PROJECTS = 'A call for projects’ funded projects (empty for other kinds).';

@ObjectType('Deliverable', { description: 'A dated deliverable of a CLSS, with its status.' })
export class Deliverable extends DeliverableFields {
  @Field(() => [FundedProject], { nullable: true, description: PROJECTS })
  projects?: FundedProject[] | null;
}

@InputType('DeliverableInput', { description: 'A dated deliverable of a CLSS, with its status.' })
export class DeliverableInput extends DeliverableFields {
  @Field(() => [FundedProjectInput], { nullable: true, description: PROJECTS })
  projects?: FundedProjectInput[] | null;
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
