import type { GeoPoint, ServiceFilters } from '../search-engine';

/** The statuses searched when a query names none: what a professional can still turn to. */
export const DEFAULT_STATUSES: readonly NonNullable<ServiceFilters['statuses']>[number][] = [
  'ACTIVE',
  'TEMPORARILY_CLOSED',
];

/**
 * A string as a Meilisearch filter value: double-quoted, with `\` and `"` escaped (Meilisearch ≥ 1.4
 * unescapes `\\` and `\"` inside quotes), so that no value can change the expression.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A finite number as filter text, in plain decimal notation (never `1e-7`), to seven decimals (about
 * a centimetre in degrees); anything else is a programming error and is never sent.
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Not a finite number for a search filter: ${value}`);
  }
  return value.toFixed(7).replace(/0+$/, '').replace(/\.$/, '');
}

/** `attribute IN ["a", "b"]`: any of the values (one value: `attribute = "a"`). */
export function anyOf(attribute: string, values: readonly string[]): string {
  const unique = [...new Set(values)];
  return unique.length === 1
    ? `${attribute} = ${quote(unique[0] as string)}`
    : `${attribute} IN [${unique.map(quote).join(', ')}]`;
}

/** `_geoRadius(lat, lng, meters)`: documents within the radius of the point. */
export function geoRadius(point: GeoPoint, radiusMeters: number): string {
  return `_geoRadius(${numberLiteral(point.lat)}, ${numberLiteral(point.lng)}, ${numberLiteral(radiusMeters)})`;
}

/** The list filters of ServiceFilters, by the attribute they filter (any value matches). */
const ANY_OF_FILTERS = [
  'types',
  'bassin',
  'groupement',
  'commune',
  'languages',
  'publics',
  'needs',
  'authorities',
] as const;

/**
 * The Meilisearch filter of a service search, as clauses that must all hold (Meilisearch ANDs the
 * elements of a filter array): list filters (any value), access conditions (all), territory by mode,
 * opening quarter, statuses (default ACTIVE and TEMPORARILY_CLOSED), archived excluded unless asked,
 * organisation, and the radius around a point when one is given.
 */
export function serviceFilter(
  filters: ServiceFilters,
  near?: GeoPoint & { radiusMeters?: number },
): string[] {
  const clauses: string[] = [];
  for (const attribute of ANY_OF_FILTERS) {
    const values = filters[attribute];
    if (values && values.length > 0) {
      clauses.push(anyOf(attribute, values));
    }
  }
  for (const condition of new Set(filters.access ?? [])) {
    clauses.push(`access = ${quote(condition)}`);
  }
  if (filters.territory) {
    const id = quote(filters.territory.id);
    const mode = filters.territory.mode;
    clauses.push(
      // Located in includes a coarse site that may lie there (flagged probable by the resolver).
      mode === 'LOCATED_IN'
        ? `(locatedIn = ${id} OR possibleIn = ${id})`
        : mode === 'SERVES'
          ? `serves = ${id}`
          : `(locatedIn = ${id} OR possibleIn = ${id} OR serves = ${id})`,
    );
  }
  if (filters.openQuarter !== undefined) {
    if (!Number.isInteger(filters.openQuarter)) {
      throw new RangeError(`Not a quarter hour of the week: ${filters.openQuarter}`);
    }
    clauses.push(`openQuarters = ${filters.openQuarter}`);
  }
  const statuses =
    filters.statuses && filters.statuses.length > 0 ? filters.statuses : DEFAULT_STATUSES;
  clauses.push(anyOf('status', statuses));
  if (!filters.includeArchived) {
    clauses.push('archived = false');
  }
  if (filters.synthetic !== undefined) {
    clauses.push(`synthetic = ${filters.synthetic}`);
  }
  if (filters.organisationId !== undefined) {
    clauses.push(`organisationId = ${quote(filters.organisationId)}`);
  }
  if (near?.radiusMeters !== undefined) {
    clauses.push(geoRadius(near, near.radiusMeters));
  }
  return clauses;
}

/** The filter of an organisation search: archived organisations excluded unless asked. */
export function organisationFilter(includeArchived = false): string[] {
  return includeArchived ? [] : ['archived = false'];
}

/** Service documents of any of these services (all their sites), for deletion by filter. */
export function servicesFilter(serviceIds: readonly string[]): string {
  return anyOf('serviceId', serviceIds);
}
