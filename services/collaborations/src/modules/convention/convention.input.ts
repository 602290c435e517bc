import { Field, ID, InputType, Int } from 'type-graphql';

import { BodyKind } from '../../rules/pssi-rules';
import { MemberInput } from '../member/member.input';
import type { RecordSpec } from '../record/record-spec';
import { periodProblems, required } from '../record/validation';
import { Convention, ConventionKind } from './convention.entity';

@InputType({
  description:
    'A convention’s content. On update, a field left out stays as it is; null clears it.',
})
export class ConventionInput {
  @Field(() => ConventionKind, { nullable: true, description: 'What it is for (required).' })
  kind?: ConventionKind | null;

  @Field(() => String, { nullable: true, description: 'Its object in French (required).' })
  objectFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Its object in Dutch.' })
  objectNl?: string | null;

  @Field(() => String, { nullable: true, description: 'Start (YYYY-MM-DD).' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'End (YYYY-MM-DD).' })
  endDate?: string | null;

  @Field(() => [MemberInput], {
    nullable: true,
    description: 'Its parties (role PARTY; at least two organisations), the whole list.',
  })
  parties?: MemberInput[] | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType({ description: 'Changes to a convention, at the version they were made against.' })
export class UpdateConventionInput extends ConventionInput {
  @Field(() => ID, { description: 'The convention.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;
}

export const conventionSpec: RecordSpec<Convention> = {
  entity: Convention,
  name: 'Convention',
  prefix: 'convention',
  fields: ['kind', 'objectFr', 'objectNl', 'startDate', 'endDate', 'note'],
  defaults: {},
  bodies: { parties: BodyKind.CONVENTION },
  problems: (values) => [
    ...required(values.kind, 'kind'),
    ...required(values.objectFr, 'objectFr'),
    ...periodProblems(values.startDate as string, values.endDate as string, [
      'startDate',
      'endDate',
    ]),
    ...(new Set(
      (values.parties as MemberInput[]).map((party) => party.organisationId).filter(Boolean),
    ).size < 2
      ? [{ field: 'parties', message: 'a convention binds at least two organisations' }]
      : []),
  ],
  references: () => [],
  nameOf: (values) => values.objectFr as string,
};
