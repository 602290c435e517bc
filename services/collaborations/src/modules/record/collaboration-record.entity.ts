import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * What every collaboration record has: a readable id, a version for optimistic concurrency, its
 * provenance (synthetic or not, source) and its dates, like the actors' registry records.
 */
@Entity({ abstract: true })
@ObjectType({ description: 'Fields every collaboration record has (not a type of its own).' })
export abstract class CollaborationRecord {
  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id (`clss:…`, `cssi:…`, `convention:…`, `network:…`).' })
  id!: string;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, {
    description: 'Send it back with an update: a stale version is refused (CONFLICT).',
  })
  version: number = 1;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'True for generated demonstration data, never a real structure.' })
  synthetic: boolean = false;

  @Property({ type: 'text' })
  @Field({ description: 'Where the record comes from (source document, seed, editor).' })
  source!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What is known and not known about it, in plain words.',
  })
  note?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  @Field(() => GraphQLISODateTime, { description: 'When its content last changed.' })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was archived (hidden from lists); null if not archived.',
  })
  archivedAt?: Date | null;
}
