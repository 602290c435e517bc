import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';

import type { CollaborationsContext } from '../../context';
import { BodyKind } from '../../rules/pssi-rules';
import type { CollaborationRecord } from '../record/collaboration-record.entity';
import { Collaboration } from '../record/collaboration.union';
import { OrganisationRef } from './references';
import type { EntityReference } from './references';

/** The role an organisation holds when it hosts a CLSS (not a seat in a body). */
export const HOST_ROLE = 'HOST';

@ObjectType({ description: 'A collaboration an organisation takes part in, and in which role.' })
class CollaborationMembership {
  @Field(() => Collaboration, { description: 'The CLSS, CSSI, convention, network or committee.' })
  collaboration!: CollaborationRecord;

  @Field(() => BodyKind, {
    nullable: true,
    description: 'The body it sits in; null when it hosts (a CLSS’s CPAS).',
  })
  body!: BodyKind | null;

  @Field({ description: 'Its role code there (`HOST` for a CLSS’s host CPAS).' })
  role!: string;
}

type Loaders = CollaborationsContext['loaders'];
type OwnerLoader = (loaders: Loaders, id: string) => Promise<CollaborationRecord | null>;
const OWNER_LOADERS: Array<[string, OwnerLoader]> = [
  ['clss:', (loaders, id) => loaders.clss.load(id)],
  ['cssi:', (loaders, id) => loaders.centre.load(id)],
  ['convention:', (loaders, id) => loaders.convention.load(id)],
  ['network:', (loaders, id) => loaders.network.load(id)],
  ['regional-committee:', (loaders, id) => loaders.committee.load(id)],
];

function loadOwner(loaders: Loaders, id: string): Promise<CollaborationRecord | null> {
  const entry = OWNER_LOADERS.find(([prefix]) => id.startsWith(prefix));
  return entry ? entry[1](loaders, id) : Promise.resolve(null);
}

@Resolver(() => OrganisationRef)
export class OrganisationCollaborationsResolver {
  @FieldResolver(() => [CollaborationMembership], {
    description:
      'Every collaboration it takes part in (not archived): the bodies it sits in with its role, the CLSS it hosts, its CSSI, conventions and networks.',
  })
  async collaborations(
    @Root() organisation: EntityReference,
    @Ctx() context: CollaborationsContext,
  ): Promise<CollaborationMembership[]> {
    const [seats, hosted] = await Promise.all([
      context.loaders.seatsOfOrganisation.load(organisation.id),
      context.loaders.clssHostedBy.load(organisation.id),
    ]);
    const owners = await Promise.all(seats.map((seat) => loadOwner(context.loaders, seat.ownerId)));
    const memberships = seats.flatMap((seat, index) => {
      const owner = owners[index];
      return owner ? [{ collaboration: owner, body: seat.body, role: seat.role }] : [];
    });
    return [
      ...hosted.map((clss) => ({ collaboration: clss, body: null, role: HOST_ROLE })),
      ...memberships,
    ].filter((membership) => !membership.collaboration.archivedAt);
  }
}
