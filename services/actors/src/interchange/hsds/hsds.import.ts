import type { Problem } from '@bxl/common';
import type { ZodType } from 'zod';

import type {
  AgrementRecord,
  OrganisationRecord,
  ServiceRecord,
  SiteRecord,
} from '../../records/registry-records';
import {
  contactsOf,
  emailOf,
  enterpriseNumberOf,
  isoDateOf,
  parentIdOf,
  phonesOf,
  RecordProblems,
  requireName,
  websiteOf,
  zodProblems,
} from '../interchange.fields';
import { blank, emptyRecords } from '../interchange.records';
import type { ImportResult } from '../interchange.records';
import { siteAddressOf } from './hsds.address';
import { assignIds } from './hsds.ids';
import { STATUS_OF_HSDS } from './hsds.mapping';
import {
  bilingualOf,
  classificationOf,
  openingHoursOf,
  serviceAreaIdsOf,
  serviceCostOf,
  serviceLanguagesOf,
  textsOf,
} from './hsds.records';
import { documentSchema, locationSchema, organizationSchema, serviceSchema } from './hsds.schema';
import type { LocationInput, OrganizationInput, ServiceInput } from './hsds.schema';
import { KBO_SCHEME } from './hsds.types';

export interface HsdsImportOptions {
  /** `source` of records without `x_bxl.source` (foreign feeds). */
  source?: string;
}

const DEFAULT_SOURCE = 'HSDS import';

interface Context {
  source: string;
  organisations: Map<string, string>;
  sites: Map<string, string>;
}

/** Common fields: externalId (our profile's x_bxl.external_id, else the HSDS id) and provenance. */
function provenanceOf(
  input: {
    id: string;
    x_bxl?: {
      external_id?: string | null;
      synthetic?: boolean | null;
      source?: string | null;
    } | null;
  },
  source: string,
) {
  const extension = input.x_bxl;
  return {
    externalId: extension ? blank(extension.external_id) : input.id,
    synthetic: extension?.synthetic ?? false,
    source: blank(extension?.source) ?? source,
  };
}

/**
 * The parent organisation: `x_bxl.parent_id` (our id; the parent may be outside the file), else
 * `parent_organization_id`, the HSDS id of an organization of the same file.
 */
function parentOf(
  input: OrganizationInput,
  id: string,
  context: Context,
  check: RecordProblems,
): string | null {
  if (blank(input.x_bxl?.parent_id) !== null) {
    return parentIdOf(input.x_bxl?.parent_id, id, 'x_bxl.parent_id', check);
  }
  const hsdsId = blank(input.parent_organization_id);
  if (hsdsId === null) {
    return null;
  }
  const parent = context.organisations.get(hsdsId);
  if (!parent) {
    check.add('parent_organization_id', `no organization of the file has the id '${hsdsId}'`);
    return null;
  }
  return parentIdOf(parent, id, 'parent_organization_id', check);
}

function organisationOf(
  input: OrganizationInput,
  id: string,
  context: Context,
  check: RecordProblems,
): OrganisationRecord {
  const { source } = context;
  const texts = textsOf(input, input.x_bxl);
  requireName(texts, 'name', check);
  const identifiers = input.organization_identifiers ?? [];
  const kboIndex = identifiers.findIndex(
    (identifier) =>
      identifier.identifier_scheme === KBO_SCHEME ||
      /kbo|bce|enterprise/i.test(identifier.identifier_type ?? ''),
  );
  const agrements = (input.x_bxl?.agrements ?? []).map(
    (agrement, index): AgrementRecord => ({
      authority: agrement.authority as AgrementRecord['authority'],
      kind: agrement.kind.trim(),
      number: blank(agrement.number),
      validFrom: isoDateOf(agrement.valid_from, `x_bxl.agrements[${index}].valid_from`, check),
      validTo: isoDateOf(agrement.valid_to, `x_bxl.agrements[${index}].valid_to`, check),
      ...(blank(agrement.note) ? { note: blank(agrement.note) } : {}),
    }),
  );
  const alternateName = bilingualOf(
    input.alternate_name,
    input.x_bxl?.alternate_name_fr,
    input.x_bxl?.alternate_name_nl,
  );
  return {
    id,
    ...provenanceOf(input, source),
    agrements,
    ...texts,
    alternateNameFr: alternateName.fr,
    alternateNameNl: alternateName.nl,
    parentOrganisationId: parentOf(input, id, context, check),
    legalStatus: blank(input.legal_status),
    enterpriseNumber:
      kboIndex < 0
        ? null
        : enterpriseNumberOf(
            identifiers[kboIndex]?.identifier,
            `organization_identifiers[${kboIndex}].identifier`,
            check,
          ),
    website: websiteOf(input.website, 'website', check),
    email: emailOf(input.email, 'email', check),
    phones: phonesOf(
      (input.phones ?? []).map((phone) => phone.number),
      (index) => `phones[${index}].number`,
      check,
    ),
  };
}

function organisationIdOf(
  hsdsId: string | null | undefined,
  context: Context,
  check: RecordProblems,
) {
  const id = blank(hsdsId);
  const ours = id ? context.organisations.get(id) : undefined;
  if (!ours) {
    check.add(
      'organization_id',
      id
        ? `no organization has the id '${id}'`
        : 'is missing: every record belongs to an organization',
    );
  }
  return ours ?? '';
}

function siteOf(
  input: LocationInput,
  id: string,
  organisationId: string,
  check: RecordProblems,
  source: string,
): SiteRecord {
  const texts = textsOf(input, input.x_bxl);
  const address = input.addresses?.[0];
  if (!address) {
    check.add('addresses', 'a site needs an address that names its commune (city or postal_code)');
  }
  const place = address ? siteAddressOf(address, 'addresses[0]', check) : null;
  const latitude = input.latitude ?? null;
  const longitude = input.longitude ?? null;
  if ((latitude === null) !== (longitude === null)) {
    check.add(
      latitude === null ? 'latitude' : 'longitude',
      'give both latitude and longitude, or neither',
    );
  }
  return {
    id,
    ...provenanceOf(input, source),
    organisationId,
    nameFr: texts.nameFr,
    nameNl: texts.nameNl,
    streetFr: place?.streetFr ?? null,
    streetNl: place?.streetNl ?? null,
    number: place?.number ?? null,
    postcode: place?.postcode ?? null,
    communeNis: place?.communeNis ?? '',
    latitude: latitude !== null && longitude !== null ? latitude : null,
    longitude: latitude !== null && longitude !== null ? longitude : null,
    phones: phonesOf(
      (input.phones ?? []).map((phone) => phone.number),
      (index) => `phones[${index}].number`,
      check,
    ),
    contacts: contactsOf(
      (input.contacts ?? []).map((contact) => ({
        name: contact.name ?? null,
        title: contact.title ?? null,
        phone: contact.phones?.[0]?.number ?? null,
        email: contact.email ?? null,
      })),
      (index, key) => `contacts[${index}].${key === 'phone' ? 'phones[0].number' : key}`,
      check,
    ),
    openingHours: openingHoursOf(input, check),
  };
}

function serviceOf(
  input: ServiceInput,
  id: string,
  context: Context,
  check: RecordProblems,
): ServiceRecord {
  const texts = textsOf(input, input.x_bxl);
  requireName(texts, 'name', check);
  const extension = input.x_bxl;
  const eligibility = bilingualOf(
    input.eligibility_description,
    extension?.eligibility_fr,
    extension?.eligibility_nl,
  );
  const howToApply = bilingualOf(
    input.application_process,
    extension?.how_to_apply_fr,
    extension?.how_to_apply_nl,
  );
  const cost = serviceCostOf(input);
  const siteIds: string[] = [];
  (input.service_at_locations ?? []).forEach((link, index) => {
    const locationId = blank(link.location_id);
    const siteId = locationId ? context.sites.get(locationId) : undefined;
    if (!siteId) {
      check.add(
        `service_at_locations[${index}].location_id`,
        locationId ? `no location has the id '${locationId}'` : 'is missing',
      );
    } else if (!siteIds.includes(siteId)) {
      siteIds.push(siteId);
    }
  });
  return {
    id,
    ...provenanceOf(input, context.source),
    organisationId: organisationIdOf(input.organization_id, context, check),
    ...classificationOf(input, check),
    ...texts,
    eligibilityFr: eligibility.fr,
    eligibilityNl: eligibility.nl,
    howToApplyFr: howToApply.fr,
    howToApplyNl: howToApply.nl,
    costFr: cost.fr,
    costNl: cost.nl,
    languages: serviceLanguagesOf(input, check),
    status: STATUS_OF_HSDS[input.status],
    siteIds,
    serviceAreaIds: serviceAreaIdsOf(input, check),
  };
}

type Ids = ReturnType<typeof assignIds>[number];

/** Parses each item of an array with its schema; structure problems are record-numbered. */
function eachValid<T>(
  items: readonly unknown[],
  name: string,
  schema: ZodType<T>,
  problems: Problem[],
  visit: (input: T, index: number, check: RecordProblems) => void,
): void {
  items.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      visit(result.data, index, new RecordProblems(problems, index + 1, `${name}[${index}]`));
    } else {
      problems.push(...zodProblems(result.error, `${name}[${index}]`, index + 1));
    }
  });
}

/**
 * An HSDS 3.0 document (our export shape: organizations, locations, services) → records. Never
 * throws: structure (zod) and values (shared validators) are checked, each problem with `line` =
 * the 1-based index of the record in its array and `field` = its path (`services[3].phones[0]…`);
 * problems of the document itself have line 0. Records are returned even with problems.
 */
export function fromHsds(json: unknown, options: HsdsImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    return { records: emptyRecords(), problems: zodProblems(parsed.error, '', 0) };
  }
  const doc = parsed.data;
  if (doc.hsds_version && !/^3\.\d+/.test(doc.hsds_version)) {
    const message = `'${doc.hsds_version}' is not a version of HSDS 3`;
    problems.push({ line: 0, field: 'hsds_version', message });
  }
  const organizations = doc.organizations ?? [];
  const locations = doc.locations ?? [];
  const services = doc.services ?? [];
  const [orgIds, siteIds, serviceIds] = assignIds(
    [
      { name: 'organizations', prefix: 'org', items: organizations },
      { name: 'locations', prefix: 'site', items: locations },
      { name: 'services', prefix: 'svc', items: services },
    ],
    problems,
  ) as [Ids, Ids, Ids];
  const context: Context = {
    source: options.source ?? DEFAULT_SOURCE,
    organisations: orgIds.byHsdsId,
    sites: siteIds.byHsdsId,
  };
  const records = emptyRecords();
  const ownerOfLocation = new Map<string, string>();

  eachValid(organizations, 'organizations', organizationSchema, problems, (input, index, check) => {
    records.organisations.push(
      organisationOf(input, orgIds.byIndex[index] as string, context, check),
    );
  });
  eachValid(services, 'services', serviceSchema, problems, (input, index, check) => {
    const service = serviceOf(input, serviceIds.byIndex[index] as string, context, check);
    for (const link of input.service_at_locations ?? []) {
      const locationId = blank(link.location_id);
      if (locationId && !ownerOfLocation.has(locationId) && service.organisationId) {
        ownerOfLocation.set(locationId, service.organisationId);
      }
    }
    records.services.push(service);
  });
  eachValid(locations, 'locations', locationSchema, problems, (input, index, check) => {
    const owner = blank(input.organization_id)
      ? organisationIdOf(input.organization_id, context, check)
      : (ownerOfLocation.get(input.id) ?? organisationIdOf(null, context, check));
    records.sites.push(
      siteOf(input, siteIds.byIndex[index] as string, owner, check, context.source),
    );
  });
  return { records, problems };
}
