import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

import { CollaborationRecord } from '../record/collaboration-record.entity';

@Entity({ schema: 'collaborations', tableName: 'network' })
@ObjectType({ description: 'A network of organisations working on a territory.' })
@Directive('@key(fields: "id")')
export class Network extends CollaborationRecord {
  @Property({ type: 'text' })
  @Field({ description: 'Name in French.' })
  nameFr!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The territory it works on (any layer id).' })
  territoryId?: string | null;

  /** The territory and the larger ones it lies in (from the territories subgraph). */
  @Property({ type: 'text[]' })
  territoryIds: string[] = [];
}
