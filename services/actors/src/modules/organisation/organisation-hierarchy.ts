import type { EntityManager } from '@mikro-orm/postgresql';

import type { Problem } from '@bxl/common';

/** What is wrong with a parent, if anything (see parentFault). */
export type ParentFault = 'SELF' | 'MISSING' | 'CYCLE';

/**
 * The one hierarchy rule, for the editor's write and the import alike: a parent must exist and be
 * neither the organisation itself nor one of its descendants (its chain of ancestors must not reach
 * the organisation). `parentOf` maps every organisation it knows (at least the parent's ancestors)
 * to its parent.
 */
export function parentFault(
  organisationId: string | null,
  parentId: string | null | undefined,
  parentOf: ReadonlyMap<string, string | null>,
): ParentFault | null {
  if (parentId == null) {
    return null;
  }
  if (parentId === organisationId) {
    return 'SELF';
  }
  if (!parentOf.has(parentId)) {
    return 'MISSING';
  }
  let current: string | null = parentId;
  for (let steps = 0; current !== null && steps <= parentOf.size; steps++) {
    if (current === organisationId) {
      return 'CYCLE';
    }
    current = parentOf.get(current) ?? null;
  }
  return null;
}

/** The parent's chain of ancestors in the registry (archived or not), in one recursive query. */
async function ancestry(em: EntityManager, parentId: string): Promise<Map<string, string | null>> {
  const chain = await em.execute<Array<{ id: string; parent: string | null }>>(
    `with recursive up(id, parent) as (
       select id, parent_organisation_id from actors.organisation where id = ?
       union
       select o.id, o.parent_organisation_id from actors.organisation o join up on o.id = up.parent
     ) select id, parent from up`,
    [parentId],
  );
  return new Map(chain.map((row) => [row.id, row.parent]));
}

/** Problems with an organisation's parent, for an editor's write (see parentFault). */
export async function parentProblems(
  em: EntityManager,
  parentId: string | null | undefined,
  organisationId: string | null,
): Promise<Problem[]> {
  const fault =
    parentId == null || parentId === organisationId
      ? parentFault(organisationId, parentId, new Map())
      : parentFault(organisationId, parentId, await ancestry(em, parentId));
  const message = {
    SELF: 'an organisation cannot be its own parent',
    MISSING: `${parentId} does not exist`,
    CYCLE: `${parentId} belongs to ${organisationId}: it cannot be its parent`,
  };
  return fault ? [{ field: 'parentOrganisationId', message: message[fault] }] : [];
}
