import type { Problem } from '@bxl/common';

import type { ActorFacts } from '../../clients/actors.client';

/** An id of the actors subgraph an input points at, and what it must be. */
export type ActorReference =
  | { kind: 'organisation'; id: string; field: string }
  | {
      kind: 'service';
      id: string;
      field: string;
      /** The service must have this type (a specialised mission's). */
      type?: string;
      /** The service must belong to this organisation (a member giving both). */
      organisationId?: string | null;
    };

/** Problems of references once the actors subgraph said which ids exist. */
export function referenceProblems(
  references: readonly ActorReference[],
  facts: ActorFacts,
): Problem[] {
  return references.flatMap((reference): Problem[] => {
    if (reference.kind === 'organisation') {
      return facts.organisations.has(reference.id)
        ? []
        : [{ field: reference.field, message: `unknown organisation ${reference.id}` }];
    }
    const service = facts.services.get(reference.id);
    if (!service) {
      return [{ field: reference.field, message: `unknown service ${reference.id}` }];
    }
    if (reference.type && !service.typeCodes.includes(reference.type)) {
      return [
        {
          field: reference.field,
          message: `service ${reference.id} is not of type ${reference.type}`,
        },
      ];
    }
    if (reference.organisationId && service.organisationId !== reference.organisationId) {
      return [
        {
          field: reference.field,
          message: `service ${reference.id} is not a service of ${reference.organisationId}`,
        },
      ];
    }
    return [];
  });
}

/** Asks the actors subgraph about every reference at once: one request per write. */
export const idsOf = (references: readonly ActorReference[]) => ({
  organisations: references.filter((r) => r.kind === 'organisation').map((r) => r.id),
  services: references.filter((r) => r.kind === 'service').map((r) => r.id),
});
