import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, ID } from 'type-graphql';

import { PageArgs } from '@bxl/common';

@ArgsType()
export class CollaborationListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only those whose territory is, lies in or touches this one (any layer id).',
  })
  territory?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only those this organisation takes part in (an actors Organisation id).',
  })
  memberOrganisation?: string | null;
}

export interface ListQuery {
  table: string;
  /** The column lists sort by (then id); synthetic records come last. */
  orderBy: string;
  territory?: string | null;
  memberOrganisation?: string | null;
  /** Column = value conditions (status, kind…), skipped when the value is null. */
  equals?: Record<string, string | null | undefined>;
  /** Organisations that take part other than by a seat (a CLSS's host). */
  organisationColumns?: string[];
}

/** The ids of the records (not archived) matching a list's filters, in a stable order. */
export async function listIds(em: EntityManager, query: ListQuery): Promise<string[]> {
  const where = ['r.archived_at is null'];
  const params: unknown[] = [];
  if (query.territory) {
    where.push('? = any(r.territory_ids)');
    params.push(query.territory);
  }
  for (const [column, value] of Object.entries(query.equals ?? {})) {
    if (value != null) {
      where.push(`r.${column} = ?`);
      params.push(value);
    }
  }
  if (query.memberOrganisation) {
    const others = (query.organisationColumns ?? []).map((column) => ` or r.${column} = ?`);
    where.push(
      `(r.id in (select owner_id from collaborations.member where organisation_id = ?)${others.join('')})`,
    );
    params.push(query.memberOrganisation, ...others.map(() => query.memberOrganisation));
  }
  const rows = await em.execute<Array<{ id: string }>>(
    `select r.id from collaborations.${query.table} r where ${where.join(' and ')}
     order by r.synthetic, lower(r.${query.orderBy}), r.id`,
    params,
  );
  return rows.map((row) => row.id);
}
