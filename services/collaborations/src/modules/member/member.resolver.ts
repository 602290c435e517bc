import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CollaborationsContext } from '../../context';
import { BODY_MISSIONS, findCode, ROLES_BY_BODY } from '../../rules/pssi-rules';
import { bodyKey } from '../collaboration.loaders';
import { OrganisationRef, reference, ServiceRef } from '../federation/references';
import { CodeLabel } from '../rules/code-label.type';
import { CollaborationBody } from './body.type';
import { CollaborationMember } from './member.entity';

@Resolver(() => CollaborationMember)
export class CollaborationMemberResolver {
  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The organisation, if any.',
  })
  organisation(@Root() member: CollaborationMember) {
    return reference(member.organisationId);
  }

  @FieldResolver(() => ServiceRef, { nullable: true, description: 'The service, if one sits.' })
  service(@Root() member: CollaborationMember) {
    return reference(member.serviceId);
  }

  @FieldResolver(() => CodeLabel, { nullable: true, description: 'The role with its labels.' })
  roleLabel(@Root() member: CollaborationMember) {
    return findCode(ROLES_BY_BODY[member.body], member.role) ?? null;
  }
}

@Resolver(() => CollaborationBody)
export class CollaborationBodyResolver {
  @FieldResolver(() => [CollaborationMember], { description: 'Its members, in their order.' })
  async members(
    @Root() body: CollaborationBody,
    @Arg('role', () => String, { nullable: true, description: 'Only this role.' })
    role: string | null,
    @Ctx() context: CollaborationsContext,
  ) {
    const members = await context.loaders.members.load(bodyKey(body.ownerId, body.kind));
    return role ? members.filter((member) => member.role === role) : members;
  }

  @FieldResolver(() => [CodeLabel], { description: 'The roles this body admits (PSSI rules).' })
  roles(@Root() body: CollaborationBody) {
    return ROLES_BY_BODY[body.kind];
  }

  @FieldResolver(() => [CodeLabel], {
    description: 'Its missions (PSSI rules); empty if none set.',
  })
  missions(@Root() body: CollaborationBody) {
    return BODY_MISSIONS[body.kind] ?? [];
  }
}
