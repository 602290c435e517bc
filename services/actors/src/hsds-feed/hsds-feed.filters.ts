import { HSDS_TAXONOMY_OBJECTS, uuidFor } from '../interchange/hsds/hsds.mapping';
import { HSDS_TAXONOMIES } from '../interchange/hsds/hsds.types';
import type { HsdsTaxonomyTerm } from '../interchange/hsds/hsds.types';
import { ACCESS_TERMS } from '../interchange/interchange.records';
import type { FeedParams } from './hsds-feed.params';

/** A piece of SQL with its `?` parameters. */
export interface Sql {
  text: string;
  params: unknown[];
}

/** The access conditions' columns on actors.service. */
const ACCESS_COLUMNS: Readonly<Record<(typeof ACCESS_TERMS)[number]['key'], string>> = {
  lowThreshold: 'low_threshold',
  withoutAppointment: 'without_appointment',
  free: 'free',
  acceptsUninsured: 'accepts_uninsured',
  acceptsAmu: 'accepts_amu',
  anonymous: 'anonymous',
};
const NOTHING: Sql = { text: 'false', params: [] };

/** Services with this term (one of ours; an id of another taxonomy matches nothing). */
function termCondition(term: HsdsTaxonomyTerm | null): Sql {
  if (!term) {
    return NOTHING;
  }
  if (term.taxonomy === HSDS_TAXONOMIES.serviceType) {
    return { text: '? = any(s.type_codes)', params: [term.code] };
  }
  if (term.taxonomy === HSDS_TAXONOMIES.targetPublic) {
    return { text: '? = any(s.public_codes)', params: [term.code] };
  }
  const access = ACCESS_TERMS.find((candidate) => candidate.code === term.code);
  return access ? { text: `s.${ACCESS_COLUMNS[access.key]}`, params: [] } : NOTHING;
}

/** Services with any term of this taxonomy. */
function taxonomyCondition(taxonomyId: string): Sql {
  const taxonomy = HSDS_TAXONOMY_OBJECTS.find((candidate) => candidate.id === taxonomyId);
  switch (taxonomy?.name) {
    case HSDS_TAXONOMIES.serviceType:
      return { text: 'cardinality(s.type_codes) > 0', params: [] };
    case HSDS_TAXONOMIES.targetPublic:
      return { text: 'cardinality(s.public_codes) > 0', params: [] };
    case HSDS_TAXONOMIES.access:
      return {
        text: `(${Object.values(ACCESS_COLUMNS)
          .map((column) => `s.${column}`)
          .join(' or ')})`,
        params: [],
      };
    default:
      return NOTHING;
  }
}

/** Words found in a record's names or descriptions, either language, case ignored. */
export function searchCondition(alias: string, search: string): Sql {
  const text = ['name_fr', 'name_nl', 'description_fr', 'description_nl']
    .map((column) => `coalesce(${alias}.${column}, '')`)
    .join(` || ' ' || `);
  return { text: `strpos(lower(${text}), lower(?)) > 0`, params: [search] };
}

/** What the HSDS ids of the parameters name here (null: nothing of ours). */
export interface ResolvedIds {
  organisationId?: string | null;
  term?: HsdsTaxonomyTerm | null;
}

/**
 * The conditions on services (alias `s`) the parameters ask for, combined with AND as the HSDS API
 * says.
 */
export function serviceConditions(params: FeedParams, resolved: ResolvedIds): Sql[] {
  const conditions: Sql[] = [{ text: 's.archived_at is null', params: [] }];
  if (params.search) {
    conditions.push(searchCondition('s', params.search));
  }
  if (params.taxonomyTermId) {
    conditions.push(termCondition(resolved.term ?? null));
  }
  if (params.taxonomyId) {
    conditions.push(taxonomyCondition(params.taxonomyId));
  }
  if (params.organizationId) {
    const id = resolved.organisationId;
    conditions.push(id ? { text: 's.organisation_id = ?', params: [id] } : NOTHING);
  }
  if (params.modifiedAfter) {
    conditions.push({ text: 's.updated_at >= ?', params: [params.modifiedAfter] });
  }
  return conditions;
}

/** Conditions joined with AND. */
export function allOf(conditions: Sql[]): Sql {
  return {
    text: conditions.map((condition) => `(${condition.text})`).join(' and '),
    params: conditions.flatMap((condition) => condition.params),
  };
}

/** Our id whose HSDS UUID this is, among these ids (UUIDs are derived one way from our ids). */
export function idOfUuid(ids: readonly string[], uuid: string): string | null {
  return ids.find((id) => uuidFor(id) === uuid.toLowerCase()) ?? null;
}
