import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

import { CollaborationRecord } from '../record/collaboration-record.entity';

/** The one regional comité d'accompagnement (id `regional-committee:bru`): a record for its version. */
@Entity({ schema: 'collaborations', tableName: 'regional_committee' })
@ObjectType({
  description:
    'The regional comité d’accompagnement: it follows every CLSS (Brusano, CLSS coordinators, the administrations, experts…).',
})
export class RegionalCommittee extends CollaborationRecord {
  @Property({ type: 'text' })
  @Field({ description: 'Name in French.' })
  nameFr!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in Dutch.' })
  nameNl!: string;
}

export const REGIONAL_COMMITTEE_ID = 'regional-committee:bru';
