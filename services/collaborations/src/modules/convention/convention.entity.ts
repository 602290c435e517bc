import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

import { CollaborationRecord } from '../record/collaboration-record.entity';

export enum ConventionKind {
  SPECIALISED_MISSION = 'SPECIALISED_MISSION',
  PARTNERSHIP = 'PARTNERSHIP',
  REFERRAL = 'REFERRAL',
  PREMISES = 'PREMISES',
  OTHER = 'OTHER',
}
registerEnumType(ConventionKind, {
  name: 'ConventionKind',
  description: 'What a convention between organisations is for.',
  valuesConfig: {
    SPECIALISED_MISSION: {
      description: 'A CSSI’s specialised mission run with a specialised service.',
    },
    PARTNERSHIP: { description: 'A working partnership.' },
    REFERRAL: { description: 'Referral of people between services.' },
    PREMISES: { description: 'Shared premises.' },
    OTHER: { description: 'Anything else (say what in the object).' },
  },
});

@Entity({ schema: 'collaborations', tableName: 'convention' })
@ObjectType({ description: 'A convention between organisations: kind, parties, object, period.' })
@Directive('@key(fields: "id")')
export class Convention extends CollaborationRecord {
  @Property({ type: 'text' })
  @Field(() => ConventionKind, { description: 'What it is for.' })
  kind!: ConventionKind;

  @Property({ type: 'text' })
  @Field({ description: 'Its object, in French.' })
  objectFr!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Its object, in Dutch.' })
  objectNl?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Start (YYYY-MM-DD).' })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'End (YYYY-MM-DD); null: open-ended.' })
  endDate?: string | null;
}
