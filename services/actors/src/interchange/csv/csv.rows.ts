import { communeNisOf, communeNisOfPostcode } from '../../records/communes';
import { openingHoursProblems } from '../../records/opening-hours';
import { noAccess, SERVICE_STATUSES } from '../../records/registry-records';
import type {
  OrganisationRecord,
  ServiceRecord,
  ServiceStatus,
  SiteRecord,
} from '../../records/registry-records';
import {
  communeNisChecked,
  emailOf,
  enterpriseNumberOf,
  languagesOf,
  parentIdOf,
  phonesOf,
  publicCodesOf,
  requireName,
  territoryIdsOf,
  typeCodesOf,
  websiteOf,
} from '../interchange.fields';
import type { RecordProblems } from '../interchange.fields';
import { ACCESS_TERMS, blank } from '../interchange.records';
import {
  agrementsCell,
  agrementsOf,
  contactsCell,
  contactsOfCell,
  booleanOf,
  hoursCells,
  hoursOf,
  joinList,
  listOf,
} from './csv.cells';
import type { CsvRow } from './csv.columns';

/** One CSV row ↔ the fields of its organisation, site and service. */

const text = (value: string | null | undefined) => value ?? '';
const same = (field: string) => () => field;

export function organisationCells(org: OrganisationRecord): Partial<CsvRow> {
  return {
    org_id: org.id,
    org_external_id: text(org.externalId),
    org_name_fr: text(org.nameFr),
    org_name_nl: text(org.nameNl),
    org_description_fr: text(org.descriptionFr),
    org_description_nl: text(org.descriptionNl),
    org_alternate_name_fr: text(org.alternateNameFr),
    org_alternate_name_nl: text(org.alternateNameNl),
    org_parent_id: text(org.parentOrganisationId),
    org_legal_status: text(org.legalStatus),
    org_enterprise_number: text(org.enterpriseNumber),
    org_website: text(org.website),
    org_email: text(org.email),
    org_phones: joinList(org.phones),
    org_agrements: agrementsCell(org.agrements ?? []),
    org_synthetic: String(org.synthetic),
    org_source: org.source,
  };
}

export function siteCells(site: SiteRecord): Partial<CsvRow> {
  return {
    site_id: site.id,
    site_external_id: text(site.externalId),
    site_org_id: site.organisationId,
    site_name_fr: text(site.nameFr),
    site_name_nl: text(site.nameNl),
    site_street_fr: text(site.streetFr),
    site_street_nl: text(site.streetNl),
    site_number: text(site.number),
    site_postcode: text(site.postcode),
    site_commune_nis: site.communeNis,
    site_latitude: site.latitude === null ? '' : String(site.latitude),
    site_longitude: site.longitude === null ? '' : String(site.longitude),
    site_phones: joinList(site.phones),
    site_contacts: contactsCell(site.contacts ?? []),
    ...hoursCells(site.openingHours),
    site_synthetic: String(site.synthetic),
    site_source: site.source,
  };
}

export function serviceCells(service: ServiceRecord): Partial<CsvRow> {
  return {
    svc_id: service.id,
    svc_external_id: text(service.externalId),
    svc_name_fr: text(service.nameFr),
    svc_name_nl: text(service.nameNl),
    svc_description_fr: text(service.descriptionFr),
    svc_description_nl: text(service.descriptionNl),
    svc_eligibility_fr: text(service.eligibilityFr),
    svc_eligibility_nl: text(service.eligibilityNl),
    svc_how_to_apply_fr: text(service.howToApplyFr),
    svc_how_to_apply_nl: text(service.howToApplyNl),
    svc_cost_fr: text(service.costFr),
    svc_cost_nl: text(service.costNl),
    svc_types: joinList(service.typeCodes),
    svc_publics: joinList(service.publicCodes),
    svc_languages: joinList(service.languages),
    svc_access: joinList(ACCESS_TERMS.filter((t) => service.access[t.key]).map((t) => t.code)),
    svc_status: service.status,
    svc_areas: joinList(service.serviceAreaIds),
    svc_synthetic: String(service.synthetic),
    svc_source: service.source,
  };
}

export function organisationOfRow(
  row: CsvRow,
  id: string,
  source: string,
  check: RecordProblems,
): OrganisationRecord {
  const names = { nameFr: blank(row.org_name_fr), nameNl: blank(row.org_name_nl) };
  requireName(names, 'org_name_fr', check);
  return {
    id,
    externalId: blank(row.org_external_id),
    agrements: agrementsOf(row.org_agrements, 'org_agrements', check),
    ...names,
    descriptionFr: blank(row.org_description_fr),
    descriptionNl: blank(row.org_description_nl),
    alternateNameFr: blank(row.org_alternate_name_fr),
    alternateNameNl: blank(row.org_alternate_name_nl),
    parentOrganisationId: parentIdOf(row.org_parent_id, id, 'org_parent_id', check),
    legalStatus: blank(row.org_legal_status),
    enterpriseNumber: enterpriseNumberOf(row.org_enterprise_number, 'org_enterprise_number', check),
    website: websiteOf(row.org_website, 'org_website', check),
    email: emailOf(row.org_email, 'org_email', check),
    phones: phonesOf(listOf(row.org_phones), same('org_phones'), check),
    synthetic: booleanOf(row.org_synthetic, 'org_synthetic', check),
    source: blank(row.org_source) ?? source,
  };
}

function communeOfRow(row: CsvRow, check: RecordProblems): string {
  const given = blank(row.site_commune_nis);
  const postcode = blank(row.site_postcode);
  if (given && /^\d{5}$/.test(given)) {
    return communeNisChecked(given, 'site_commune_nis', check) ?? '';
  }
  const nis = given ? communeNisOf(given) : postcode ? communeNisOfPostcode(postcode) : null;
  if (!nis) {
    const what = given ? `'${given}' is not` : `the postcode '${postcode ?? ''}' is not in`;
    check.add(
      given ? 'site_commune_nis' : 'site_postcode',
      `${what} one of the 19 Brussels communes`,
    );
  }
  return nis ?? '';
}

function coordinateOf(cell: string, field: string, limit: number, check: RecordProblems) {
  const value = blank(cell);
  if (value === null) {
    return null;
  }
  const number = Number(value);
  if (!Number.isFinite(number) || Math.abs(number) > limit) {
    check.add(field, `'${value}' is not a coordinate in decimal degrees`);
    return null;
  }
  return number;
}

export function siteOfRow(
  row: CsvRow,
  id: string,
  organisationId: string,
  source: string,
  check: RecordProblems,
): SiteRecord {
  const latitude = coordinateOf(row.site_latitude, 'site_latitude', 90, check);
  const longitude = coordinateOf(row.site_longitude, 'site_longitude', 180, check);
  if ((blank(row.site_latitude) === null) !== (blank(row.site_longitude) === null)) {
    const missing = blank(row.site_latitude) === null ? 'site_latitude' : 'site_longitude';
    check.add(missing, 'give both coordinates, or neither');
  }
  const both = latitude !== null && longitude !== null;
  return {
    id,
    externalId: blank(row.site_external_id),
    organisationId,
    nameFr: blank(row.site_name_fr),
    nameNl: blank(row.site_name_nl),
    streetFr: blank(row.site_street_fr),
    streetNl: blank(row.site_street_nl),
    number: blank(row.site_number),
    postcode: blank(row.site_postcode),
    communeNis: communeOfRow(row, check),
    latitude: both ? latitude : null,
    longitude: both ? longitude : null,
    phones: phonesOf(listOf(row.site_phones), same('site_phones'), check),
    contacts: contactsOfCell(row.site_contacts, 'site_contacts', check),
    openingHours: checkedHours(row, check),
    synthetic: booleanOf(row.site_synthetic, 'site_synthetic', check),
    source: blank(row.site_source) ?? source,
  };
}

/** Hours checked by openingHoursProblems; each problem names the column it comes from. */
function checkedHours(row: CsvRow, check: RecordProblems) {
  const hours = hoursOf(row, check);
  for (const problem of hours ? openingHoursProblems(hours, 'site_hours') : []) {
    const exception = problem.field?.startsWith('site_hours.exceptions');
    check.add(exception ? 'site_hours_exceptions' : 'site_hours', problem.message);
  }
  return hours;
}

function statusOf(cell: string, check: RecordProblems): ServiceStatus {
  const value = cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (value === '') {
    return 'ACTIVE';
  }
  const status = SERVICE_STATUSES.find((candidate) => candidate === value);
  if (!status) {
    check.add('svc_status', `'${cell}' is not a status: expected ${SERVICE_STATUSES.join(', ')}`);
  }
  return status ?? 'ACTIVE';
}

export function serviceOfRow(
  row: CsvRow,
  id: string,
  organisationId: string,
  source: string,
  check: RecordProblems,
): ServiceRecord {
  const names = { nameFr: blank(row.svc_name_fr), nameNl: blank(row.svc_name_nl) };
  requireName(names, 'svc_name_fr', check);
  const typeCodes = typeCodesOf(listOf(row.svc_types), same('svc_types'), check);
  const access = noAccess();
  for (const code of listOf(row.svc_access)) {
    const term = ACCESS_TERMS.find((candidate) => candidate.code === code);
    if (term) {
      access[term.key] = true;
    } else {
      const codes = ACCESS_TERMS.map((candidate) => candidate.code).join(', ');
      check.add('svc_access', `'${code}' is not an access condition: expected ${codes}`);
    }
  }
  return {
    id,
    externalId: blank(row.svc_external_id),
    organisationId,
    typeCodes: typeCodes.length > 0 ? typeCodes : ['other'],
    ...names,
    descriptionFr: blank(row.svc_description_fr),
    descriptionNl: blank(row.svc_description_nl),
    eligibilityFr: blank(row.svc_eligibility_fr),
    eligibilityNl: blank(row.svc_eligibility_nl),
    howToApplyFr: blank(row.svc_how_to_apply_fr),
    howToApplyNl: blank(row.svc_how_to_apply_nl),
    costFr: blank(row.svc_cost_fr),
    costNl: blank(row.svc_cost_nl),
    publicCodes: publicCodesOf(listOf(row.svc_publics), same('svc_publics'), check),
    languages: languagesOf(listOf(row.svc_languages), same('svc_languages'), check),
    access,
    status: statusOf(row.svc_status, check),
    siteIds: [],
    serviceAreaIds: territoryIdsOf(listOf(row.svc_areas), same('svc_areas'), check),
    synthetic: booleanOf(row.svc_synthetic, 'svc_synthetic', check),
    source: blank(row.svc_source) ?? source,
  };
}
