import { Field, InputType, Int } from 'type-graphql';

import { BodyKind } from '../../rules/pssi-rules';
import { MemberInput } from '../member/member.input';
import type { RecordSpec } from '../record/record-spec';
import { RegionalCommittee } from './regional-committee.entity';

@InputType({ description: 'The regional comité d’accompagnement’s members, at a version.' })
export class UpdateRegionalCommitteeInput {
  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;

  @Field(() => [MemberInput], { nullable: true, description: 'Its members (the whole list).' })
  members?: MemberInput[] | null;
}

export const regionalCommitteeSpec: RecordSpec<RegionalCommittee> = {
  entity: RegionalCommittee,
  name: 'RegionalCommittee',
  prefix: 'regional-committee',
  fields: [],
  defaults: {},
  bodies: { members: BodyKind.REGIONAL_COMMITTEE },
  problems: () => [],
  references: () => [],
  nameOf: () => 'bru',
};
