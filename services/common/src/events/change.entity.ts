import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

/**
 * One changed field of one write: a row of the append-only change log (`events.change_log`), the
 * audit trail editors read through actors' `changes`. Its schema is change-log.migration.ts; the
 * decorators say the same so that a subgraph's `migration:create` finds nothing to add.
 */
@Entity({ schema: 'events', tableName: 'change_log' })
@Index({ name: 'change_log_entity_index', properties: ['entity', 'entityId', 'id'] })
// Append-only: the audit trail and the search feed must never be rewritten.
@Trigger({
  name: 'change_log_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: "raise exception 'events.change_log is append-only';",
})
// The indexer wakes on this; it still polls from its cursor, so a missed notification loses nothing.
@Trigger({
  name: 'change_log_notify',
  timing: 'after',
  events: ['insert'],
  forEach: 'statement',
  body: "perform pg_notify('change_log', ''); return null;",
})
@Index({ name: 'change_log_feed_index', properties: ['transactionId', 'id'] })
@ObjectType({ description: 'One changed field of one write: who, when, what, before and after.' })
export class Change {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  @Field(() => ID, { description: 'Position in the log (increasing).' })
  id!: string;

  /**
   * The writing transaction (`pg_current_xact_id()`). Readers of the feed order by (transaction, id)
   * and read only transactions older than every one still running, so a row committed late with a
   * smaller id is never skipped.
   */
  @Property({ type: 'xid8', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  transactionId!: string;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLISODateTime, { description: 'When (the transaction time).' })
  occurredAt!: Date;

  @Property({ type: 'text' })
  @Field({ description: 'Who (the identity subject).' })
  actor!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The entity type: Organisation, Service, Site.' })
  entity!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The entity id.' })
  entityId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The field that changed.' })
  field!: string;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Its value before (null when created).',
  })
  before?: unknown;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value after.' })
  after?: unknown;

  @Property({ type: 'text' })
  @Field({ description: 'The operation: CREATE, UPDATE, ARCHIVE, RESTORE, VERIFY, IMPORT.' })
  operation!: string;
}
