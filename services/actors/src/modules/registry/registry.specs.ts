import type { EntityManager } from '@mikro-orm/postgresql';

import { assertNoProblems, BadUserInputError, pickFields } from '@bxl/common';
import type { Problem, RecordLink, RecordSpec, Values } from '@bxl/common';

import { noAccess } from '../../records/registry-records';
import type { TerritoryClient } from '../../territory/territory.client';
import { parentProblems } from '../organisation/organisation-hierarchy';
import { Organisation } from '../organisation/organisation.entity';
import {
  normaliseOrganisation,
  ORGANISATION_FIELDS,
  organisationProblems,
} from '../organisation/organisation.input';
import type { OrganisationInput } from '../organisation/organisation.input';
import { ServiceAtSite } from '../service/service-at-site.entity';
import { Service } from '../service/service.entity';
import { SERVICE_FIELDS, serviceProblems } from '../service/service.input';
import type { ServiceInput } from '../service/service.input';
import { placeSites } from '../site/site-placement';
import type { Placement } from '../site/site-placement';
import { Site } from '../site/site.entity';
import { normaliseSite, SITE_FIELDS, siteProblems } from '../site/site.input';
import type { SiteInput } from '../site/site.input';
import { loadTaxonomy } from '../taxonomy/taxonomy.repository';

/** The actors' record kinds as common's RecordWriter writes them. */
export interface RegistrySpecs {
  organisation: RecordSpec<Organisation>;
  service: RecordSpec<Service>;
  site: RecordSpec<Site>;
}

/** BAD_USER_INPUT when a new record's organisation does not exist (archived or not). */
async function assertOrganisation(em: EntityManager, organisationId: unknown): Promise<void> {
  const found = await em.findOne(Organisation, { id: String(organisationId) });
  if (!found) {
    throw new BadUserInputError('Unknown organisationId', [
      { field: 'organisationId', message: `${String(organisationId)} does not exist` },
    ]);
  }
}

/** A service's sites (`service_at_site`), kept sorted so that before and after compare. */
const siteLinks: RecordLink = {
  load: async (em, serviceIds) => {
    const links = await em.find(
      ServiceAtSite,
      { serviceId: { $in: [...serviceIds] } },
      { orderBy: { siteId: 'asc' } },
    );
    return new Map(
      serviceIds.map((id) => [
        id,
        links.filter((link) => link.serviceId === id).map((link) => link.siteId),
      ]),
    );
  },
  save: async (em, serviceId, siteIds) => {
    await em.nativeDelete(ServiceAtSite, { serviceId });
    for (const siteId of (siteIds as string[] | null) ?? []) {
      em.persist(Object.assign(new ServiceAtSite(), { serviceId, siteId }));
    }
  },
};

/** Sites given that are not sites of the organisation, and service areas that are no territory. */
async function serviceReferenceProblems(
  em: EntityManager,
  territories: TerritoryClient,
  values: ServiceInput,
  organisationId: string,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const siteIds = values.siteIds ?? [];
  if (siteIds.length > 0) {
    const sites = await em.find(Site, { id: { $in: siteIds } });
    siteIds.forEach((siteId, index) => {
      const site = sites.find((candidate) => candidate.id === siteId);
      if (!site || site.organisationId !== organisationId) {
        problems.push({
          field: `siteIds[${index}]`,
          message: `${siteId} is not a site of ${organisationId}`,
        });
      }
    });
  }
  const areaIds = values.serviceAreaIds ?? [];
  const related = await territories.relatedIdsMany(areaIds);
  areaIds.forEach((areaId, index) => {
    if (!related[index]) {
      problems.push({ field: `serviceAreaIds[${index}]`, message: `unknown territory ${areaId}` });
    }
  });
  return problems;
}

/**
 * Validates a site's content and places it (see placeSites); with a point and a commune given,
 * they must agree. The commune is the placement's; the territories are derived.
 */
async function placeSite(territories: TerritoryClient, values: SiteInput) {
  assertNoProblems('Invalid site', siteProblems(values));
  const { placements, problems } = await placeSites([values], territories);
  assertNoProblems(
    'Invalid site',
    problems.map(({ field, message }) => ({ field, message })),
  );
  const placement = placements[0] as Placement;
  if (values.communeNis && values.communeNis !== placement.communeNis) {
    throw new BadUserInputError('Invalid site', [
      {
        field: 'communeNis',
        message: `the point lies in commune ${placement.communeNis}, not ${values.communeNis}`,
      },
    ]);
  }
  return {
    values: pickFields(normaliseSite({ ...values, communeNis: placement.communeNis }), SITE_FIELDS),
    derived: {
      territoryIds: placement.territoryIds,
      possibleTerritoryIds: placement.possibleTerritoryIds,
      positionPrecision: placement.positionPrecision,
      territoriesComputedAt: new Date(),
    },
  };
}

const SERVICE_DEFAULTS: Values = {
  typeCodes: [],
  publicCodes: [],
  languages: [],
  serviceAreaIds: [],
  ...noAccess(),
  status: 'ACTIVE',
  siteIds: [],
};

/** What is proper to each registry kind; RecordWriter does the rest as for every kind. */
export function registrySpecs(territories: TerritoryClient): RegistrySpecs {
  return {
    organisation: {
      entity: Organisation,
      name: 'Organisation',
      invalid: 'Invalid organisation',
      prefix: 'org',
      fields: ORGANISATION_FIELDS,
      defaults: { phones: [], agrements: [] },
      validate: async (em, values, { record }) => {
        const input = values as OrganisationInput;
        return {
          problems: [
            ...organisationProblems(input),
            ...(await parentProblems(em, input.parentOrganisationId, record?.id ?? null)),
          ],
          values: pickFields(normaliseOrganisation(input), ORGANISATION_FIELDS),
        };
      },
      nameOf: (values) => (values.nameFr ?? values.nameNl ?? null) as string | null,
    },
    service: {
      entity: Service,
      name: 'Service',
      invalid: 'Invalid service',
      prefix: 'svc',
      fields: SERVICE_FIELDS,
      createOnly: ['organisationId'],
      links: { siteIds: siteLinks },
      defaults: SERVICE_DEFAULTS,
      normalise: (values) => ({
        ...values,
        siteIds: [...((values.siteIds as string[] | null) ?? [])].sort(),
      }),
      validate: async (em, values, { record }) => {
        if (!record) {
          await assertOrganisation(em, values.organisationId);
        }
        const input = values as unknown as ServiceInput;
        const organisationId = record?.organisationId ?? String(values.organisationId);
        return {
          problems: [
            ...serviceProblems(input, await loadTaxonomy(em)),
            ...(await serviceReferenceProblems(em, territories, input, organisationId)),
          ],
        };
      },
      nameOf: (values) => (values.nameFr ?? values.nameNl ?? null) as string | null,
    },
    site: {
      entity: Site,
      name: 'Site',
      invalid: 'Invalid site',
      prefix: 'site',
      fields: SITE_FIELDS,
      createOnly: ['organisationId'],
      defaults: { phones: [], contacts: [] },
      // A site moved without its commune is placed anew.
      merge: (before, given) => ({
        ...before,
        ...given,
        ...(('latitude' in given || 'longitude' in given) && !('communeNis' in given)
          ? { communeNis: null }
          : {}),
      }),
      validate: async (em, values, { record }) => {
        if (!record) {
          await assertOrganisation(em, values.organisationId);
        }
        return placeSite(territories, values as SiteInput);
      },
      nameOf: (values) =>
        (values.nameFr ?? values.streetFr ?? values.nameNl ?? values.streetNl ?? null) as
          | string
          | null,
    },
  };
}
