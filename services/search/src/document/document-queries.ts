/** The federated queries documents are built from: actors' records with the territories' names. */

const NAMED = 'id nameFr nameNl';

export const SERVICES_BY_IDS = `query SearchServices($ids: [ID!]!) {
  servicesByIds(ids: $ids) {
    id archivedAt status synthetic updatedAt nameFr nameNl descriptionFr descriptionNl languages
    lowThreshold withoutAppointment free acceptsUninsured acceptsAmu anonymous serviceAreas
    types { code labelFr labelNl } publics { code labelFr labelNl }
    organisation { ${NAMED} archivedAt agrements { authority } }
    deliveries {
      openingHours { weekly { day opens closes } }
      site {
        ${NAMED} streetFr streetNl number postcode latitude longitude
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

/** The services of sites and organisations (to reindex what a site or organisation change affects). */
export const SERVICES_OF = `query SearchAffected($sites: [ID!]!, $organisations: [ID!]!) {
  sites: sitesByIds(ids: $sites) { services { id } }
  organisations: organisationsByIds(ids: $organisations) { services { id } }
}`;
