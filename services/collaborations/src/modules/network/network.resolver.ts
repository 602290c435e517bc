import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { connectionFromIds, ConnectionType } from '@bxl/common';

import type { CollaborationsContext } from '../../context';
import { BodyKind } from '../../rules/pssi-rules';
import { bodyKey } from '../collaboration.loaders';
import { CollaborationMember } from '../member/member.entity';
import { CollaborationListArgs, listIds } from '../record/collaboration-list';
import { editor } from '../record/editor';
import { Network } from './network.entity';
import { NetworkInput, networkSpec, UpdateNetworkInput } from './network.input';

export const NetworkConnection = ConnectionType(Network, 'Network');

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { nullable: true, description: 'A network by id; null if none.' })
  network(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationsContext) {
    return context.loaders.network.load(id);
  }

  @Query(() => NetworkConnection, {
    description: 'Networks (not archived), real ones first, by name then id.',
  })
  async networks(
    @Args(() => CollaborationListArgs) args: CollaborationListArgs,
    @Ctx() context: CollaborationsContext,
  ) {
    const ids = await listIds(context.em, {
      table: 'network',
      orderBy: 'name_fr',
      territory: args.territory,
      memberOrganisation: args.memberOrganisation,
    });
    return connectionFromIds(ids, args, (page) => context.loaders.network.loadMany(page));
  }

  @FieldResolver(() => [CollaborationMember], { description: 'Its members.' })
  members(@Root() network: Network, @Ctx() context: CollaborationsContext) {
    return context.loaders.members.load(bodyKey(network.id, BodyKind.NETWORK));
  }

  @Mutation(() => Network, { description: 'Editors: add a network.' })
  createNetwork(
    @Arg('input', () => NetworkInput) input: NetworkInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, networkSpec).create(input);
  }

  @Mutation(() => Network, { description: 'Editors: correct a network (at the version read).' })
  updateNetwork(
    @Arg('input', () => UpdateNetworkInput) input: UpdateNetworkInput,
    @Ctx() context: CollaborationsContext,
  ) {
    return editor(context, networkSpec).update(input);
  }
}
