import type { EntityManager } from '@mikro-orm/postgresql';

import type { RegistryRecords } from '../../records/registry-records';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceAtSite } from '../service/service-at-site.entity';
import { Service } from '../service/service.entity';
import { Site } from '../site/site.entity';

/** Every record not archived, in id order, in the shape exports write and imports read. */
export async function loadRegistryRecords(em: EntityManager): Promise<RegistryRecords> {
  const [organisations, services, sites, links] = await Promise.all([
    em.find(Organisation, { archivedAt: null }, { orderBy: { id: 'asc' } }),
    em.find(Service, { archivedAt: null }, { orderBy: { id: 'asc' } }),
    em.find(Site, { archivedAt: null }, { orderBy: { id: 'asc' } }),
    em.find(ServiceAtSite, {}, { orderBy: { serviceId: 'asc', siteId: 'asc' } }),
  ]);
  const siteIds = new Map<string, string[]>();
  const live = new Set(sites.map((site) => site.id));
  for (const link of links.filter((candidate) => live.has(candidate.siteId))) {
    siteIds.set(link.serviceId, [...(siteIds.get(link.serviceId) ?? []), link.siteId]);
  }
  return {
    organisations: organisations.map(organisationRecordOf),
    sites: sites.map(siteRecordOf),
    services: services.map((s) => serviceRecordOf(s, siteIds.get(s.id) ?? [])),
  };
}

/** An organisation as exports write it. */
export function organisationRecordOf(o: Organisation): RegistryRecords['organisations'][number] {
  return {
    id: o.id,
    externalId: o.externalId ?? null,
    nameFr: o.nameFr ?? null,
    nameNl: o.nameNl ?? null,
    descriptionFr: o.descriptionFr ?? null,
    descriptionNl: o.descriptionNl ?? null,
    alternateNameFr: o.alternateNameFr ?? null,
    alternateNameNl: o.alternateNameNl ?? null,
    parentOrganisationId: o.parentOrganisationId ?? null,
    legalStatus: o.legalStatus ?? null,
    enterpriseNumber: o.enterpriseNumber ?? null,
    website: o.website ?? null,
    email: o.email ?? null,
    phones: o.phones,
    agrements: o.agrements ?? [],
    synthetic: o.synthetic,
    source: o.source,
  };
}

/** A site as exports write it, with its hours. */
export function siteRecordOf(s: Site): RegistryRecords['sites'][number] {
  return {
    id: s.id,
    externalId: s.externalId ?? null,
    organisationId: s.organisationId,
    nameFr: s.nameFr ?? null,
    nameNl: s.nameNl ?? null,
    streetFr: s.streetFr ?? null,
    streetNl: s.streetNl ?? null,
    number: s.number ?? null,
    postcode: s.postcode ?? null,
    communeNis: s.communeNis,
    latitude: s.latitude ?? null,
    longitude: s.longitude ?? null,
    phones: s.phones,
    contacts: s.contacts ?? [],
    openingHours: s.openingHours ?? null,
    synthetic: s.synthetic,
    source: s.source,
  };
}

/** A service as exports write it, delivered at these sites (not archived ones). */
export function serviceRecordOf(
  s: Service,
  siteIds: string[],
): RegistryRecords['services'][number] {
  return {
    id: s.id,
    externalId: s.externalId ?? null,
    organisationId: s.organisationId,
    typeCodes: s.typeCodes,
    nameFr: s.nameFr ?? null,
    nameNl: s.nameNl ?? null,
    descriptionFr: s.descriptionFr ?? null,
    descriptionNl: s.descriptionNl ?? null,
    eligibilityFr: s.eligibilityFr ?? null,
    eligibilityNl: s.eligibilityNl ?? null,
    howToApplyFr: s.howToApplyFr ?? null,
    howToApplyNl: s.howToApplyNl ?? null,
    costFr: s.costFr ?? null,
    costNl: s.costNl ?? null,
    publicCodes: s.publicCodes,
    languages: s.languages,
    access: {
      lowThreshold: s.lowThreshold,
      withoutAppointment: s.withoutAppointment,
      free: s.free,
      acceptsUninsured: s.acceptsUninsured,
      acceptsAmu: s.acceptsAmu,
      anonymous: s.anonymous,
    },
    status: s.status,
    siteIds,
    serviceAreaIds: s.serviceAreaIds,
    synthetic: s.synthetic,
    source: s.source,
  };
}
