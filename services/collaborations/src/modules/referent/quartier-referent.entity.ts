import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

import { CollaborationRecord } from '../record/collaboration-record.entity';

@Entity({ schema: 'collaborations', tableName: 'quartier_referent' })
@Index({ properties: ['communeId'] })
@ObjectType({
  description:
    'A référent quartier: the social-health contact person of a commune that no CLSS covers.',
})
export class QuartierReferent extends CollaborationRecord {
  @Property({ type: 'text' })
  @Field(() => ID, { description: 'The commune (`commune:<NIS>`), covered by no CLSS.' })
  communeId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The employing organisation’s id, if any.' })
  organisationId?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The person’s name, only if given.' })
  personName?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A professional contact, only if given.' })
  personContact?: string | null;
}
