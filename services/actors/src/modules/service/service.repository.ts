import type { EntityManager } from '@mikro-orm/postgresql';

import { BadUserInputError, NotFoundError } from '@bxl/common';
import type { Problem } from '@bxl/common';

import type { TerritoryClient } from '../../territory/territory.client';
import { ServiceStatus, TerritoryMode } from '../actor.enums';
import { isOpenAt } from '../site/opening-hours';
import type { OpeningHours } from '../site/opening-hours';
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
  territories: TerritoryClient;
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
    const related = await context.territories.relatedIds(filter.territory);
    if (!related) {
      throw new NotFoundError('Territory', filter.territory);
    }
    const mode = filter.mode ?? TerritoryMode.BOTH;
    const either: string[] = [];
    if (mode !== TerritoryMode.SERVES) {
      either.push(`exists (select 1 from actors.service_at_site x join actors.site t on t.id = x.site_id
        where x.service_id = s.id and t.archived_at is null
          and (t.territory_ids @> ${textArray(sql, [filter.territory])}
            or t.possible_territory_ids @> ${textArray(sql, [filter.territory])}))`);
    }
    if (mode !== TerritoryMode.LOCATED_IN) {
      either.push(`s.service_area_ids && ${textArray(sql, related)}`);
    }
    sql.where.push(`(${either.join(' or ')})`);
  }
  return sql;
}

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
     order by s.synthetic, lower(coalesce(s.name_fr, s.name_nl, '')), s.id`,
    sql.params,
  );
  const ids = rows.map((row) => row.id);
  return filter.openAt ? openAmong(em, ids, filter.openAt) : ids;
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
