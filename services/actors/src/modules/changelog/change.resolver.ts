import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';

import { BadUserInputError, Change, requireRole, Role } from '@bxl/common';

import type { ActorsContext } from '../../context';

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => [Change], {
    description:
      'Editors: the change log (one row per changed field), oldest first after a position (or newest first), optionally for one record.',
  })
  async changes(
    @Arg('entityId', () => ID, { nullable: true, description: 'Only this record’s changes.' })
    entityId: string | null,
    @Arg('after', () => ID, { nullable: true, description: 'Only changes after this position.' })
    after: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1–1000).' })
    first: number,
    @Ctx() context: ActorsContext,
    @Arg('newestFirst', {
      defaultValue: false,
      description: 'Newest first (the editors’ feed of recent changes); `after` then pages back.',
    })
    newestFirst: boolean,
  ) {
    requireRole(context.identity, Role.EDITOR);
    if (first < 1 || first > 1000) {
      throw new BadUserInputError('first must be between 1 and 1000', [
        { field: 'first', message: 'between 1 and 1000' },
      ]);
    }
    if (after != null && !/^\d+$/.test(after)) {
      throw new BadUserInputError('Invalid position', [{ field: 'after', message: 'a change id' }]);
    }
    return context.em.find(
      Change,
      {
        ...(entityId ? { entityId } : {}),
        ...(after ? { id: newestFirst ? { $lt: after } : { $gt: after } } : {}),
      },
      { orderBy: { id: newestFirst ? 'desc' : 'asc' }, limit: first },
    );
  }
}
