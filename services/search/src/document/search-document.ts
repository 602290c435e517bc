/**
 * What the search engines index. The unit of search is a service at a site (HSDS
 * `service_at_location`): one document per (service, site), or one per service without a site.
 * Documents are built by the indexer from one federated query through the gateway; the engines only
 * store and query them.
 */

/** Text in the directory's languages; either may be missing. */
export interface DocText {
  fr: string | null;
  nl: string | null;
}

/** Access conditions a service may meet (the codes the `access` facet counts). */
export const ACCESS_CONDITIONS = [
  'lowThreshold',
  'withoutAppointment',
  'free',
  'acceptsUninsured',
  'acceptsAmu',
  'anonymous',
] as const;
export type AccessCondition = (typeof ACCESS_CONDITIONS)[number];

/** How professionals say each access condition, in French and Dutch. */
export const ACCESS_LABELS: Readonly<Record<AccessCondition, DocText>> = {
  lowThreshold: { fr: 'bas seuil', nl: 'laagdrempelig' },
  withoutAppointment: { fr: 'sans rendez-vous', nl: 'zonder afspraak' },
  free: { fr: 'gratuit', nl: 'gratis' },
  acceptsUninsured: { fr: 'sans mutuelle', nl: 'zonder ziekteverzekering' },
  acceptsAmu: { fr: 'aide médicale urgente', nl: 'dringende medische hulp' },
  anonymous: { fr: 'anonyme', nl: 'anoniem' },
};

export interface ServiceDocument {
  /** `<serviceId>@<siteId>`, or `<serviceId>@-` for a service without a site (engine-safe: see documentKey). */
  id: string;
  serviceId: string;
  siteId: string | null;
  organisationId: string;
  name: DocText;
  description: DocText;
  organisationName: DocText;
  siteName: DocText;
  /** Street, number, postcode, commune name, in each language. */
  address: DocText;
  /** Service type codes and their labels (FR and NL). */
  types: string[];
  typeLabels: DocText[];
  /** Target public codes and their labels. */
  publics: string[];
  publicLabels: DocText[];
  /** Codes of the needs its types and publics meet (actors' `Service.needs`): the `needs` filter and facet. */
  needs: string[];
  /**
   * The needs it meets fully, in words: each need's labels and the words people use, FR and NL (one
   * DocText per need). Searched below the name and types, above the description.
   */
  needTexts: DocText[];
  /** The needs it meets only in part (every link partial): searched like place names, lower. */
  partialNeedTexts: DocText[];
  /** ISO 639-1. */
  languages: string[];
  access: AccessCondition[];
  /** The access conditions in words ("sans rendez-vous", "gratis"…), so they can be typed too. */
  accessLabels: DocText[];
  /** Agrément authorities of the organisation (COCOF, COCOM, VG, …). */
  authorities: string[];
  /** Territory ids the site lies in (commune, bassin, groupement, quartier, sector). */
  locatedIn: string[];
  /**
   * Territory ids a coarsely placed site (commune or sub-municipality only) may lie in without being
   * known to (actors' `Site.possibleTerritoryIds`): a territory filter includes the document, flagged
   * `probable`, and lists it after the ones known to be there.
   */
  possibleIn: string[];
  /** Territory ids the service declares to serve. */
  serves: string[];
  /** The site's bassin / groupement / commune ids (the facets). */
  bassin: string | null;
  groupement: string | null;
  commune: string | null;
  /**
   * The PSSI collaborations its organisation takes part in (collaborations subgraph): each CLSS, CSSI
   * and network by kind and name ("CSSI Les Marolles").
   */
  collaborations: string[];
  /** Names of the places the site lies in and the service serves, FR and NL ("Gare de l'Ouest", "Molenbeek-Saint-Jean"). */
  placeNames: string[];
  /** WGS84 point of the site; null when unknown. */
  point: { lat: number; lng: number } | null;
  /**
   * Quarter hours of the week the service is open at this site (0 = Monday 00:00–00:15 Europe/Brussels,
   * 671 = Sunday 23:45): weekly hours only; dated exceptions and public holidays are not indexed.
   * Null when the hours are unknown.
   */
  openQuarters: number[] | null;
  status: 'ACTIVE' | 'INACTIVE' | 'DEFUNCT' | 'TEMPORARILY_CLOSED';
  archived: boolean;
  synthetic: boolean;
  updatedAt: string;
}

export interface OrganisationDocument {
  /** The organisation id. */
  id: string;
  name: DocText;
  alternateNames: string[];
  description: DocText;
  /** The service types it offers (not archived services). */
  types: string[];
  communes: string[];
  placeNames: string[];
  authorities: string[];
  archived: boolean;
  synthetic: boolean;
  updatedAt: string;
}

/** Registry ids contain `:`; Meilisearch ids allow only [A-Za-z0-9_-]: one reversible encoding for both engines. */
export const documentKey = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');
export const fromDocumentKey = (key: string): string =>
  Buffer.from(key, 'base64url').toString('utf8');
