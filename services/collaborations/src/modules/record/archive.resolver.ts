import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';

import type { CollaborationsContext } from '../../context';
import { Collaboration, specOf } from './collaboration.union';
import { editor } from './editor';

@Resolver()
export class ArchiveResolver {
  @Mutation(() => Collaboration, {
    description: 'Editors: archive a collaboration record (hidden from lists, kept).',
  })
  archiveCollaboration(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, specOf(id)).setArchived(id, version, true);
  }

  @Mutation(() => Collaboration, {
    description: 'Editors: restore an archived collaboration record.',
  })
  restoreCollaboration(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, specOf(id)).setArchived(id, version, false);
  }
}
