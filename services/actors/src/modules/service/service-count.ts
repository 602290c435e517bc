import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';

import { groupedLoader } from '@bxl/common';

import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity';

@ObjectType({
  description: 'How many services of one type operate in a territory, by meaning of "in".',
})
export class ServiceCount {
  @Field(() => TaxonomyTerm, { description: 'The service type.' })
  type!: TaxonomyTerm;

  @Field(() => Int, { description: 'Services delivered at a site surely in the territory.' })
  locatedIn!: number;

  @Field(() => Int, {
    description:
      'Services counted only because a site placed by its commune or sub-municipality may lie in the territory (in `total`, not in `locatedIn` nor `serves`).',
  })
  probable!: number;

  @Field(() => Int, { description: 'Services declaring a service area covering (part of) it.' })
  serves!: number;

  @Field(() => Int, {
    description: 'Services located in it (surely or probably) or serving it, each once.',
  })
  total!: number;

  @Field(() => Int, { description: 'Of `total`, the real services.' })
  real!: number;

  @Field(() => Int, { description: 'Of `total`, the generated demonstration (synthetic) ones.' })
  synthetic!: number;
}

export interface CountRow {
  tid: string;
  code: string;
  located_in: number;
  probable: number;
  serves: number;
  total: number;
  real: number;
  synthetic: number;
}

/**
 * Per territory, per service type: active services located in it (surely, or probably when a site
 * is placed by its commune or sub-municipality only), serving it, or either, real and synthetic —
 * for a whole batch of territories in one statement.
 */
export function serviceCountsLoader(
  em: EntityManager,
  relatedTerritories: DataLoader<string, string[] | null>,
) {
  return groupedLoader<CountRow>(
    async (ids) => {
      const answers = await relatedTerritories.loadMany(ids);
      const related = ids.map((id, index) => {
        const answer = answers[index];
        return [id, Array.isArray(answer) ? answer : [id]] as const;
      });
      const pairs = related.flatMap(([id, rids]) => rids.map((rid) => [id, rid] as const));
      return em.execute<CountRow[]>(
        `with rel(tid, rid) as (select * from unnest(array[?]::text[], array[?]::text[])),
         keys(tid) as (select distinct tid from rel),
         located as (select k.tid, x.service_id, bool_or(t.territory_ids @> array[k.tid]) as sure
           from keys k join actors.site t on (t.territory_ids @> array[k.tid]
             or t.possible_territory_ids @> array[k.tid]) and t.archived_at is null
           join actors.service_at_site x on x.site_id = t.id group by k.tid, x.service_id),
         serving as (select distinct rel.tid, s.id as service_id from rel
           join actors.service s on s.service_area_ids @> array[rel.rid]),
         both_ as (select tid, service_id, bool_or(l) as l, bool_or(p) as p, bool_or(v) as v from (
           select tid, service_id, sure as l, not sure as p, false as v from located
           union all select tid, service_id, false, false, true from serving) u
           group by tid, service_id)
         select b.tid, c.code, (count(*) filter (where b.l))::int as located_in,
           (count(*) filter (where b.p and not b.l and not b.v))::int as probable,
           (count(*) filter (where b.v))::int as serves, count(*)::int as total,
           (count(*) filter (where not s.synthetic))::int as real,
           (count(*) filter (where s.synthetic))::int as synthetic
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
