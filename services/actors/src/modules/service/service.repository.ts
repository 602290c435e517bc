import type { EntityManager } from '@mikro-orm/postgresql';

import { BadUserInputError, NotFoundError } from '@bxl/common';
import type { Problem } from '@bxl/common';

import { isOpenAt } from '../../records/opening-hours';
import type { OpeningHours } from '../../records/opening-hours';
import { ServiceStatus, TerritoryMode } from '../actor.enums';
import { MEETS_ANY_NEED_SQL } from '../need/need.repository';
import type { TaxonomyCodes } from '../taxonomy/taxonomy.repository';
import { SERVICE_PROBLEM_SQL } from './service-problems';
import type { ServiceFilter } from './service.filter';

const ACCESS_COLUMNS = {
  lowThreshold: 'low_threshold',
  withoutAppointment: 'without_appointment',
  free: 'free',
  acceptsUninsured: 'accepts_uninsured',
  acceptsAmu: 'accepts_amu',
  anonymous: 'anonymous',
} as const;

/** Conditions on `actors.service s` (all must hold) and their parameters, in order. */
export interface ServiceConditions {
  where: string[];
  params: unknown[];
}
type Sql = ServiceConditions;

/** What a filter is checked against and run with. */
export interface ServiceFilterContext {
  /** A territory with every territory related to it; null if none (the request's loader). */
  relatedTerritories: (id: string) => Promise<string[] | null>;
  codes: TaxonomyCodes;
  /** The need codes; required when the filter names needs. */
  needCodes?: ReadonlySet<string>;
  canSeeArchived: boolean;
}

/** `array[?]::text[]` with its values: MikroORM expands an array parameter into a list. */
const textArray = (sql: Sql, values: string[]) => {
  sql.params.push(values);
  return 'array[?]::text[]';
};

/** Checks codes against the taxonomies, naming the filter field. */
function filterProblems(
  filter: ServiceFilter,
  codes: TaxonomyCodes,
  needCodes: ReadonlySet<string> = new Set(),
): Problem[] {
  const unknown = (
    field: string,
    values: string[] | undefined,
    known: ReadonlySet<string>,
  ): Problem[] =>
    (values ?? [])
      .filter((value) => !known.has(value))
      .map((value) => ({ field: `filter.${field}`, message: `unknown ${field} code "${value}"` }));
  return [
    ...unknown('types', filter.types, codes.serviceTypes),
    ...unknown('publics', filter.publics, codes.publics),
    ...unknown('needs', filter.needs, needCodes),
  ];
}

/**
 * A filter's SQL conditions on `actors.service s`, every criterion but the opening hours (checked,
 * naming the filter field, first).
 * "Located in" a territory includes a coarsely placed site that may lie in it (see
 * Site.possibleTerritoryIds; Service.probableIn says which).
 */
export async function serviceConditions(
  filter: ServiceFilter,
  context: ServiceFilterContext,
): Promise<ServiceConditions> {
  const problems = filterProblems(filter, context.codes, context.needCodes);
  if (problems.length > 0) {
    throw new BadUserInputError('Invalid service filter', problems);
  }
  const sql: Sql = { where: [], params: [] };
  if (!(filter.includeArchived && context.canSeeArchived)) {
    sql.where.push('s.archived_at is null');
  }
  const statuses = filter.statuses?.length
    ? filter.statuses
    : [ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED];
  sql.where.push(`s.status = any(${textArray(sql, statuses)})`);
  if (filter.types?.length) {
    sql.where.push(`s.type_codes && ${textArray(sql, filter.types)}`);
  }
  if (filter.languages?.length) {
    sql.where.push(`s.languages && ${textArray(sql, filter.languages)}`);
  }
  if (filter.publics?.length) {
    sql.where.push(`s.public_codes && ${textArray(sql, filter.publics)}`);
  }
  if (filter.needs?.length) {
    sql.params.push(filter.needs);
    sql.where.push(MEETS_ANY_NEED_SQL);
  }
  for (const [key, column] of Object.entries(ACCESS_COLUMNS)) {
    if (filter.access?.[key as keyof typeof ACCESS_COLUMNS]) {
      sql.where.push(`s.${column}`);
    }
  }
  if (filter.synthetic != null) {
    sql.where.push('s.synthetic = ?');
    sql.params.push(filter.synthetic);
  }
  if (filter.unverifiedSince) {
    sql.where.push('(s.verified_at is null or s.verified_at < ?)');
    sql.params.push(filter.unverifiedSince);
  }
  if (filter.changedSince) {
    sql.where.push('s.updated_at >= ?');
    sql.params.push(filter.changedSince);
  }
  if (filter.problems?.length) {
    sql.where.push(
      `(${filter.problems.map((problem) => SERVICE_PROBLEM_SQL[problem]).join(' or ')})`,
    );
  }
  if (filter.organisation) {
    sql.where.push('s.organisation_id = ?');
    sql.params.push(filter.organisation);
  }
  if (filter.territory) {
    const related = await context.relatedTerritories(filter.territory);
    if (!related) {
      throw new NotFoundError('Territory', filter.territory);
    }
    sql.where.push(
      territoryCondition(
        filter.mode,
        () => `exists (select 1 from actors.service_at_site x join actors.site t on t.id = x.site_id
          where x.service_id = s.id and ${siteIn(
            textArray(sql, [filter.territory as string]),
            textArray(sql, [filter.territory as string]),
          )})`,
        () => `s.service_area_ids && ${textArray(sql, related)}`,
      ),
    );
  }
  return sql;
}

/**
 * In a territory or serving it, by mode: `located` (SQL: a site of `s` surely or possibly in it) or
 * `served` (SQL: a service area of `s` covers part of it). Each is asked for only where it goes,
 * in order, as placeholders take their parameters in that order.
 */
function territoryCondition(
  mode: TerritoryMode | null | undefined,
  located: () => string,
  served: () => string,
): string {
  const either: string[] = [];
  if (mode !== TerritoryMode.SERVES) {
    either.push(located());
  }
  if (mode !== TerritoryMode.LOCATED_IN) {
    either.push(served());
  }
  return `(${either.join(' or ')})`;
}

/** A site `t` not archived surely (`sure`: a text[] of the territory) or possibly (`possible`: the same) in it. */
const siteIn = (sure: string, possible: string) =>
  `t.archived_at is null and (t.territory_ids @> ${sure} or t.possible_territory_ids @> ${possible})`;

const SERVICE_ORDER = `s.synthetic, lower(coalesce(s.name_fr, s.name_nl, '')), s.id`;

/**
 * The ids of the services matching a filter, in a stable order (real before synthetic, then name,
 * then id): the SQL part, then the opening hours in code (they are evaluated in Europe/Brussels
 * time, with exceptions).
 */
export async function findServiceIds(
  em: EntityManager,
  filter: ServiceFilter,
  context: ServiceFilterContext,
): Promise<string[]> {
  const sql = await serviceConditions(filter, context);
  const rows = await em.execute<Array<{ id: string }>>(
    `select s.id from actors.service s where ${sql.where.join(' and ')}
     order by ${SERVICE_ORDER}`,
    sql.params,
  );
  const ids = rows.map((row) => row.id);
  return filter.openAt ? openAmong(em, ids, filter.openAt) : ids;
}

/**
 * findServiceIds for each of many territories, the same filter otherwise, in one statement (a list
 * of territories with their services). `territories`: each territory with its related ids.
 */
export async function findServiceIdsByTerritory(
  em: EntityManager,
  filter: ServiceFilter,
  territories: ReadonlyArray<{ id: string; related: string[] }>,
  context: ServiceFilterContext,
): Promise<Map<string, string[]>> {
  const byTerritory = new Map<string, string[]>(territories.map((t) => [t.id, []]));
  if (territories.length === 0) {
    return byTerritory;
  }
  const sql = await serviceConditions({ ...filter, territory: undefined }, context);
  // The services located in each territory, found from the sites once (a hashed set), not by
  // looking for a site of every service in every territory.
  sql.where.push(
    territoryCondition(
      filter.mode,
      () => '(k.tid, s.id) in (select tid, service_id from located)',
      () => 's.service_area_ids && k.related',
    ),
  );
  const pairs = territories.flatMap((t) => t.related.map((rid) => [t.id, rid] as const));
  const rows = await em.execute<Array<{ tid: string; id: string }>>(
    `with k(tid, related) as (select tid, array_agg(rid)
       from unnest(array[?]::text[], array[?]::text[]) as rel(tid, rid) group by tid),
     located as (select distinct k.tid, x.service_id from k
       join actors.site t on ${siteIn('array[k.tid]', 'array[k.tid]')}
       join actors.service_at_site x on x.site_id = t.id)
     select k.tid, s.id from k join actors.service s on ${sql.where.join(' and ')}
     order by k.tid, ${SERVICE_ORDER}`,
    [pairs.map(([tid]) => tid), pairs.map(([, rid]) => rid), ...sql.params],
  );
  const open = filter.openAt
    ? new Set(await openAmong(em, [...new Set(rows.map((row) => row.id))], filter.openAt))
    : null;
  for (const row of rows) {
    if (!open || open.has(row.id)) {
      byTerritory.get(row.tid)?.push(row.id);
    }
  }
  return byTerritory;
}

/** The services among `ids` open at `instant` at one of their sites (their own hours there, else the site's). */
async function openAmong(em: EntityManager, ids: string[], instant: Date): Promise<string[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await em.execute<Array<{ service_id: string; hours: OpeningHours | null }>>(
    `select x.service_id, coalesce(x.opening_hours, t.opening_hours) as hours
     from actors.service_at_site x join actors.site t on t.id = x.site_id and t.archived_at is null
     where x.service_id in (?)`,
    [ids],
  );
  const open = new Set(
    rows.filter((row) => row.hours && isOpenAt(row.hours, instant)).map((row) => row.service_id),
  );
  return ids.filter((id) => open.has(id));
}
