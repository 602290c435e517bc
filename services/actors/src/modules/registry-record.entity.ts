import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, InterfaceType } from 'type-graphql';

/**
 * What every registry record has: a readable id, a version for optimistic concurrency, its
 * provenance, and an audit trail kept apart from the content (`verifiedAt` is not `updatedAt`).
 */
@Entity({ abstract: true })
@InterfaceType('RegistryRecord', {
  description: 'What every registry record has: id, version, provenance and audit dates.',
})
export abstract class RegistryRecord {
  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id (`org:…`, `svc:…`, `site:…`).' })
  id!: string;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, {
    description: 'Send it back with an update: a stale version is refused (CONFLICT).',
  })
  version: number = 1;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'True for generated demonstration data, never a real service.' })
  synthetic: boolean = false;

  @Property({ type: 'text' })
  @Field({ description: 'Where the record comes from (URL and note, import, editor).' })
  source!: string;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  @Field(() => GraphQLISODateTime, { description: 'When its content last changed.' })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When an editor last confirmed it is true.',
  })
  verifiedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who last confirmed it.' })
  verifiedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was archived (hidden from public lists); null if not archived.',
  })
  archivedAt?: Date | null;
}
