import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';

import { groupedLoader } from '@bxl/common';

import type { TerritoryClient } from '../../territory/territory.client';
import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity';

@ObjectType({
  description: 'How many services of one type operate in a territory, by meaning of "in".',
})
export class ServiceCount {
  @Field(() => TaxonomyTerm, { description: 'The service type.' })
  type!: TaxonomyTerm;

  @Field(() => Int, { description: 'Services delivered at a site in the territory.' })
  locatedIn!: number;

  @Field(() => Int, { description: 'Services declaring a service area covering (part of) it.' })
  serves!: number;

  @Field(() => Int, { description: 'Services either located in or serving it (each once).' })
  total!: number;
}

export interface CountRow {
  tid: string;
  code: string;
  located_in: number;
  serves: number;
  total: number;
}

/**
 * Per territory, per service type: active services located in it, serving it, or either — for a
 * whole batch of territories in one statement.
 */
export function serviceCountsLoader(em: EntityManager, territories: TerritoryClient) {
  return groupedLoader<CountRow>(
    async (ids) => {
      const related = await Promise.all(
        ids.map(async (id) => [id, (await territories.relatedIds(id)) ?? [id]] as const),
      );
      const pairs = related.flatMap(([id, rids]) => rids.map((rid) => [id, rid] as const));
      return em.execute<CountRow[]>(
        `with rel(tid, rid) as (select * from unnest(array[?]::text[], array[?]::text[])),
         keys(tid) as (select distinct tid from rel),
         located as (select distinct k.tid, x.service_id from keys k
           join actors.site t on t.territory_ids @> array[k.tid] and t.archived_at is null
           join actors.service_at_site x on x.site_id = t.id),
         serving as (select distinct rel.tid, s.id as service_id from rel
           join actors.service s on s.service_area_ids @> array[rel.rid]),
         both_ as (select tid, service_id, bool_or(l) as l, bool_or(v) as v from (
           select tid, service_id, true as l, false as v from located
           union all select tid, service_id, false, true from serving) u group by tid, service_id)
         select b.tid, c.code, (count(*) filter (where b.l))::int as located_in,
           (count(*) filter (where b.v))::int as serves, count(*)::int as total
         from both_ b join actors.service s on s.id = b.service_id and s.archived_at is null
           and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED')
         cross join unnest(s.type_codes) as c(code)
         group by b.tid, c.code order by b.tid, c.code`,
        [pairs.map(([id]) => id), pairs.map(([, rid]) => rid)],
      );
    },
    (row) => row.tid,
  );
}
