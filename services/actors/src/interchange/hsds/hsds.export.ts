import type {
  OrganisationRecord,
  RegistryRecords,
  ServiceRecord,
  SiteRecord,
} from '../../records/registry-records';
import { ACCESS_TERMS, sortedById } from '../interchange.records';
import { hsdsAddressOf } from './hsds.address';
import {
  compact,
  HSDS_STATUS,
  languageName,
  schedulesOf,
  taxonomyTerm,
  toBxlOpeningHours,
  uuidFor,
} from './hsds.mapping';
import {
  HSDS_PROFILE_URI,
  HSDS_TAXONOMIES,
  HSDS_VERSION,
  KBO_SCHEME,
  TERRITORY_URI_PREFIX,
} from './hsds.types';
import type {
  HsdsAttribute,
  HsdsCostOption,
  HsdsDocument,
  HsdsLocation,
  HsdsNdjsonRecord,
  HsdsOrganization,
  HsdsService,
} from './hsds.types';

/** An organisation as an HSDS organization (the feed serves these too). */
export function organizationOf(org: OrganisationRecord): HsdsOrganization {
  const id = uuidFor(org.id);
  return {
    id,
    name: org.nameFr ?? org.nameNl ?? '',
    ...compact({ alternate_name: org.alternateNameFr ?? org.alternateNameNl }),
    description: org.descriptionFr ?? org.descriptionNl ?? '',
    ...compact({
      email: org.email,
      website: org.website,
      legal_status: org.legalStatus,
      parent_organization_id: org.parentOrganisationId ? uuidFor(org.parentOrganisationId) : null,
    }),
    phones: org.phones.map((number, index) => ({
      id: uuidFor(`${org.id}#phone:${index}`),
      organization_id: id,
      number,
    })),
    organization_identifiers: org.enterpriseNumber
      ? [
          {
            id: uuidFor(`${org.id}#kbo`),
            organization_id: id,
            identifier_scheme: KBO_SCHEME,
            identifier_type: 'Belgian enterprise number (KBO/BCE)',
            identifier: org.enterpriseNumber,
          },
        ]
      : [],
    x_bxl: {
      id: org.id,
      ...compact({
        external_id: org.externalId,
        name_fr: org.nameFr,
        name_nl: org.nameNl,
        description_fr: org.descriptionFr,
        description_nl: org.descriptionNl,
        alternate_name_fr: org.alternateNameFr,
        alternate_name_nl: org.alternateNameNl,
        parent_id: org.parentOrganisationId,
      }),
      agrements: (org.agrements ?? []).map((agrement) => ({
        authority: agrement.authority,
        kind: agrement.kind,
        ...compact({
          number: agrement.number,
          valid_from: agrement.validFrom,
          valid_to: agrement.validTo,
          note: agrement.note,
        }),
      })),
      synthetic: org.synthetic,
      source: org.source,
    },
  };
}

/** A site as an HSDS location. */
export function locationOf(site: SiteRecord): HsdsLocation {
  const id = uuidFor(site.id);
  const hours = site.openingHours ?? null;
  return {
    id,
    organization_id: uuidFor(site.organisationId),
    location_type: 'physical',
    ...compact({
      name: site.nameFr ?? site.nameNl,
      latitude: site.latitude,
      longitude: site.longitude,
    }),
    addresses: [hsdsAddressOf(site, id)],
    phones: site.phones.map((number, index) => ({
      id: uuidFor(`${site.id}#phone:${index}`),
      location_id: id,
      number,
    })),
    contacts: (site.contacts ?? []).map((contact, index) => {
      const contactId = uuidFor(`${site.id}#contact:${index}`);
      return {
        id: contactId,
        location_id: id,
        ...compact({ name: contact.name, title: contact.title, email: contact.email }),
        phones: contact.phone
          ? [
              {
                id: uuidFor(`${site.id}#contact:${index}#phone`),
                contact_id: contactId,
                number: contact.phone,
              },
            ]
          : [],
      };
    }),
    schedules: hours ? schedulesOf(site.id, id, hours) : [],
    x_bxl: {
      id: site.id,
      ...compact({ external_id: site.externalId, name_fr: site.nameFr, name_nl: site.nameNl }),
      synthetic: site.synthetic,
      source: site.source,
      ...(hours ? { opening_hours: toBxlOpeningHours(hours) } : {}),
    },
  };
}

function attributesOf(service: ServiceRecord, serviceId: string): HsdsAttribute[] {
  const terms: Array<[string, string, string]> = [
    ...service.typeCodes.map((code) => [HSDS_TAXONOMIES.serviceType, code, 'service_type']),
    ...service.publicCodes.map((code) => [HSDS_TAXONOMIES.targetPublic, code, 'audience']),
    ...ACCESS_TERMS.filter((term) => service.access[term.key]).map((term) => [
      HSDS_TAXONOMIES.access,
      term.code,
      'access',
    ]),
  ] as Array<[string, string, string]>;
  return terms.map(([taxonomy, code, linkType]) => {
    const term = taxonomyTerm(taxonomy, code);
    return {
      id: uuidFor(`${service.id}#attribute:${taxonomy}:${code}`),
      link_id: serviceId,
      link_type: linkType,
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: { ...term, x_bxl: { ...term.x_bxl } },
    };
  });
}

/** One cost option per language present, French first: `option` is the text as written. */
function costOptionsOf(service: ServiceRecord, serviceId: string): HsdsCostOption[] {
  const texts: Array<[string, string | null | undefined]> = [
    ['fr', service.costFr],
    ['nl', service.costNl],
  ];
  return texts
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([language, option]) => ({
      id: uuidFor(`${service.id}#cost:${language}`),
      service_id: serviceId,
      option,
    }));
}

/** A service as an HSDS service; `lastModified` (the feed) fills `last_modified`. */
export function serviceOf(service: ServiceRecord, lastModified?: Date): HsdsService {
  const id = uuidFor(service.id);
  return {
    id,
    organization_id: uuidFor(service.organisationId),
    name: service.nameFr ?? service.nameNl ?? '',
    ...compact({
      description: service.descriptionFr ?? service.descriptionNl,
      eligibility_description: service.eligibilityFr ?? service.eligibilityNl,
      application_process: service.howToApplyFr ?? service.howToApplyNl,
      last_modified: lastModified?.toISOString(),
    }),
    status: HSDS_STATUS[service.status],
    cost_options: costOptionsOf(service, id),
    languages: service.languages.map((code) => ({
      id: uuidFor(`${service.id}#language:${code}`),
      service_id: id,
      name: languageName(code),
      code,
    })),
    service_areas: service.serviceAreaIds.map((territoryId) => ({
      id: uuidFor(`${service.id}#area:${territoryId}`),
      service_id: id,
      name: territoryId,
      uri: `${TERRITORY_URI_PREFIX}${territoryId}`,
    })),
    service_at_locations: service.siteIds.map((siteId) => ({
      id: uuidFor(`${service.id}@${siteId}`),
      service_id: id,
      location_id: uuidFor(siteId),
    })),
    attributes: attributesOf(service, id),
    x_bxl: {
      id: service.id,
      ...compact({
        external_id: service.externalId,
        name_fr: service.nameFr,
        name_nl: service.nameNl,
        description_fr: service.descriptionFr,
        description_nl: service.descriptionNl,
        eligibility_fr: service.eligibilityFr,
        eligibility_nl: service.eligibilityNl,
        how_to_apply_fr: service.howToApplyFr,
        how_to_apply_nl: service.howToApplyNl,
        cost_fr: service.costFr,
        cost_nl: service.costNl,
      }),
      synthetic: service.synthetic,
      source: service.source,
      territory_ids: [...service.serviceAreaIds],
    },
  };
}

/**
 * Records → an HSDS 3.0 document in our Brussels profile: organizations, locations and services,
 * each array in order of our ids; HSDS ids are UUIDs derived from our ids (stable across exports).
 */
export function toHsds(seed: RegistryRecords, generatedAt: Date): HsdsDocument {
  return {
    hsds_version: HSDS_VERSION,
    profile: HSDS_PROFILE_URI,
    generated_at: generatedAt.toISOString(),
    organizations: sortedById(seed.organisations).map(organizationOf),
    locations: sortedById(seed.sites).map(locationOf),
    services: sortedById(seed.services).map((service) => serviceOf(service)),
  };
}

/**
 * The document as NDJSON: one object per line with a `type` discriminator ('organization',
 * 'location', 'service'), in the document's order; ends with a newline.
 */
export function toNdjson(doc: HsdsDocument): string {
  const lines: HsdsNdjsonRecord[] = [
    ...doc.organizations.map((org): HsdsNdjsonRecord => ({ type: 'organization', ...org })),
    ...doc.locations.map((location): HsdsNdjsonRecord => ({ type: 'location', ...location })),
    ...doc.services.map((service): HsdsNdjsonRecord => ({ type: 'service', ...service })),
  ];
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
