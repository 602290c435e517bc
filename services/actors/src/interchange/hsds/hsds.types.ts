/**
 * The subset of Open Referral HSDS 3.0 we write and read, in one shape: a flat export document with
 * three arrays (organizations, locations, services) that refer to each other by HSDS id, every
 * child object (phones, addresses, schedules, languages, service areas, service_at_locations,
 * attributes) nested in its parent. Optional fields without a value are omitted, never null.
 *
 * Our Brussels profile (HSDS_PROFILE_URI) adds one extension object `x_bxl` to organizations,
 * locations, addresses, services and taxonomy terms: bilingual texts, our readable ids, and what
 * HSDS has no field for. See docs/import-export.md.
 */

export const HSDS_VERSION = '3.0';
/** The URI of our profile (a URN: it names the profile, it is not meant to be fetched). */
export const HSDS_PROFILE_URI = 'urn:bxl-social-health:hsds-profile:brussels:1.0.0';
/** `identifier_scheme` of Belgian enterprise numbers (org-id.guide list code). */
export const KBO_SCHEME = 'BE-BCE_KBO';
/** Service area `uri` = this prefix + our territory id ('commune:21004'). */
export const TERRITORY_URI_PREFIX = 'urn:bxl-social-health:territory:';
/** `taxonomy` of the terms we write as attributes of a service. */
export const HSDS_TAXONOMIES = {
  serviceType: 'bxl-service-type',
  targetPublic: 'bxl-target-public',
  access: 'bxl-access',
} as const;

export type HsdsServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
export type HsdsWeekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface HsdsPhone {
  id: string;
  organization_id?: string;
  location_id?: string;
  /** E.164, e.g. '+3225294120'. */
  number: string;
}

/** A named contact of a location (HSDS contact): a name or a title, at most one phone. */
export interface HsdsContact {
  id: string;
  location_id: string;
  name?: string;
  title?: string;
  email?: string;
  phones: Array<{ id: string; contact_id: string; number: string }>;
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_scheme: typeof KBO_SCHEME;
  identifier_type: string;
  /** 10 digits, no dots. */
  identifier: string;
}

export interface BxlAgrement {
  authority: string;
  kind: string;
  number?: string;
  valid_from?: string;
  valid_to?: string;
  /** What the source says about it, as written. */
  note?: string;
}

/** The profile fields every record object carries. */
export interface BxlRecordExtension {
  /** Our readable id ('org:…', 'site:…', 'svc:…'). */
  id: string;
  /** The id in the system the record was first imported from; absent = none. */
  external_id?: string;
  name_fr?: string;
  name_nl?: string;
  synthetic: boolean;
  source: string;
}

export interface BxlTextExtension extends BxlRecordExtension {
  description_fr?: string;
  description_nl?: string;
}

export interface HsdsOrganization {
  id: string;
  /** French name, else Dutch. */
  name: string;
  /** French alternate name, else Dutch. */
  alternate_name?: string;
  /** French description, else Dutch, else '' (required by HSDS). */
  description: string;
  email?: string;
  website?: string;
  legal_status?: string;
  /** The HSDS id of the parent organization (it may be outside the document: see x_bxl.parent_id). */
  parent_organization_id?: string;
  phones: HsdsPhone[];
  organization_identifiers: HsdsOrganizationIdentifier[];
  x_bxl: BxlTextExtension & {
    alternate_name_fr?: string;
    alternate_name_nl?: string;
    /** Our id of the parent organisation ('org:…'). */
    parent_id?: string;
    agrements: BxlAgrement[];
  };
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_type: 'physical';
  /** Street and number (French street, else Dutch); '' when unknown. */
  address_1: string;
  /** The commune's French name. */
  city: string;
  /** ISO 3166-2 code of the Brussels-Capital Region. */
  state_province: 'BE-BRU';
  /** '' when unknown. */
  postal_code: string;
  country: 'BE';
  x_bxl: {
    street_fr?: string;
    street_nl?: string;
    number?: string;
    /** NIS code of the commune: authoritative over city and postal_code. */
    commune_nis: string;
  };
}

/** One weekly opening period (RRULE FREQ=WEEKLY;BYDAY=…), in Europe/Brussels local time. */
export interface HsdsSchedule {
  id: string;
  location_id: string;
  freq: 'WEEKLY';
  byday: HsdsWeekday;
  /** 'HH:MM', Brussels local time (no UTC offset: it changes with daylight saving time). */
  opens_at: string;
  closes_at: string;
}

/** Our OpeningHours, with snake_case keys: the full hours, which HSDS schedules cannot hold. */
export interface BxlOpeningHours {
  weekly: Array<{ day: string; opens: string; closes: string }>;
  exceptions: Array<{
    date: string;
    closed: boolean;
    periods: Array<{ opens: string; closes: string }>;
    note?: string;
  }>;
  closed_on_public_holidays: boolean;
  note?: string;
}

export interface HsdsLocation {
  id: string;
  organization_id: string;
  location_type: 'physical';
  name?: string;
  latitude?: number;
  longitude?: number;
  addresses: HsdsAddress[];
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  x_bxl: BxlRecordExtension & { opening_hours?: BxlOpeningHours };
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  /** English name of the language. */
  name?: string;
  /** ISO 639-1. */
  code: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  /** Our territory id, e.g. 'commune:21004'. */
  name: string;
  /** TERRITORY_URI_PREFIX + territory id. */
  uri: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  /** French label. */
  name: string;
  description: string;
  /** One of HSDS_TAXONOMIES. */
  taxonomy: string;
  /** The id of that taxonomy (see HSDS_TAXONOMY_OBJECTS). */
  taxonomy_id: string;
  x_bxl: { name_fr: string; name_nl: string };
}

/** An HSDS taxonomy: one of ours (service types, target publics, access conditions). */
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  /** What the term says of the service: 'service_type', 'audience' or 'access'. */
  link_type: string;
  link_entity: 'service';
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

/** One cost option per language of our cost text: French first, then Dutch. */
export interface HsdsCostOption {
  id: string;
  service_id: string;
  /** The cost text, as written. */
  option: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  /** French name, else Dutch, else ''. */
  name: string;
  description?: string;
  /** French eligibility, else Dutch. */
  eligibility_description?: string;
  /** French "how to apply", else Dutch. */
  application_process?: string;
  /** When the record last changed (the feed; exports leave it out). */
  last_modified?: string;
  status: HsdsServiceStatus;
  cost_options: HsdsCostOption[];
  languages: HsdsLanguage[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  /** Service types, target publics and access conditions, as taxonomy terms. */
  attributes: HsdsAttribute[];
  x_bxl: BxlTextExtension & {
    eligibility_fr?: string;
    eligibility_nl?: string;
    how_to_apply_fr?: string;
    how_to_apply_nl?: string;
    cost_fr?: string;
    cost_nl?: string;
    territory_ids: string[];
  };
}

/** The export document: everything, each array in order of our ids. */
export interface HsdsDocument {
  hsds_version: typeof HSDS_VERSION;
  profile: typeof HSDS_PROFILE_URI;
  /** ISO 8601 instant. */
  generated_at: string;
  organizations: HsdsOrganization[];
  locations: HsdsLocation[];
  services: HsdsService[];
}

/** One line of the NDJSON export. */
export type HsdsNdjsonRecord =
  | ({ type: 'organization' } & HsdsOrganization)
  | ({ type: 'location' } & HsdsLocation)
  | ({ type: 'service' } & HsdsService);
