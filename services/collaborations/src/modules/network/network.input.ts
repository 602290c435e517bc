import { Field, ID, InputType, Int } from 'type-graphql';

import { BodyKind } from '../../rules/pssi-rules';
import { MemberInput } from '../member/member.input';
import type { RecordSpec } from '../record/record-spec';
import { deriveTerritories } from '../record/territory-derivation';
import { required } from '../record/validation';
import { Network } from './network.entity';

@InputType({
  description: 'A network’s content. On update, a field left out stays as it is; null clears it.',
})
export class NetworkInput {
  @Field(() => String, { nullable: true, description: 'Name in French (required).' })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The territory it works on (any layer id).' })
  territoryId?: string | null;

  @Field(() => [MemberInput], { nullable: true, description: 'Its members (the whole list).' })
  members?: MemberInput[] | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType({ description: 'Changes to a network, at the version they were made against.' })
export class UpdateNetworkInput extends NetworkInput {
  @Field(() => ID, { description: 'The network.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;
}

export const networkSpec: RecordSpec<Network> = {
  entity: Network,
  name: 'Network',
  prefix: 'network',
  fields: ['nameFr', 'nameNl', 'territoryId', 'note'],
  defaults: {},
  bodies: { members: BodyKind.NETWORK },
  problems: (values) => required(values.nameFr, 'nameFr'),
  references: () => [],
  derivedFrom: ['territoryId'],
  derive: deriveTerritories,
  nameOf: (values) => values.nameFr as string,
};
