import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

import { BodyKind } from './body-kind';

/**
 * One seat in one body: an organisation (and possibly one of its services) and/or a named person, in
 * a role the body admits. Every body of every collaboration keeps its members here, so "every
 * collaboration of an organisation" is one indexed lookup.
 */
@Entity({ schema: 'collaborations', tableName: 'member' })
@Index({ properties: ['ownerId', 'body'] })
@Index({ properties: ['organisationId'] })
@ObjectType('CollaborationMember', {
  description: 'A member of a body: an organisation and/or a named person, in a role.',
})
export class CollaborationMember {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The CLSS, CSSI, convention, network or regional committee the body belongs to. */
  @Property({ type: 'text' })
  ownerId!: string;

  @Property({ type: 'text' })
  @Field(() => BodyKind, { description: 'The body this seat is in.' })
  body!: BodyKind;

  @Property({ type: 'text' })
  @Field({ description: 'The role code (see `collaborationRoles`).' })
  role!: string;

  /** GraphQL: `organisation` (an actors entity). */
  @Property({ type: 'text', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The organisation’s id, if an organisation.' })
  organisationId?: string | null;

  /** GraphQL: `service` (an actors entity). */
  @Property({ type: 'text', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The service’s id, if one service sits.' })
  serviceId?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The person holding the role, only if given (a role may stay unnamed).',
  })
  personName?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'A professional contact of the person, only if given.',
  })
  personContact?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A note on this seat.' })
  note?: string | null;

  /** The order members were given in. */
  @Property({ type: 'integer' })
  position!: number;
}

/** A member as written and compared in the change log. */
export interface MemberValues {
  role: string;
  organisationId?: string | null;
  serviceId?: string | null;
  personName?: string | null;
  personContact?: string | null;
  note?: string | null;
}

export const memberValues = (member: MemberValues): MemberValues => ({
  role: member.role,
  organisationId: member.organisationId ?? null,
  serviceId: member.serviceId ?? null,
  personName: member.personName ?? null,
  personContact: member.personContact ?? null,
  note: member.note ?? null,
});
