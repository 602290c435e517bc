import type { GeoPoint, ServiceFilters } from '../search-engine';
import type { SqlParams } from './sql-params';

const DEFAULT_STATUSES = ['ACTIVE', 'TEMPORARILY_CLOSED'];

/** Great-circle distance in metres from a point to a document's site (null without a point). */
export function distanceSql(point: GeoPoint, params: SqlParams): string {
  const lat = params.add(point.lat);
  const lng = params.add(point.lng);
  return `(12742000 * asin(sqrt(
    power(sin(radians(d.lat - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${lng}::float8) / 2), 2))))`;
}

/**
 * 1 when a territory filter holds for the document only through a territory its coarse site may lie
 * in (the `probable` hits, listed after the sure ones), else 0.
 */
export function probableSql(filters: ServiceFilters, params: SqlParams): string {
  if (!filters.territory || filters.territory.mode === 'SERVES') {
    return '0';
  }
  const id = `array[${params.add(filters.territory.id)}::text]`;
  const sure =
    filters.territory.mode === 'BOTH'
      ? `d.located_in @> ${id} or d.serves @> ${id}`
      : `d.located_in @> ${id}`;
  return `case when ${sure} then 0 else 1 end`;
}

/** The filters as SQL conditions on `search.service_document d` (all must hold). */
export function serviceFilterSql(filters: ServiceFilters, params: SqlParams): string[] {
  const conditions: string[] = [];
  const anyOf = (column: string, values: string[] | undefined, array: boolean) => {
    if (values?.length) {
      conditions.push(
        array
          ? `d.${column} && ${params.add(values)}::text[]`
          : `d.${column} = any(${params.add(values)}::text[])`,
      );
    }
  };
  anyOf('types', filters.types, true);
  anyOf('languages', filters.languages, true);
  anyOf('publics', filters.publics, true);
  anyOf('needs', filters.needs, true);
  anyOf('authorities', filters.authorities, true);
  anyOf('bassin', filters.bassin, false);
  anyOf('groupement', filters.groupement, false);
  anyOf('commune', filters.commune, false);
  if (filters.access?.length) {
    conditions.push(`d.access @> ${params.add(filters.access)}::text[]`);
  }
  if (filters.territory) {
    const id = `array[${params.add(filters.territory.id)}::text]`;
    // Located in includes a coarse site that may lie there (flagged probable, listed after).
    const located = `(d.located_in @> ${id} or d.possible_in @> ${id})`;
    const serves = `d.serves @> ${id}`;
    const mode = filters.territory.mode;
    conditions.push(
      mode === 'LOCATED_IN' ? located : mode === 'SERVES' ? serves : `(${located} or ${serves})`,
    );
  }
  if (filters.openQuarter !== undefined) {
    conditions.push(`d.open_quarters @> array[${params.add(filters.openQuarter)}::int]`);
  }
  conditions.push(
    `d.status = any(${params.add(filters.statuses?.length ? filters.statuses : DEFAULT_STATUSES)}::text[])`,
  );
  if (!filters.includeArchived) {
    conditions.push('not d.archived');
  }
  if (filters.synthetic !== undefined) {
    conditions.push(`d.synthetic = ${params.add(filters.synthetic)}::boolean`);
  }
  if (filters.organisationId) {
    conditions.push(`d.organisation_id = ${params.add(filters.organisationId)}`);
  }
  return conditions;
}
