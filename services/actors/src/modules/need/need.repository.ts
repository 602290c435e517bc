import type { EntityManager } from '@mikro-orm/postgresql';

import { Taxonomy } from '../actor.enums';
import type { Service } from '../service/service.entity';
import { Need } from './need.entity';
import type { NeedLink } from './need.entity';

/** Every need, by code (one statement; what a request's `needs` loader holds). */
export async function loadNeeds(em: EntityManager): Promise<Map<string, Need>> {
  const needs = await em.find(Need, {}, { orderBy: { code: 'asc' } });
  return new Map(needs.map((need) => [need.code, need]));
}

/** Whether a link's term is one of the service's types or publics. */
const linkMeets = (link: NeedLink, service: Pick<Service, 'typeCodes' | 'publicCodes'>) =>
  (link.taxonomy === Taxonomy.SERVICE_TYPE ? service.typeCodes : service.publicCodes).includes(
    link.code,
  );

/** The needs a service meets, each with the links it meets it through (in memory: no statement). */
export function needsOfService(
  needs: Iterable<Need>,
  service: Pick<Service, 'typeCodes' | 'publicCodes'>,
): Array<{ need: Need; via: NeedLink[] }> {
  return [...needs].flatMap((need) => {
    const via = need.links.filter((link) => linkMeets(link, service));
    return via.length > 0 ? [{ need, via }] : [];
  });
}

/** SQL: the link `l` (from a need's links) is one of service `s`'s types or publics. */
export const LINK_MEETS_SQL = `case when l.taxonomy = '${Taxonomy.SERVICE_TYPE}' then l.code = any(s.type_codes)
  else l.code = any(s.public_codes) end`;

/** SQL condition on `actors.service s`: it meets one of the needs of the parameter (a text[]). */
export const MEETS_ANY_NEED_SQL = `exists (select 1 from actors.need n
  cross join lateral jsonb_to_recordset(n.links) as l(taxonomy text, code text)
  where n.code = any(array[?]::text[]) and ${LINK_MEETS_SQL})`;

export interface NeedCountRow {
  code: string;
  services: number;
  fully: number;
}

/**
 * Per need, the services matching `where` (conditions on `actors.service s`) that meet it, and those
 * that meet it through a link that is not partial: one statement for every need.
 */
export function countServicesPerNeed(
  em: EntityManager,
  where: string[],
  params: unknown[],
): Promise<NeedCountRow[]> {
  return em.execute<NeedCountRow[]>(
    `select n.code, count(distinct s.id)::int as services,
       (count(distinct s.id) filter (where not l.partial))::int as fully
     from actors.need n
     cross join lateral jsonb_to_recordset(n.links) as l(taxonomy text, code text, partial boolean)
     join actors.service s on ${LINK_MEETS_SQL}
     where ${where.join(' and ')}
     group by n.code`,
    params,
  );
}
