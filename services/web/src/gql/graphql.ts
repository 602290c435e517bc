/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An access condition a service meets. */
export type AccessCondition =
  /** Accepts AMU / a Fedasil réquisitoire. */
  | 'ACCEPTS_AMU'
  /** Accepts people without health insurance. */
  | 'ACCEPTS_UNINSURED'
  /** Anonymous. */
  | 'ANONYMOUS'
  /** Free of charge. */
  | 'FREE'
  /** Low-threshold. */
  | 'LOW_THRESHOLD'
  /** Without appointment. */
  | 'WITHOUT_APPOINTMENT';

/** Access conditions a service must all meet (true = required). */
export type AccessFilter = {
  /** Accepts AMU / a Fedasil réquisitoire. */
  acceptsAmu?: boolean | null | undefined;
  /** Accepts people without health insurance. */
  acceptsUninsured?: boolean | null | undefined;
  /** Anonymous. */
  anonymous?: boolean | null | undefined;
  /** Free of charge. */
  free?: boolean | null | undefined;
  /** Low-threshold. */
  lowThreshold?: boolean | null | undefined;
  /** Without appointment. */
  withoutAppointment?: boolean | null | undefined;
};

/** Who grants an agrément (official recognition and funding) in Brussels. */
export type AgrementAuthority =
  /** Commission communautaire française. */
  | 'COCOF'
  /** Commission communautaire commune / Gemeenschappelijke Gemeenschapscommissie. */
  | 'COCOM'
  /** Established by the organic law of 8 July 1976 on the CPAS/OCMW. */
  | 'CPAS_LAW'
  /** The federal state (e.g. INAMI/RIZIV). */
  | 'FEDERAL'
  /** The Flemish Community. */
  | 'FLEMISH_COMMUNITY'
  /** Another authority. */
  | 'OTHER'
  /** Vlaamse Gemeenschapscommissie. */
  | 'VGC';

/** An agrément of an organisation. */
export type AgrementInput = {
  /** Who grants it. */
  authority: AgrementAuthority;
  /** What is recognised. */
  kind: string;
  /** What the source says about the agrément, as written. */
  note?: string | null | undefined;
  /** The agrément number. */
  number?: string | null | undefined;
  /** Valid from (YYYY-MM-DD). */
  validFrom?: string | null | undefined;
  /** Valid until (YYYY-MM-DD). */
  validTo?: string | null | undefined;
};

/** A named contact: a name or a title, and how to reach them. */
export type ContactInput = {
  /** Email address. */
  email?: string | null | undefined;
  /** Name of the person. */
  name?: string | null | undefined;
  /** A Belgian phone number, any usual form. */
  phone?: string | null | undefined;
  /** Their role or title. */
  title?: string | null | undefined;
};

/** A new service of an organisation. */
export type CreateServiceInput = {
  /** Accepts AMU / a Fedasil réquisitoire. */
  acceptsAmu?: boolean | null | undefined;
  /** Accepts people without health insurance. */
  acceptsUninsured?: boolean | null | undefined;
  /** Anonymous. */
  anonymous?: boolean | null | undefined;
  /** What it costs, free text in French. */
  costFr?: string | null | undefined;
  /** What it costs, free text in Dutch. */
  costNl?: string | null | undefined;
  /** Description in French. */
  descriptionFr?: string | null | undefined;
  /** Description in Dutch. */
  descriptionNl?: string | null | undefined;
  /** Who may use it, in French. */
  eligibilityFr?: string | null | undefined;
  /** Who may use it, in Dutch. */
  eligibilityNl?: string | null | undefined;
  /** Free of charge. */
  free?: boolean | null | undefined;
  /** How to apply or get in, in French. */
  howToApplyFr?: string | null | undefined;
  /** How to apply or get in, in Dutch. */
  howToApplyNl?: string | null | undefined;
  /** Languages spoken, ISO 639-1. */
  languages?: Array<string> | null | undefined;
  /** Low-threshold. */
  lowThreshold?: boolean | null | undefined;
  /** Maximum age (0–120). */
  maximumAge?: number | null | undefined;
  /** Minimum age (0–120). */
  minimumAge?: number | null | undefined;
  /** Name in French (a French or a Dutch name is required). */
  nameFr?: string | null | undefined;
  /** Name in Dutch. */
  nameNl?: string | null | undefined;
  /** The organisation offering it. */
  organisationId: string | number;
  /** Target public codes (known). */
  publicCodes?: Array<string> | null | undefined;
  /** Territory ids it declares to serve (existing). */
  serviceAreaIds?: Array<string | number> | null | undefined;
  /** Sites (of the same organisation) where it is delivered. */
  siteIds?: Array<string | number> | null | undefined;
  /** Status. */
  status?: ServiceStatus | null | undefined;
  /** Service type codes (at least one, known). */
  typeCodes?: Array<string> | null | undefined;
  /** Without appointment. */
  withoutAppointment?: boolean | null | undefined;
};

/** A new site of an organisation. */
export type CreateSiteInput = {
  /** Accessibility, free text. */
  accessibility?: string | null | undefined;
  /** NIS code of the commune; required without a point, checked against the point with one. */
  communeNis?: string | null | undefined;
  /** Named contacts (the whole list). */
  contacts?: Array<ContactInput> | null | undefined;
  /** Latitude (WGS84), inside the Region. */
  latitude?: number | null | undefined;
  /** Longitude (WGS84), inside the Region. */
  longitude?: number | null | undefined;
  /** Name in French. */
  nameFr?: string | null | undefined;
  /** Name in Dutch. */
  nameNl?: string | null | undefined;
  /** House number. */
  number?: string | null | undefined;
  /** Opening hours (Europe/Brussels). */
  openingHours?: OpeningHoursInput | null | undefined;
  /** The organisation. */
  organisationId: string | number;
  /** Belgian phone numbers. */
  phones?: Array<string> | null | undefined;
  /** Postcode (4 digits, 1000–1210 in the Region). */
  postcode?: string | null | undefined;
  /** Street in French. */
  streetFr?: string | null | undefined;
  /** Street in Dutch. */
  streetNl?: string | null | undefined;
};

/** Formats the registry exports (docs/import-export.md). */
export type ExportFormat =
  | 'CSV'
  | 'HSDS_JSON'
  | 'HSDS_NDJSON';

/** The Region’s two languages. When a field is not asked in one, the Accept-Language header decides (French by default). */
export type Language =
  | 'FR'
  | 'NL';

/** A layer of the Brussels territorial model, largest first. */
export type Layer =
  /** The 5 bassins d'aide et de soins (PSSI care basins, 200–300k inhabitants). */
  | 'BASSIN'
  /** The 19 communes (NIS code). */
  | 'COMMUNE'
  /** Groupements de quartiers / quartiers social-santé (10–30k inhabitants), ranked by need. */
  | 'GROUPEMENT'
  /** The 145 quartiers of the Monitoring des Quartiers (mdzone). */
  | 'QUARTIER'
  /** The Brussels-Capital Region. */
  | 'REGION'
  /** The 724 Statbel statistical sectors (2022 version). */
  | 'SECTOR';

/** Where a CLSS stands. */
export type LocalSocialHealthContractStatus =
  /** One of the CLSS already running when the PSSI was adopted. */
  | 'EXISTING'
  /** Named as a CLSS quartier by a source, with no more known (new or existing, host…). */
  | 'NAMED_DETAILS_UNKNOWN'
  /** One of the CLSS the PSSI creates, running. */
  | 'NEW'
  /** Decided, not running yet. */
  | 'PLANNED';

/** A WGS84 point, and optionally a radius around it. */
export type NearInput = {
  /** Latitude (−90 to 90). */
  latitude: number;
  /** Longitude (−180 to 180). */
  longitude: number;
  /** Only hits within this many metres (1 to 50,000). */
  radiusMeters?: number | null | undefined;
};

/** A date whose hours replace the weekly ones (holiday closure, special hours): closed, or open for its own periods. */
export type OpeningExceptionInput = {
  /** Whether the place is closed all that day. */
  closed: boolean;
  /** The date, YYYY-MM-DD, in Europe/Brussels. */
  date: string;
  /** Why, for people (e.g. staff training). */
  note?: string | null | undefined;
  /** The periods open that day; must be empty when closed, not empty otherwise. */
  periods?: Array<TimeRangeInput>;
};

/** When a place is open: weekly periods, dated exceptions that replace them, and Belgian public holidays, all in Europe/Brussels local time. */
export type OpeningHoursInput = {
  /** Whether the place is closed on Belgian public holidays, unless an exception says otherwise. */
  closedOnPublicHolidays: boolean;
  /** Dates whose hours replace the weekly ones, each date at most once. */
  exceptions?: Array<OpeningExceptionInput>;
  /** Anything else about the hours, for people. */
  note?: string | null | undefined;
  /** The weekly periods; a day without any is closed. Periods may not overlap. */
  weekly: Array<WeeklyPeriodInput>;
};

/** An organisation’s content. On update, a field left out stays as it is; null clears it. */
export type OrganisationInput = {
  /** Its agréments (the whole list). */
  agrements?: Array<AgrementInput> | null | undefined;
  /** Other or commonly used name in French (an acronym, a former name…). */
  alternateNameFr?: string | null | undefined;
  /** Other or commonly used name in Dutch. */
  alternateNameNl?: string | null | undefined;
  /** Description in French. */
  descriptionFr?: string | null | undefined;
  /** Description in Dutch. */
  descriptionNl?: string | null | undefined;
  /** E-mail. */
  email?: string | null | undefined;
  /** KBO/BCE number, any usual form (checksum checked). */
  enterpriseNumber?: string | null | undefined;
  /** Legal status. */
  legalStatus?: string | null | undefined;
  /** Official name in French (a French or a Dutch name is required). */
  nameFr?: string | null | undefined;
  /** Official name in Dutch. */
  nameNl?: string | null | undefined;
  /** The organisation it belongs to: an existing organisation, neither itself nor one of its own descendants; null: none. */
  parentOrganisationId?: string | number | null | undefined;
  /** Belgian phone numbers, any usual form. */
  phones?: Array<string> | null | undefined;
  /** Website, http(s) URL. */
  website?: string | null | undefined;
};

/** How precisely a site is placed. */
export type PositionPrecision =
  /** Only the commune is known (no geocoded point): finer territories, and the bassin of a split commune, are possible ones. */
  | 'COMMUNE'
  /** A point (geocoded address): every territory layer is known. */
  | 'POINT'
  /** Only the part of a split commune its postcode names (e.g. 1020 Laeken, 1120 Neder-Over-Heembeek, 1130 Haren in the City of Brussels): its bassin is known, finer territories are possible ones. */
  | 'SUB_MUNICIPALITY';

/** Search filters: every one given must hold; within a list, any value. */
export type SearchFilters = {
  /** Access conditions (all required). */
  access?: Array<AccessCondition> | null | undefined;
  /** Agrément authorities of the organisation (any of): COCOF, COCOM, VGC, FLEMISH_COMMUNITY, FEDERAL, CPAS_LAW, OTHER. */
  authorities?: Array<string> | null | undefined;
  /** Bassin ids (any of), where the site is. */
  bassins?: Array<string | number> | null | undefined;
  /** Commune ids (any of), where the site is. */
  communes?: Array<string | number> | null | undefined;
  /** Groupement ids (any of), where the site is. */
  groupements?: Array<string | number> | null | undefined;
  /** Editors only: include archived services. */
  includeArchived?: boolean | null | undefined;
  /** Languages spoken, ISO 639-1 (any of). */
  languages?: Array<string> | null | undefined;
  /** With `territory`: what "in" means (default BOTH). */
  mode?: SearchTerritoryMode | null | undefined;
  /** Need codes (any of; see `needs`): services whose types or publics meet one of them, partly included. */
  needs?: Array<string> | null | undefined;
  /** Open at this instant (Europe/Brussels weekly hours at the site; dated exceptions and public holidays are not taken into account by search). */
  openAt?: string | null | undefined;
  /** Open now (same rule as `openAt`). */
  openNow?: boolean | null | undefined;
  /** Only this organisation’s services. */
  organisation?: string | number | null | undefined;
  /** Target public codes (any of). */
  publics?: Array<string> | null | undefined;
  /** Statuses (default ACTIVE and TEMPORARILY_CLOSED). */
  statuses?: Array<SearchServiceStatus> | null | undefined;
  /** false: real records only; true: synthetic (example) records only; absent: both (real first at equal relevance). */
  synthetic?: boolean | null | undefined;
  /** A territory of any layer (`groupement:…`, `bassin:nord`…). */
  territory?: string | number | null | undefined;
  /** Service type codes (any of). */
  types?: Array<string> | null | undefined;
};

/** A service status to search among (default ACTIVE and TEMPORARILY_CLOSED). */
export type SearchServiceStatus =
  | 'ACTIVE'
  | 'DEFUNCT'
  | 'INACTIVE'
  | 'TEMPORARILY_CLOSED';

/** How hits are ordered. */
export type SearchSort =
  /** Nearest first (needs `near`). */
  | 'DISTANCE'
  /** By name in the language of the answer. */
  | 'NAME'
  /** Best match first (nearest first when there are no words and a point). */
  | 'RELEVANCE';

/** What "in a territory" means for a search. */
export type SearchTerritoryMode =
  /** Either. */
  | 'BOTH'
  /** Delivered at a site in the territory. */
  | 'LOCATED_IN'
  /** Declares a service area covering (part of) it (sectors excepted). */
  | 'SERVES';

/** Which services to list. Every criterion given must hold. */
export type ServiceFilter = {
  /** Access conditions (all required). */
  access?: AccessFilter | null | undefined;
  /** Only services changed since this instant (the editors’ list of recent changes). */
  changedSince?: string | null | undefined;
  /** Editors only: include archived services. */
  includeArchived?: boolean | null | undefined;
  /** Languages spoken, ISO 639-1 (any of). */
  languages?: Array<string> | null | undefined;
  /** With `territory`: located in it, serving it, or both (default BOTH). Located in includes a site placed only by its commune or sub-municipality that may lie in the territory (flagged by `probableIn` on each service). */
  mode?: TerritoryMode | null | undefined;
  /** Need codes (any of; see `needs`): services whose types or publics meet one of them, partly included. */
  needs?: Array<string> | null | undefined;
  /** Open at this instant (Europe/Brussels opening hours) at one of its sites at least. */
  openAt?: string | null | undefined;
  /** Only this organisation’s services. */
  organisation?: string | number | null | undefined;
  /** Only services with one of these problems (the editors’ work list of records to complete). */
  problems?: Array<ServiceProblem> | null | undefined;
  /** Target public codes (any of). */
  publics?: Array<string> | null | undefined;
  /** Statuses (default ACTIVE and TEMPORARILY_CLOSED). */
  statuses?: Array<ServiceStatus> | null | undefined;
  /** true: only generated demonstration records; false: only real ones; omitted: both (real first). */
  synthetic?: boolean | null | undefined;
  /** A territory of any layer (`groupement:…`, `bassin:nord`…). */
  territory?: string | number | null | undefined;
  /** Service type codes (any of). */
  types?: Array<string> | null | undefined;
  /** Only services never verified or last verified before this instant (the editors’ work list of records to check). */
  unverifiedSince?: string | null | undefined;
};

/** What a service record lacks (editors’ work list). */
export type ServiceProblem =
  /** A site placed by its commune or sub-municipality only, not by a point. */
  | 'COARSE_PLACEMENT'
  /** No opening hours at any of its sites (its own nor the site’s). */
  | 'NO_HOURS'
  /** No phone at any of its sites, nor at its organisation. */
  | 'NO_PHONE'
  /** Delivered at no (current) site. */
  | 'NO_SITE';

/** Whether a service operates (HSDS service.status, with temporary closure). */
export type ServiceStatus =
  | 'ACTIVE'
  | 'DEFUNCT'
  | 'INACTIVE'
  | 'TEMPORARILY_CLOSED';

/** What a suggestion names. */
export type SuggestionKind =
  | 'ORGANISATION'
  | 'PLACE'
  | 'SERVICE'
  | 'TYPE';

/** What "operates in a territory" means. */
export type TerritoryMode =
  /** Either. */
  | 'BOTH'
  /** Delivered at a site that lies in the territory, or that may lie in it when the site is placed only by its commune or sub-municipality (flagged). */
  | 'LOCATED_IN'
  /** Declares a service area covering (part of) the territory. */
  | 'SERVES';

/** A period within a day, in Europe/Brussels local time. */
export type TimeRangeInput = {
  /** Closing time, HH:MM (up to 24:00), Europe/Brussels local time; earlier than `opens` means the period runs past midnight into the next day. */
  closes: string;
  /** Opening time, HH:MM (00:00–23:59), Europe/Brussels local time. */
  opens: string;
};

/** Changes to an organisation, at the version they were made against. */
export type UpdateOrganisationInput = {
  /** Its agréments (the whole list). */
  agrements?: Array<AgrementInput> | null | undefined;
  /** Other or commonly used name in French (an acronym, a former name…). */
  alternateNameFr?: string | null | undefined;
  /** Other or commonly used name in Dutch. */
  alternateNameNl?: string | null | undefined;
  /** Description in French. */
  descriptionFr?: string | null | undefined;
  /** Description in Dutch. */
  descriptionNl?: string | null | undefined;
  /** E-mail. */
  email?: string | null | undefined;
  /** KBO/BCE number, any usual form (checksum checked). */
  enterpriseNumber?: string | null | undefined;
  /** The organisation. */
  id: string | number;
  /** Legal status. */
  legalStatus?: string | null | undefined;
  /** Official name in French (a French or a Dutch name is required). */
  nameFr?: string | null | undefined;
  /** Official name in Dutch. */
  nameNl?: string | null | undefined;
  /** The organisation it belongs to: an existing organisation, neither itself nor one of its own descendants; null: none. */
  parentOrganisationId?: string | number | null | undefined;
  /** Belgian phone numbers, any usual form. */
  phones?: Array<string> | null | undefined;
  /** The version read; a newer one in the registry means CONFLICT. */
  version: number;
  /** Website, http(s) URL. */
  website?: string | null | undefined;
};

/** Changes to a service, at the version they were made against. */
export type UpdateServiceInput = {
  /** Accepts AMU / a Fedasil réquisitoire. */
  acceptsAmu?: boolean | null | undefined;
  /** Accepts people without health insurance. */
  acceptsUninsured?: boolean | null | undefined;
  /** Anonymous. */
  anonymous?: boolean | null | undefined;
  /** What it costs, free text in French. */
  costFr?: string | null | undefined;
  /** What it costs, free text in Dutch. */
  costNl?: string | null | undefined;
  /** Description in French. */
  descriptionFr?: string | null | undefined;
  /** Description in Dutch. */
  descriptionNl?: string | null | undefined;
  /** Who may use it, in French. */
  eligibilityFr?: string | null | undefined;
  /** Who may use it, in Dutch. */
  eligibilityNl?: string | null | undefined;
  /** Free of charge. */
  free?: boolean | null | undefined;
  /** How to apply or get in, in French. */
  howToApplyFr?: string | null | undefined;
  /** How to apply or get in, in Dutch. */
  howToApplyNl?: string | null | undefined;
  /** The service. */
  id: string | number;
  /** Languages spoken, ISO 639-1. */
  languages?: Array<string> | null | undefined;
  /** Low-threshold. */
  lowThreshold?: boolean | null | undefined;
  /** Maximum age (0–120). */
  maximumAge?: number | null | undefined;
  /** Minimum age (0–120). */
  minimumAge?: number | null | undefined;
  /** Name in French (a French or a Dutch name is required). */
  nameFr?: string | null | undefined;
  /** Name in Dutch. */
  nameNl?: string | null | undefined;
  /** Target public codes (known). */
  publicCodes?: Array<string> | null | undefined;
  /** Territory ids it declares to serve (existing). */
  serviceAreaIds?: Array<string | number> | null | undefined;
  /** Sites (of the same organisation) where it is delivered. */
  siteIds?: Array<string | number> | null | undefined;
  /** Status. */
  status?: ServiceStatus | null | undefined;
  /** Service type codes (at least one, known). */
  typeCodes?: Array<string> | null | undefined;
  /** The version read; a newer one means CONFLICT. */
  version: number;
  /** Without appointment. */
  withoutAppointment?: boolean | null | undefined;
};

/** Changes to a site, at the version they were made against. */
export type UpdateSiteInput = {
  /** Accessibility, free text. */
  accessibility?: string | null | undefined;
  /** NIS code of the commune; required without a point, checked against the point with one. */
  communeNis?: string | null | undefined;
  /** Named contacts (the whole list). */
  contacts?: Array<ContactInput> | null | undefined;
  /** The site. */
  id: string | number;
  /** Latitude (WGS84), inside the Region. */
  latitude?: number | null | undefined;
  /** Longitude (WGS84), inside the Region. */
  longitude?: number | null | undefined;
  /** Name in French. */
  nameFr?: string | null | undefined;
  /** Name in Dutch. */
  nameNl?: string | null | undefined;
  /** House number. */
  number?: string | null | undefined;
  /** Opening hours (Europe/Brussels). */
  openingHours?: OpeningHoursInput | null | undefined;
  /** Belgian phone numbers. */
  phones?: Array<string> | null | undefined;
  /** Postcode (4 digits, 1000–1210 in the Region). */
  postcode?: string | null | undefined;
  /** Street in French. */
  streetFr?: string | null | undefined;
  /** Street in Dutch. */
  streetNl?: string | null | undefined;
  /** The version read; a newer one means CONFLICT. */
  version: number;
};

/** A day of the week, Monday to Sunday, in Europe/Brussels local time. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** A period repeated every week on one day, in Europe/Brussels local time. */
export type WeeklyPeriodInput = {
  /** Closing time, HH:MM (up to 24:00), Europe/Brussels local time; earlier than `opens` means the period runs past midnight into the next day. */
  closes: string;
  /** The day the period starts on. */
  day: Weekday;
  /** Opening time, HH:MM (00:00–23:59), Europe/Brussels local time. */
  opens: string;
};

export type EditWorkListQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type EditWorkListQuery = { services: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nameFr: string | null, nameNl: string | null, synthetic: boolean, verifiedAt: string | null, organisation: { id: string, nameFr: string | null, nameNl: string | null }, types: Array<{ code: string, labelFr: string, labelNl: string }> } }> } };

export type EditServiceFieldsFragment = { id: string, version: number, nameFr: string | null, nameNl: string | null, descriptionFr: string | null, descriptionNl: string | null, eligibilityFr: string | null, eligibilityNl: string | null, howToApplyFr: string | null, howToApplyNl: string | null, costFr: string | null, costNl: string | null, languages: Array<string>, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, serviceAreaIds: Array<string> };

export type EditOrganisationFieldsFragment = { id: string, version: number, nameFr: string | null, nameNl: string | null, alternateNameFr: string | null, alternateNameNl: string | null, descriptionFr: string | null, descriptionNl: string | null, legalStatus: string | null, enterpriseNumber: string | null, website: string | null, email: string | null, phones: Array<string>, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, agrements: Array<{ authority: AgrementAuthority, kind: string, number: string | null, validFrom: string | null, validTo: string | null, note: string | null }> };

export type EditSiteFieldsFragment = { id: string, version: number, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null, number: string | null, postcode: string | null, phones: Array<string>, accessibility: string | null, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null };

export type EditServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type EditServiceQuery = { record: { id: string, version: number, nameFr: string | null, nameNl: string | null, descriptionFr: string | null, descriptionNl: string | null, eligibilityFr: string | null, eligibilityNl: string | null, howToApplyFr: string | null, howToApplyNl: string | null, costFr: string | null, costNl: string | null, languages: Array<string>, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, serviceAreaIds: Array<string>, organisation: { id: string, nameFr: string | null, nameNl: string | null }, sites: Array<{ id: string, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null }> } | null };

export type EditUpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type EditUpdateServiceMutation = { record: { id: string, version: number, nameFr: string | null, nameNl: string | null, descriptionFr: string | null, descriptionNl: string | null, eligibilityFr: string | null, eligibilityNl: string | null, howToApplyFr: string | null, howToApplyNl: string | null, costFr: string | null, costNl: string | null, languages: Array<string>, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, serviceAreaIds: Array<string> } };

export type EditOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type EditOrganisationQuery = { record: { id: string, version: number, nameFr: string | null, nameNl: string | null, alternateNameFr: string | null, alternateNameNl: string | null, descriptionFr: string | null, descriptionNl: string | null, legalStatus: string | null, enterpriseNumber: string | null, website: string | null, email: string | null, phones: Array<string>, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, agrements: Array<{ authority: AgrementAuthority, kind: string, number: string | null, validFrom: string | null, validTo: string | null, note: string | null }> } | null };

export type EditUpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type EditUpdateOrganisationMutation = { record: { id: string, version: number, nameFr: string | null, nameNl: string | null, alternateNameFr: string | null, alternateNameNl: string | null, descriptionFr: string | null, descriptionNl: string | null, legalStatus: string | null, enterpriseNumber: string | null, website: string | null, email: string | null, phones: Array<string>, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, agrements: Array<{ authority: AgrementAuthority, kind: string, number: string | null, validFrom: string | null, validTo: string | null, note: string | null }> } };

export type EditSiteQueryVariables = Exact<{
  id: string | number;
}>;


export type EditSiteQuery = { record: { id: string, version: number, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null, number: string | null, postcode: string | null, phones: Array<string>, accessibility: string | null, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null } | null };

export type EditUpdateSiteMutationVariables = Exact<{
  input: UpdateSiteInput;
}>;


export type EditUpdateSiteMutation = { record: { id: string, version: number, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null, number: string | null, postcode: string | null, phones: Array<string>, accessibility: string | null, verifiedAt: string | null, verifiedBy: string | null, archivedAt: string | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null } };

export type EditVerifyMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EditVerifyMutation = { verify:
    | { id: string, version: number, verifiedAt: string | null }
    | { id: string, version: number, verifiedAt: string | null, verifiedBy: string | null }
    | { id: string, version: number, verifiedAt: string | null }
   };

export type EditHistoryQueryVariables = Exact<{
  entityId?: string | number | null | undefined;
  after?: string | number | null | undefined;
  first: number;
  newestFirst: boolean;
}>;


export type EditHistoryQuery = { changes: Array<{ id: string, occurredAt: string, actor: string, entity: string, entityId: string, field: string, before: unknown, after: unknown, operation: string }> };

export type EditRefreshSiteTerritoriesMutationVariables = Exact<{ [key: string]: never; }>;


export type EditRefreshSiteTerritoriesMutation = { refreshSiteTerritories: number };

export type EditExportQueryVariables = Exact<{
  format: ExportFormat;
}>;


export type EditExportQuery = { exportRegistry: string };

type EditArchivedState_Organisation_Fragment = { id: string, version: number, archivedAt: string | null };

type EditArchivedState_Service_Fragment = { id: string, version: number, archivedAt: string | null };

type EditArchivedState_Site_Fragment = { id: string, version: number, archivedAt: string | null };

export type EditArchivedStateFragment =
  | EditArchivedState_Organisation_Fragment
  | EditArchivedState_Service_Fragment
  | EditArchivedState_Site_Fragment
;

export type EditArchiveMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EditArchiveMutation = { archive:
    | { id: string, version: number, archivedAt: string | null }
    | { id: string, version: number, archivedAt: string | null }
    | { id: string, version: number, archivedAt: string | null }
   };

export type EditRestoreMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EditRestoreMutation = { restore:
    | { id: string, version: number, archivedAt: string | null }
    | { id: string, version: number, archivedAt: string | null }
    | { id: string, version: number, archivedAt: string | null }
   };

export type EditTerritoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type EditTerritoryTreeQuery = { bassins: Array<{ id: string, nameFr: string, nameNl: string, communes: Array<{ territory:
        | { id: string }
        | { nameFr: string, nameNl: string, id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }>, groupements: Array<{ territory:
        | { id: string }
        | { id: string }
        | { nameFr: string, nameNl: string, id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> }> };

export type EditCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type EditCreateServiceMutation = { createService: { id: string } };

export type EditCreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type EditCreateOrganisationMutation = { createOrganisation: { id: string } };

export type EditCreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type EditCreateSiteMutation = { createSite: { id: string } };

export type EditDeliveryFieldsFragment = { id: string, version: number, deliveries: Array<{ ownHours: boolean, ownContacts: boolean, openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, site: { id: string, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null } }> };

export type EditDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type EditDeliveriesQuery = { service: { id: string, version: number, deliveries: Array<{ ownHours: boolean, ownContacts: boolean, openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, site: { id: string, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null } }> } | null };

export type EditSetServiceHoursAtSiteMutationVariables = Exact<{
  serviceId: string | number;
  siteId: string | number;
  version: number;
  openingHours?: OpeningHoursInput | null | undefined;
}>;


export type EditSetServiceHoursAtSiteMutation = { setServiceHoursAtSite: { id: string, version: number, deliveries: Array<{ ownHours: boolean, ownContacts: boolean, openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, site: { id: string, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null } }> } };

export type EditSetServiceContactsAtSiteMutationVariables = Exact<{
  serviceId: string | number;
  siteId: string | number;
  version: number;
  contacts?: Array<ContactInput> | ContactInput | null | undefined;
}>;


export type EditSetServiceContactsAtSiteMutation = { setServiceContactsAtSite: { id: string, version: number, deliveries: Array<{ ownHours: boolean, ownContacts: boolean, openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, site: { id: string, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null } }> } };

export type EditRegionShapeQueryVariables = Exact<{ [key: string]: never; }>;


export type EditRegionShapeQuery = { territory:
    | { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }
    | { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }
    | { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }
    | { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }
    | { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }
    | { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }
   | null };

export type LabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabelsQuery = { types: Array<{ code: string, labelFr: string, labelNl: string }>, publics: Array<{ code: string, labelFr: string, labelNl: string }>, bassins: Array<{ id: string, nameFr: string, nameNl: string }>, communes: Array<{ id: string, nameFr: string, nameNl: string }>, groupements: Array<{ id: string, nameFr: string, nameNl: string }>, quartiers: Array<{ id: string, nameFr: string, nameNl: string }> };

export type SuggestionsQueryVariables = Exact<{
  prefix: string;
  language?: Language | null | undefined;
}>;


export type SuggestionsQuery = { searchSuggestions: Array<{ text: string, kind: SuggestionKind }> };

export type CentroidQueryVariables = Exact<{
  id: string | number;
}>;


export type CentroidQuery = { territory:
    | { id: string, centroid: { latitude: number, longitude: number } }
    | { id: string, centroid: { latitude: number, longitude: number } }
    | { id: string, centroid: { latitude: number, longitude: number } }
    | { id: string, centroid: { latitude: number, longitude: number } }
    | { id: string, centroid: { latitude: number, longitude: number } }
    | { id: string, centroid: { latitude: number, longitude: number } }
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
  filters?: SearchFilters | null | undefined;
  near?: NearInput | null | undefined;
  sort: SearchSort;
  after?: string | null | undefined;
  language?: Language | null | undefined;
  now: string;
}>;


export type SearchQuery = { searchServices: { total: number, endCursor: string | null, hasNextPage: boolean, facets: { types: Array<{ value: string, count: number }>, bassins: Array<{ value: string, count: number }>, groupements: Array<{ value: string, count: number }>, communes: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }>, publics: Array<{ value: string, count: number }>, access: Array<{ value: string, count: number }>, synthetic: Array<{ value: string, count: number }> }, hits: Array<{ synthetic: boolean, probable: boolean, distanceMeters: number | null, service: { id: string, nameFr: string | null, nameNl: string | null, languages: Array<string>, lowThreshold: boolean, withoutAppointment: boolean, free: boolean, acceptsUninsured: boolean, acceptsAmu: boolean, anonymous: boolean, organisation: { id: string, nameFr: string | null, nameNl: string | null }, types: Array<{ code: string, labelFr: string, labelNl: string }> }, site: { id: string, streetFr: string | null, streetNl: string | null, number: string | null, postcode: string | null, phones: Array<string>, openAt: boolean | null, openingHours: { weekly: Array<{ day: Weekday, opens: string, closes: string }> } | null, commune: { id: string, nameFr: string, nameNl: string } } | null }> } };

export type ServiceSheetQueryVariables = Exact<{
  id: string | number;
  now: string;
}>;


export type ServiceSheetQuery = { service: { id: string, synthetic: boolean, source: string, status: ServiceStatus, verifiedAt: string | null, nameFr: string | null, nameNl: string | null, descriptionFr: string | null, descriptionNl: string | null, eligibilityFr: string | null, eligibilityNl: string | null, howToApplyFr: string | null, howToApplyNl: string | null, costFr: string | null, costNl: string | null, languages: Array<string>, minimumAge: number | null, maximumAge: number | null, lowThreshold: boolean, withoutAppointment: boolean, free: boolean, acceptsUninsured: boolean, acceptsAmu: boolean, anonymous: boolean, types: Array<{ code: string, labelFr: string, labelNl: string }>, publics: Array<{ code: string, labelFr: string, labelNl: string }>, organisation: { id: string, nameFr: string | null, nameNl: string | null, website: string | null, email: string | null, phones: Array<string>, agrements: Array<{ authority: AgrementAuthority, kind: string, number: string | null, validTo: string | null }>, services: Array<{ id: string, nameFr: string | null, nameNl: string | null }>, collaborations: Array<{ role: string, collaboration:
          | { __typename: 'Convention', id: string, objectFr: string, objectNl: string | null }
          | { __typename: 'IntegratedCentre', id: string, nameFr: string, nameNl: string | null }
          | { __typename: 'LocalSocialHealthContract', id: string, nameFr: string, nameNl: string | null, groupement: { id: string } }
          | { __typename: 'Network', id: string, nameFr: string, nameNl: string | null }
          | { __typename: 'QuartierReferent' }
          | { __typename: 'RegionalCommittee', id: string, committeeFr: string, committeeNl: string }
         }> }, deliveries: Array<{ openingHours: { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> } | null, contacts: Array<{ name: string | null, title: string | null, phone: string | null, email: string | null }>, site: { id: string, nameFr: string | null, nameNl: string | null, streetFr: string | null, streetNl: string | null, number: string | null, postcode: string | null, phones: Array<string>, accessibility: string | null, positionPrecision: PositionPrecision, openAt: boolean | null, commune: { id: string, nameFr: string, nameNl: string }, groupement: { id: string, nameFr: string, nameNl: string } | null, bassin: { id: string, nameFr: string, nameNl: string } | null } }> } | null };

export type TerritoryPageQueryVariables = Exact<{
  id: string | number;
}>;


export type TerritoryPageQuery = { territory:
    | { __typename: 'Bassin', id: string, layer: Layer, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null, serviceCounts: Array<{ locatedIn: number, serves: number, total: number, type: { code: string, labelFr: string, labelNl: string } }>, clss: Array<{ id: string, nameFr: string, nameNl: string | null, status: LocalSocialHealthContractStatus, synthetic: boolean }>, within: Array<{ territory:
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
         }> }
    | { __typename: 'Commune', id: string, layer: Layer, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null, serviceCounts: Array<{ locatedIn: number, serves: number, total: number, type: { code: string, labelFr: string, labelNl: string } }>, clss: Array<{ id: string, nameFr: string, nameNl: string | null, status: LocalSocialHealthContractStatus, synthetic: boolean }>, within: Array<{ territory:
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
         }> }
    | { __typename: 'Groupement', provisional: boolean, id: string, layer: Layer, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null, serviceCounts: Array<{ locatedIn: number, serves: number, total: number, type: { code: string, labelFr: string, labelNl: string } }>, groupementClss: { id: string, nameFr: string, nameNl: string | null, status: LocalSocialHealthContractStatus, synthetic: boolean } | null, within: Array<{ territory:
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
         }> }
    | { __typename: 'Quartier', id: string, layer: Layer, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null, serviceCounts: Array<{ locatedIn: number, serves: number, total: number, type: { code: string, labelFr: string, labelNl: string } }>, within: Array<{ territory:
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
         }> }
    | { __typename: 'Region', id: string, layer: Layer, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null, within: Array<{ territory:
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
         }> }
    | { __typename: 'Sector', id: string, layer: Layer, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null, within: Array<{ territory:
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
          | { id: string, layer: Layer, nameFr: string, nameNl: string }
         }> }
   | null, sites: { edges: Array<{ node: { id: string, latitude: number | null, longitude: number | null, synthetic: boolean, positionPrecision: PositionPrecision } }> } };

export type CountRowFragment = { locatedIn: number, serves: number, total: number, type: { code: string, labelFr: string, labelNl: string } };

export type ClssRowFragment = { id: string, nameFr: string, nameNl: string | null, status: LocalSocialHealthContractStatus, synthetic: boolean };

export type LayerShapesQueryVariables = Exact<{
  bassins: boolean;
  communes: boolean;
  groupements: boolean;
  quartiers: boolean;
}>;


export type LayerShapesQuery = { bassins?: Array<{ id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }>, communes?: Array<{ id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }>, groupements?: Array<{ id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }>, quartiers?: Array<{ id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null }> };

type Shape_Bassin_Fragment = { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null };

type Shape_Commune_Fragment = { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null };

type Shape_Groupement_Fragment = { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null };

type Shape_Quartier_Fragment = { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null };

type Shape_Region_Fragment = { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null };

type Shape_Sector_Fragment = { id: string, nameFr: string, nameNl: string, geometry: Record<string, unknown> | null };

export type ShapeFragment =
  | Shape_Bassin_Fragment
  | Shape_Commune_Fragment
  | Shape_Groupement_Fragment
  | Shape_Quartier_Fragment
  | Shape_Region_Fragment
  | Shape_Sector_Fragment
;

export type PartsQueryVariables = Exact<{
  id: string | number;
  layer: Layer;
}>;


export type PartsQuery = { territory:
    | { id: string, contains: Array<{ share: number, territory:
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
         }> }
    | { id: string, contains: Array<{ share: number, territory:
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
         }> }
    | { id: string, contains: Array<{ share: number, territory:
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
         }> }
    | { id: string, contains: Array<{ share: number, territory:
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
         }> }
    | { id: string, contains: Array<{ share: number, territory:
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
         }> }
    | { id: string, contains: Array<{ share: number, territory:
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
          | { id: string, nameFr: string, nameNl: string }
         }> }
   | null };

export type OpeningHoursFieldsFragment = { closedOnPublicHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, note: string | null, periods: Array<{ opens: string, closes: string }> }> };

export const EditServiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityFr"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNl"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyFr"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyNl"}},{"kind":"Field","name":{"kind":"Name","value":"costFr"}},{"kind":"Field","name":{"kind":"Name","value":"costNl"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","alias":{"kind":"Name","value":"serviceAreaIds"},"name":{"kind":"Name","value":"serviceAreas"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditServiceFieldsFragment, unknown>;
export const EditOrganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditOrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"agrements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditOrganisationFieldsFragment, unknown>;
export const OpeningHoursFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<OpeningHoursFieldsFragment, unknown>;
export const EditSiteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<EditSiteFieldsFragment, unknown>;
export const EditArchivedStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditArchivedState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<EditArchivedStateFragment, unknown>;
export const EditDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownHours"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContacts"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<EditDeliveryFieldsFragment, unknown>;
export const CountRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locatedIn"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<CountRowFragment, unknown>;
export const ClssRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClssRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalSocialHealthContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]} as unknown as DocumentNode<ClssRowFragment, unknown>;
export const ShapeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Shape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"detail"},"value":{"kind":"EnumValue","value":"SIMPLIFIED"}}]}]}}]} as unknown as DocumentNode<ShapeFragment, unknown>;
export const EditWorkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditWorkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditWorkListQuery, EditWorkListQueryVariables>;
export const EditServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditServiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityFr"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNl"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyFr"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyNl"}},{"kind":"Field","name":{"kind":"Name","value":"costFr"}},{"kind":"Field","name":{"kind":"Name","value":"costNl"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","alias":{"kind":"Name","value":"serviceAreaIds"},"name":{"kind":"Name","value":"serviceAreas"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditServiceQuery, EditServiceQueryVariables>;
export const EditUpdateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityFr"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNl"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyFr"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyNl"}},{"kind":"Field","name":{"kind":"Name","value":"costFr"}},{"kind":"Field","name":{"kind":"Name","value":"costNl"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","alias":{"kind":"Name","value":"serviceAreaIds"},"name":{"kind":"Name","value":"serviceAreas"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditUpdateServiceMutation, EditUpdateServiceMutationVariables>;
export const EditOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditOrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditOrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"agrements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditOrganisationQuery, EditOrganisationQueryVariables>;
export const EditUpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditOrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditOrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"agrements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditUpdateOrganisationMutation, EditUpdateOrganisationMutationVariables>;
export const EditSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditSiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditSiteQuery, EditSiteQueryVariables>;
export const EditUpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditSiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<EditUpdateSiteMutation, EditUpdateSiteMutationVariables>;
export const EditVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditVerifyMutation, EditVerifyMutationVariables>;
export const EditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newestFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"newestFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newestFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]} as unknown as DocumentNode<EditHistoryQuery, EditHistoryQueryVariables>;
export const EditRefreshSiteTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditRefreshSiteTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSiteTerritories"}}]}}]} as unknown as DocumentNode<EditRefreshSiteTerritoriesMutation, EditRefreshSiteTerritoriesMutationVariables>;
export const EditExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}]}]}}]} as unknown as DocumentNode<EditExportQuery, EditExportQueryVariables>;
export const EditArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditArchivedState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditArchivedState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<EditArchiveMutation, EditArchiveMutationVariables>;
export const EditRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditArchivedState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditArchivedState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<EditRestoreMutation, EditRestoreMutationVariables>;
export const EditTerritoryTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditTerritoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bassins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","alias":{"kind":"Name","value":"communes"},"name":{"kind":"Name","value":"contains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"layer"},"value":{"kind":"EnumValue","value":"COMMUNE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupements"},"name":{"kind":"Name","value":"contains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"layer"},"value":{"kind":"EnumValue","value":"GROUPEMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Groupement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditTerritoryTreeQuery, EditTerritoryTreeQueryVariables>;
export const EditCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditCreateServiceMutation, EditCreateServiceMutationVariables>;
export const EditCreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditCreateOrganisationMutation, EditCreateOrganisationMutationVariables>;
export const EditCreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditCreateSiteMutation, EditCreateSiteMutationVariables>;
export const EditDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownHours"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContacts"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}}]}}]}}]}}]} as unknown as DocumentNode<EditDeliveriesQuery, EditDeliveriesQueryVariables>;
export const EditSetServiceHoursAtSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditSetServiceHoursAtSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openingHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHoursInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceHoursAtSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"openingHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openingHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownHours"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContacts"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}}]}}]}}]}}]} as unknown as DocumentNode<EditSetServiceHoursAtSiteMutation, EditSetServiceHoursAtSiteMutationVariables>;
export const EditSetServiceContactsAtSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditSetServiceContactsAtSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceContactsAtSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"contacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownHours"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContacts"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}}]}}]}}]}}]} as unknown as DocumentNode<EditSetServiceContactsAtSiteMutation, EditSetServiceContactsAtSiteMutationVariables>;
export const EditRegionShapeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditRegionShape"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"region:bru","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Shape"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Shape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"detail"},"value":{"kind":"EnumValue","value":"SIMPLIFIED"}}]}]}}]} as unknown as DocumentNode<EditRegionShapeQuery, EditRegionShapeQueryVariables>;
export const LabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"types"},"name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taxonomy"},"value":{"kind":"EnumValue","value":"SERVICE_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"publics"},"name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taxonomy"},"value":{"kind":"EnumValue","value":"TARGET_PUBLIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bassins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quartiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]} as unknown as DocumentNode<LabelsQuery, LabelsQueryVariables>;
export const SuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SuggestionsQuery, SuggestionsQueryVariables>;
export const CentroidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Centroid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<CentroidQuery, CentroidQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilters"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bassins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"probable"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"lowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"withoutAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsUninsured"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsAmu"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"openAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}}]},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ServiceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityFr"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNl"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyFr"}},{"kind":"Field","name":{"kind":"Name","value":"howToApplyNl"}},{"kind":"Field","name":{"kind":"Name","value":"costFr"}},{"kind":"Field","name":{"kind":"Name","value":"costNl"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAge"}},{"kind":"Field","name":{"kind":"Name","value":"lowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"withoutAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsUninsured"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsAmu"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"agrements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalSocialHealthContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"groupement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratedCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Convention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectFr"}},{"kind":"Field","name":{"kind":"Name","value":"objectNl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalCommittee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"committeeFr"},"name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"committeeNl"},"name":{"kind":"Name","value":"nameNl"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpeningHoursFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"streetFr"}},{"kind":"Field","name":{"kind":"Name","value":"streetNl"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"positionPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"openAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}}]},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bassin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpeningHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpeningHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnPublicHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ServiceSheetQuery, ServiceSheetQueryVariables>;
export const TerritoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"detail"},"value":{"kind":"EnumValue","value":"SIMPLIFIED"}}]},{"kind":"Field","name":{"kind":"Name","value":"within"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bassin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClssRow"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClssRow"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Groupement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupementClss"},"name":{"kind":"Name","value":"clss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClssRow"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quartier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"positionPrecision"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locatedIn"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClssRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalSocialHealthContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]} as unknown as DocumentNode<TerritoryPageQuery, TerritoryPageQueryVariables>;
export const LayerShapesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LayerShapes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bassins"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupements"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quartiers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bassins"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bassins"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupements"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupements"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quartiers"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quartiers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Shape"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Shape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"detail"},"value":{"kind":"EnumValue","value":"SIMPLIFIED"}}]}]}}]} as unknown as DocumentNode<LayerShapesQuery, LayerShapesQueryVariables>;
export const PartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Parts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Layer"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"layer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartsQuery, PartsQueryVariables>;