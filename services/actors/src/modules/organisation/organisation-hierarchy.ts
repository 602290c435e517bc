import type { EntityManager } from '@mikro-orm/postgresql';

import type { Problem } from '@bxl/common';

/**
 * Problems with an organisation's parent: it must exist and be neither the organisation itself nor
 * one of its descendants (one recursive query up the parent chain).
 */
export async function parentProblems(
  em: EntityManager,
  parentId: string | null | undefined,
  organisationId: string | null,
): Promise<Problem[]> {
  const field = 'parentOrganisationId';
  if (parentId == null) {
    return [];
  }
  if (parentId === organisationId) {
    return [{ field, message: 'an organisation cannot be its own parent' }];
  }
  const chain = await em.execute<Array<{ id: string }>>(
    `with recursive up(id, parent) as (
       select id, parent_organisation_id from actors.organisation where id = ?
       union
       select o.id, o.parent_organisation_id from actors.organisation o join up on o.id = up.parent
     ) select id from up`,
    [parentId],
  );
  if (chain.length === 0) {
    return [{ field, message: `${parentId} does not exist` }];
  }
  if (organisationId && chain.some((row) => row.id === organisationId)) {
    return [
      { field, message: `${parentId} belongs to ${organisationId}: it cannot be its parent` },
    ];
  }
  return [];
}
