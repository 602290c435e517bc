/** The federated queries documents are built from: actors' records with the territories' names. */

const NAMED = 'id nameFr nameNl';
const COLLABORATION = `__typename
  ... on LocalSocialHealthContract { nameFr nameNl }
  ... on IntegratedCentre { nameFr nameNl }
  ... on Network { nameFr nameNl }`;

export const SERVICES_BY_IDS = `query SearchServices($ids: [ID!]!) {
  servicesByIds(ids: $ids) {
    id archivedAt status synthetic updatedAt nameFr nameNl descriptionFr descriptionNl languages
    lowThreshold withoutAppointment free acceptsUninsured acceptsAmu anonymous serviceAreas
    types { code labelFr labelNl } publics { code labelFr labelNl }
    needs { partial need { code labelFr labelNl wordsFr wordsNl } }
    organisation { ${NAMED} archivedAt agrements { authority } collaborations { collaboration { ${COLLABORATION} } } }
    deliveries {
      openingHours { weekly { day opens closes } }
      site {
        ${NAMED} streetFr streetNl number postcode latitude longitude possibleTerritoryIds
        commune { ${NAMED} } bassin { ${NAMED} } groupement { ${NAMED} } quartier { ${NAMED} } sector { id }
      }
    }
  }
}`;

export const ORGANISATIONS_BY_IDS = `query SearchOrganisations($ids: [ID!]!) {
  organisationsByIds(ids: $ids) {
    ${NAMED} archivedAt synthetic updatedAt descriptionFr descriptionNl alternateNameFr alternateNameNl
    agrements { authority } services { types { code } } sites { commune { ${NAMED} } }
  }
}`;

/** One served territory (aliased per id): its names and the territories related to it. */
export const areaSelection = (
  alias: string,
  id: string,
) => `${alias}: territory(id: ${JSON.stringify(id)}) {
  ${NAMED} within { territory { id } }
  quartiers: contains(layer: QUARTIER) { territory { id } }
  groupements: contains(layer: GROUPEMENT) { territory { id } }
  communes: contains(layer: COMMUNE) { territory { id } }
}`;

/** The organisations taking part in one collaboration (aliased per id), by kind of record. */
export const PARTICIPANTS: ReadonlyArray<
  [prefix: string, selection: (alias: string, id: string) => string]
> = [
  [
    'clss:',
    (alias, id) => `${alias}: localSocialHealthContract(id: ${JSON.stringify(id)}) {
    hostOrganisationId workingGroup { members { organisationId } } coordinationCell { members { organisationId } } }`,
  ],
  [
    'cssi:',
    (alias, id) =>
      `${alias}: integratedCentre(id: ${JSON.stringify(id)}) { members { organisationId } }`,
  ],
  [
    'network:',
    (alias, id) => `${alias}: network(id: ${JSON.stringify(id)}) { members { organisationId } }`,
  ],
  [
    'convention:',
    (alias, id) => `${alias}: convention(id: ${JSON.stringify(id)}) { parties { organisationId } }`,
  ],
];

/** The services of sites and organisations (to reindex what a site or organisation change affects). */
export const SERVICES_OF = `query SearchAffected($sites: [ID!]!, $organisations: [ID!]!) {
  sites: sitesByIds(ids: $sites) { services { id } }
  organisations: organisationsByIds(ids: $organisations) { services { id } }
}`;
