import { Field, ID, InputType } from 'type-graphql';

import type { Problem } from '@bxl/common';

import { ROLES_BY_BODY } from '../../rules/pssi-rules';
import type { BodyKind } from '../../rules/pssi-rules';
import type { ActorReference } from '../record/actor-references';
import { knownCode } from '../record/validation';

@InputType({
  description:
    'A member of a body: an organisation (and possibly one of its services) and/or a named person, in a role.',
})
export class MemberInput {
  @Field({ description: 'The role code; the body must admit it (see `collaborationRoles`).' })
  role!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation (an actors Organisation id).' })
  organisationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'One of its services (an actors Service id), if one service sits.',
  })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'The person in the role, only if given.' })
  personName?: string | null;

  @Field(() => String, { nullable: true, description: 'A professional contact, only if given.' })
  personContact?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on this seat.' })
  note?: string | null;
}

/** Problems of a body's members: roles the body admits, someone in each seat. */
export function memberProblems(
  body: BodyKind,
  members: readonly MemberInput[],
  field: string,
): Problem[] {
  return members.flatMap((member, index) => [
    ...knownCode(ROLES_BY_BODY[body], member.role, `${field}[${index}].role`, `role for ${body}`),
    ...(!member.organisationId && !member.serviceId && !member.personName?.trim()
      ? [
          {
            field: `${field}[${index}]`,
            message: 'an organisation, a service or a person is required',
          },
        ]
      : []),
  ]);
}

/** The actors ids a body's members point at. */
export function memberReferences(members: readonly MemberInput[], field: string): ActorReference[] {
  return members.flatMap((member, index): ActorReference[] => [
    ...(member.organisationId
      ? [
          {
            kind: 'organisation' as const,
            id: member.organisationId,
            field: `${field}[${index}].organisationId`,
          },
        ]
      : []),
    ...(member.serviceId
      ? [
          {
            kind: 'service' as const,
            id: member.serviceId,
            field: `${field}[${index}].serviceId`,
            organisationId: member.organisationId,
          },
        ]
      : []),
  ]);
}
