import { registerEnumType } from 'type-graphql';

/** What a service record lacks, for the editors' work list of records to complete. */
export enum ServiceProblem {
  NO_SITE = 'NO_SITE',
  NO_PHONE = 'NO_PHONE',
  NO_HOURS = 'NO_HOURS',
  COARSE_PLACEMENT = 'COARSE_PLACEMENT',
}
registerEnumType(ServiceProblem, {
  name: 'ServiceProblem',
  description: 'What a service record lacks (editors’ work list).',
  valuesConfig: {
    NO_SITE: { description: 'Delivered at no (current) site.' },
    NO_PHONE: { description: 'No phone at any of its sites, nor at its organisation.' },
    NO_HOURS: { description: 'No opening hours at any of its sites (its own nor the site’s).' },
    COARSE_PLACEMENT: {
      description: 'A site placed by its commune or sub-municipality only, not by a point.',
    },
  },
});

const SITES = `from actors.service_at_site x join actors.site t on t.id = x.site_id and t.archived_at is null
  where x.service_id = s.id`;

/** The SQL condition on `actors.service s` for each problem. */
export const SERVICE_PROBLEM_SQL: Record<ServiceProblem, string> = {
  [ServiceProblem.NO_SITE]: `not exists (select 1 ${SITES})`,
  [ServiceProblem.NO_PHONE]: `(not exists (select 1 ${SITES} and cardinality(t.phones) > 0)
    and not exists (select 1 from actors.organisation o where o.id = s.organisation_id and cardinality(o.phones) > 0))`,
  [ServiceProblem.NO_HOURS]: `not exists (select 1 ${SITES} and coalesce(x.opening_hours, t.opening_hours) is not null)`,
  [ServiceProblem.COARSE_PLACEMENT]: `exists (select 1 ${SITES} and t.position_precision <> 'POINT')`,
};
