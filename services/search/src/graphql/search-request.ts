import {
  AGREMENT_AUTHORITIES,
  assertNoProblems,
  cursorOffset,
  Language,
  offsetCursor,
} from '@bxl/common';
import type { Problem } from '@bxl/common';

import { quarterAt } from '../document/opening-quarters';
import type {
  Language as EngineLanguage,
  ServiceFilters,
  ServiceQuery,
} from '../engine/search-engine';
import type { NearInput, SearchFilters } from './search-inputs';
import { SearchSort, SearchTerritoryMode } from './search-inputs';
import type { Vocabulary } from './vocabulary';

export const MAX_QUERY_LENGTH = 500;
export const MAX_PAGE = 100;
const MAX_RADIUS = 50_000;

/** Where a page starts: after the hit `after` names (common's list cursors); a foreign cursor is a problem. */
export function offsetFrom(after: string | undefined | null, problems: Problem[]): number {
  if (!after) {
    return 0;
  }
  const last = cursorOffset(after);
  if (last === null) {
    problems.push({ field: 'after', message: 'not a cursor of this search' });
    return 0;
  }
  return last + 1;
}

/** The cursor of a page's last hit when more follow (common's list cursors), else null. */
export const endCursor = (offset: number, count: number, total: number): string | null =>
  count > 0 && offset + count < total ? offsetCursor(offset + count - 1) : null;

/**
 * Degrees to seven decimals (about a centimetre): no more precision exists in an address, and a
 * subnormal like 5e-324 would underflow in PostgreSQL's trigonometry.
 */
const toCentimetres = (degrees: number): number => Math.round(degrees * 1e7) / 1e7;

export const engineLanguage = (language: Language): EngineLanguage =>
  language === Language.NL ? 'nl' : 'fr';

export function textProblems(text: string, first: number): Problem[] {
  const problems: Problem[] = [];
  if (text.length > MAX_QUERY_LENGTH) {
    problems.push({
      field: 'query',
      message: `at most ${MAX_QUERY_LENGTH} characters (${text.length} given)`,
    });
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    problems.push({ field: 'first', message: `between 1 and ${MAX_PAGE}` });
  }
  return problems;
}

function nearProblems(near: NearInput | undefined, sort: SearchSort): Problem[] {
  const problems: Problem[] = [];
  if (!near) {
    if (sort === SearchSort.DISTANCE) {
      problems.push({ field: 'sort', message: 'DISTANCE needs `near`' });
    }
    return problems;
  }
  if (!(Math.abs(near.latitude) <= 90)) {
    problems.push({ field: 'near.latitude', message: 'between -90 and 90' });
  }
  if (!(Math.abs(near.longitude) <= 180)) {
    problems.push({ field: 'near.longitude', message: 'between -180 and 180' });
  }
  if (
    near.radiusMeters !== undefined &&
    near.radiusMeters !== null &&
    !(near.radiusMeters >= 1 && near.radiusMeters <= MAX_RADIUS)
  ) {
    problems.push({ field: 'near.radiusMeters', message: `between 1 and ${MAX_RADIUS}` });
  }
  return problems;
}

/** Every filter value that names nothing known, as problems naming the field. */
async function filterProblems(
  filters: SearchFilters,
  vocabulary: Vocabulary,
  fresh = false,
): Promise<Problem[]> {
  const known = await vocabulary.values(fresh);
  const unknown = (
    field: string,
    values: string[] | undefined,
    valid: (value: string) => boolean,
  ) =>
    (values ?? [])
      .filter((value) => !valid(value))
      .map((value) => ({ field: `filters.${field}`, message: `unknown value "${value}"` }));
  const problems = [
    ...unknown('types', filters.types, (value) => known.types.has(value)),
    ...unknown('publics', filters.publics, (value) => known.publics.has(value)),
    ...unknown('bassins', filters.bassins, (value) => known.bassins.has(value)),
    ...unknown('communes', filters.communes, (value) => known.communes.has(value)),
    ...unknown('groupements', filters.groupements, (value) => known.groupements.has(value)),
    ...unknown('languages', filters.languages, (value) => /^[a-z]{2}$/.test(value)),
    ...unknown('authorities', filters.authorities, (value) =>
      (AGREMENT_AUTHORITIES as readonly string[]).includes(value),
    ),
  ];
  if (filters.territory && !(await vocabulary.territoryExists(filters.territory))) {
    problems.push({
      field: 'filters.territory',
      message: `unknown territory "${filters.territory}"`,
    });
  }
  if (filters.openAt && filters.openNow) {
    problems.push({ field: 'filters.openNow', message: 'give openAt or openNow, not both' });
  }
  return problems;
}

export function engineFilters(filters: SearchFilters, now: Date): ServiceFilters {
  const openAt = filters.openNow ? now : filters.openAt;
  return {
    types: filters.types,
    bassin: filters.bassins,
    groupement: filters.groupements,
    commune: filters.communes,
    languages: filters.languages,
    publics: filters.publics,
    access: filters.access,
    authorities: filters.authorities,
    territory: filters.territory
      ? { id: filters.territory, mode: filters.mode ?? SearchTerritoryMode.BOTH }
      : undefined,
    openQuarter: openAt ? quarterAt(openAt) : undefined,
    statuses: filters.statuses,
    includeArchived: filters.includeArchived ?? false,
    organisationId: filters.organisation,
    synthetic: filters.synthetic ?? undefined,
  };
}

export interface ServiceSearchArgs {
  query: string;
  filters?: SearchFilters;
  near?: NearInput;
  sort: SearchSort;
  first: number;
  after?: string;
}

/** A validated engine query, or a BAD_USER_INPUT naming every problem. */
export async function serviceQuery(
  args: ServiceSearchArgs,
  language: Language,
  vocabulary: Vocabulary,
): Promise<ServiceQuery> {
  const problems = [...textProblems(args.query, args.first), ...nearProblems(args.near, args.sort)];
  const offset = offsetFrom(args.after, problems);
  const filters = args.filters ?? {};
  let unknown = await filterProblems(filters, vocabulary);
  if (unknown.length > 0) {
    // Taxonomies and layers change rarely but do change: ask again before calling a value unknown.
    unknown = await filterProblems(filters, vocabulary, true);
  }
  problems.push(...unknown);
  assertNoProblems('Invalid search', problems);
  return {
    text: args.query,
    language: engineLanguage(language),
    filters: engineFilters(filters, new Date()),
    near: args.near
      ? {
          lat: toCentimetres(args.near.latitude),
          lng: toCentimetres(args.near.longitude),
          radiusMeters: args.near.radiusMeters ?? undefined,
        }
      : undefined,
    sort: args.sort,
    offset,
    limit: args.first,
  };
}
