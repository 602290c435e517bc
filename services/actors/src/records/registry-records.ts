import type { AgrementAuthorityCode } from '@bxl/common';

import type { OpeningHours } from './opening-hours';

/**
 * The registry's records as plain data: what the seed (real and synthetic) and the imports produce,
 * what the exports write and the record writer stores. Ids are stable and readable (`org:…`, `svc:…`,
 * `site:…`), so a re-seed or a re-import upserts the same rows.
 */

/**
 * Whether a service operates (HSDS service.status, with temporary closure). A const object, so
 * GraphQL registers it as the enum (actor.enums.ts) and the entity stores it.
 */
export const ServiceStatus = {
  ACTIVE: 'ACTIVE',
  INACTIVE: 'INACTIVE',
  DEFUNCT: 'DEFUNCT',
  TEMPORARILY_CLOSED: 'TEMPORARILY_CLOSED',
} as const;
export type ServiceStatus = (typeof ServiceStatus)[keyof typeof ServiceStatus];

export const SERVICE_STATUSES: readonly ServiceStatus[] = Object.values(ServiceStatus);

/** An agrément (official recognition) of an organisation. */
export interface AgrementRecord {
  authority: AgrementAuthorityCode;
  /** What is recognised, e.g. "service de santé mentale". */
  kind: string;
  number: string | null;
  /** YYYY-MM-DD */
  validFrom: string | null;
  validTo: string | null;
  /** What the source says about it, as written (e.g. "COCOF (CASG brochure)"); missing = null. */
  note?: string | null;
}

/** A named contact (HSDS contact) of a site, or of a service at a site. */
export interface ContactRecord {
  name: string | null;
  /** Role or title, e.g. "accueil"; a contact has a name or a title. */
  title: string | null;
  /** E.164 (+32…). */
  phone: string | null;
  email: string | null;
}

export interface OrganisationRecord {
  id: string;
  /** The id in the system it was imported from (upsert key of imports), if any. */
  externalId?: string | null;
  agrements?: AgrementRecord[];
  nameFr: string | null;
  nameNl: string | null;
  descriptionFr: string | null;
  descriptionNl: string | null;
  /** Other or commonly used names (HSDS organization.alternate_name); missing = null. */
  alternateNameFr?: string | null;
  alternateNameNl?: string | null;
  /** The organisation it belongs to (HSDS parent_organization_id), by our id; missing = null. */
  parentOrganisationId?: string | null;
  legalStatus: string | null;
  /** KBO/BCE number, 10 digits, no dots (e.g. "0212345678"), or null. */
  enterpriseNumber: string | null;
  website: string | null;
  email: string | null;
  /** E.164 (+32…). */
  phones: string[];
  synthetic: boolean;
  /** Where the record was read from (URL and note), or "synthetic". */
  source: string;
}

export interface SiteRecord {
  id: string;
  externalId?: string | null;
  organisationId: string;
  nameFr: string | null;
  nameNl: string | null;
  streetFr: string | null;
  streetNl: string | null;
  number: string | null;
  postcode: string | null;
  /** NIS code of the commune (e.g. "21004"). */
  communeNis: string;
  /** WGS84; null when the source gave no position (then the site is placed by its commune only). */
  latitude: number | null;
  longitude: number | null;
  phones: string[];
  /** Named contacts (HSDS contact); missing = none. */
  contacts?: ContactRecord[];
  /** Weekly hours where a source gives them; missing or null = unknown. */
  openingHours?: OpeningHours | null;
  synthetic: boolean;
  source: string;
}

export interface AccessConditions {
  lowThreshold: boolean;
  withoutAppointment: boolean;
  free: boolean;
  acceptsUninsured: boolean;
  acceptsAmu: boolean;
  anonymous: boolean;
}

/** No access condition claimed (what a source that says nothing about them gives). */
export const noAccess = (): AccessConditions => ({
  lowThreshold: false,
  withoutAppointment: false,
  free: false,
  acceptsUninsured: false,
  acceptsAmu: false,
  anonymous: false,
});

export interface ServiceRecord {
  id: string;
  externalId?: string | null;
  organisationId: string;
  /** Codes of SERVICE_TYPES (taxonomy.data.ts). */
  typeCodes: string[];
  nameFr: string | null;
  nameNl: string | null;
  descriptionFr: string | null;
  descriptionNl: string | null;
  /** Who may use it (HSDS eligibility_description); missing = null. */
  eligibilityFr?: string | null;
  eligibilityNl?: string | null;
  /** How to apply or get in (HSDS application_process); missing = null. */
  howToApplyFr?: string | null;
  howToApplyNl?: string | null;
  /** What it costs, free text (HSDS cost_options[].option); missing = null. */
  costFr?: string | null;
  costNl?: string | null;
  /** Codes of TARGET_PUBLICS. */
  publicCodes: string[];
  /** ISO 639-1 codes. */
  languages: string[];
  access: AccessConditions;
  status: ServiceStatus;
  /** The sites where it is delivered. */
  siteIds: string[];
  /** Territory ids it declares to serve (e.g. "commune:21012", "bassin:nord"); empty = its sites only. */
  serviceAreaIds: string[];
  synthetic: boolean;
  source: string;
}

/** Every record of the registry, or of one import, seed or export. */
export interface RegistryRecords {
  organisations: OrganisationRecord[];
  sites: SiteRecord[];
  services: ServiceRecord[];
}
