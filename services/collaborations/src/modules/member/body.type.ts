import { Field, ObjectType } from 'type-graphql';

import { BodyKind } from './body-kind';

/** A body of a collaboration: its kind; its roles, missions and members are resolved from it. */
@ObjectType('CollaborationBody', {
  description: 'A body (working group, coordination cell…): its roles, missions and members.',
})
export class CollaborationBody {
  @Field(() => BodyKind, { description: 'Which body.' })
  kind!: BodyKind;

  /** The record the body belongs to. */
  ownerId!: string;
}

export const bodyOf = (ownerId: string, kind: BodyKind): CollaborationBody =>
  Object.assign(new CollaborationBody(), { ownerId, kind });
