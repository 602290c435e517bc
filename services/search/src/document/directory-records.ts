/** The shapes the indexer reads through the gateway (see document-queries.ts). */

export interface Named {
  id: string;
  nameFr: string | null;
  nameNl: string | null;
}

export interface LabelRecord {
  code: string;
  labelFr: string;
  labelNl: string;
}

/** A need a service meets (actors' ServiceNeed). */
export interface NeedRecord {
  partial: boolean;
  need: { code: string; labelFr: string; labelNl: string; wordsFr: string[]; wordsNl: string[] };
}

export interface SiteRecord extends Named {
  streetFr: string | null;
  streetNl: string | null;
  number: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Territories a coarsely placed site may lie in (empty for a point). */
  possibleTerritoryIds: string[];
  commune: Named;
  bassin: Named | null;
  groupement: Named | null;
  quartier: Named | null;
  sector: { id: string } | null;
}

export interface ServiceRecord {
  id: string;
  archivedAt: string | null;
  status: 'ACTIVE' | 'INACTIVE' | 'DEFUNCT' | 'TEMPORARILY_CLOSED';
  synthetic: boolean;
  updatedAt: string;
  nameFr: string | null;
  nameNl: string | null;
  descriptionFr: string | null;
  descriptionNl: string | null;
  languages: string[];
  lowThreshold: boolean;
  withoutAppointment: boolean;
  free: boolean;
  acceptsUninsured: boolean;
  acceptsAmu: boolean;
  anonymous: boolean;
  serviceAreas: string[];
  types: LabelRecord[];
  publics: LabelRecord[];
  needs: NeedRecord[];
  organisation: Named & {
    archivedAt: string | null;
    agrements: Array<{ authority: string }>;
    collaborations: Array<{ collaboration: CollaborationRecord }>;
  };
  deliveries: Array<{
    site: SiteRecord;
    openingHours: { weekly: Array<{ day: string; opens: string; closes: string }> } | null;
  }>;
}

export interface OrganisationRecord extends Named {
  archivedAt: string | null;
  synthetic: boolean;
  updatedAt: string;
  descriptionFr: string | null;
  descriptionNl: string | null;
  alternateNameFr: string | null;
  alternateNameNl: string | null;
  agrements: Array<{ authority: string }>;
  services: Array<{ types: Array<{ code: string }> }>;
  sites: Array<{ commune: Named }>;
}

/** A collaboration as the indexer reads it (the union's named kinds; others give only their type). */
export interface CollaborationRecord {
  __typename: string;
  nameFr?: string | null;
  nameNl?: string | null;
}

/** A served territory, with what it contains and what contains it (ids). */
export interface AreaRecord extends Named {
  related: string[];
}
