// The operations of the editors' workspace, typed by the code generator (src/gql/).
import { graphql } from '../gql';

export const WorkListQuery = graphql(`
  query EditWorkList($filter: ServiceFilter, $after: String) {
    services(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          nameFr
          nameNl
          synthetic
          verifiedAt
          organisation {
            id
            nameFr
            nameNl
          }
          types {
            code
            labelFr
            labelNl
          }
        }
      }
    }
  }
`);

// The fields each form reads and writes back, one fragment per record kind: its query and its
// update select the same (an organisation's update now returns its agréments too).
export const EditServiceFields = graphql(`
  fragment EditServiceFields on Service {
    id
    version
    nameFr
    nameNl
    descriptionFr
    descriptionNl
    eligibilityFr
    eligibilityNl
    howToApplyFr
    howToApplyNl
    costFr
    costNl
    languages
    serviceAreaIds: serviceAreas
    verifiedAt
    verifiedBy
    archivedAt
  }
`);

export const EditOrganisationFields = graphql(`
  fragment EditOrganisationFields on Organisation {
    id
    version
    nameFr
    nameNl
    alternateNameFr
    alternateNameNl
    descriptionFr
    descriptionNl
    legalStatus
    enterpriseNumber
    website
    email
    phones
    agrements {
      authority
      kind
      number
      validFrom
      validTo
      note
    }
    verifiedAt
    verifiedBy
    archivedAt
  }
`);

export const EditSiteFields = graphql(`
  fragment EditSiteFields on Site {
    id
    version
    nameFr
    nameNl
    streetFr
    streetNl
    number
    postcode
    phones
    contacts {
      name
      title
      phone
      email
    }
    accessibility
    openingHours {
      ...OpeningHoursFields
    }
    verifiedAt
    verifiedBy
    archivedAt
  }
`);

// Every form's operations alias their root field `record` (see record-form.ts).
export const EditServiceQuery = graphql(`
  query EditService($id: ID!) {
    record: service(id: $id) {
      ...EditServiceFields
      organisation {
        id
        nameFr
        nameNl
      }
      sites {
        id
        nameFr
        nameNl
        streetFr
        streetNl
      }
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation EditUpdateService($input: UpdateServiceInput!) {
    record: updateService(input: $input) {
      ...EditServiceFields
    }
  }
`);

export const EditOrganisationQuery = graphql(`
  query EditOrganisation($id: ID!) {
    record: organisation(id: $id) {
      ...EditOrganisationFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation EditUpdateOrganisation($input: UpdateOrganisationInput!) {
    record: updateOrganisation(input: $input) {
      ...EditOrganisationFields
    }
  }
`);

export const EditSiteQuery = graphql(`
  query EditSite($id: ID!) {
    record: site(id: $id) {
      ...EditSiteFields
    }
  }
`);

export const UpdateSiteMutation = graphql(`
  mutation EditUpdateSite($input: UpdateSiteInput!) {
    record: updateSite(input: $input) {
      ...EditSiteFields
    }
  }
`);

export const VerifyMutation = graphql(`
  mutation EditVerify($id: ID!, $version: Int!) {
    verify(id: $id, version: $version) {
      ... on Service {
        id
        version
        verifiedAt
        verifiedBy
      }
      ... on Organisation {
        id
        version
        verifiedAt
      }
      ... on Site {
        id
        version
        verifiedAt
      }
    }
  }
`);

export const HistoryQuery = graphql(`
  query EditHistory($entityId: ID, $after: ID, $first: Int!, $newestFirst: Boolean!) {
    changes(entityId: $entityId, after: $after, first: $first, newestFirst: $newestFirst) {
      id
      occurredAt
      actor
      entity
      entityId
      field
      before
      after
      operation
    }
  }
`);

export const RefreshTerritoriesMutation = graphql(`
  mutation EditRefreshSiteTerritories {
    refreshSiteTerritories
  }
`);

export const ExportQuery = graphql(`
  query EditExport($format: ExportFormat!) {
    exportRegistry(format: $format)
  }
`);

// What archive and restore answer, whichever kind of record.
export const EditArchivedState = graphql(`
  fragment EditArchivedState on RegistryEntry {
    ... on Service {
      id
      version
      archivedAt
    }
    ... on Organisation {
      id
      version
      archivedAt
    }
    ... on Site {
      id
      version
      archivedAt
    }
  }
`);

export const ArchiveMutation = graphql(`
  mutation EditArchive($id: ID!, $version: Int!) {
    archive(id: $id, version: $version) {
      ...EditArchivedState
    }
  }
`);

export const RestoreMutation = graphql(`
  mutation EditRestore($id: ID!, $version: Int!) {
    restore(id: $id, version: $version) {
      ...EditArchivedState
    }
  }
`);

export const TerritoryTreeQuery = graphql(`
  query EditTerritoryTree {
    bassins {
      id
      nameFr
      nameNl
      communes: contains(layer: COMMUNE) {
        territory {
          id
          ... on Commune {
            nameFr
            nameNl
          }
        }
      }
      groupements: contains(layer: GROUPEMENT) {
        territory {
          id
          ... on Groupement {
            nameFr
            nameNl
          }
        }
      }
    }
  }
`);

export const CreateServiceMutation = graphql(`
  mutation EditCreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      id
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation EditCreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

export const CreateSiteMutation = graphql(`
  mutation EditCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
    }
  }
`);

// A service's own hours and contacts at each of its sites (HSDS service_at_location).
export const EditDeliveryFields = graphql(`
  fragment EditDeliveryFields on Service {
    id
    version
    deliveries {
      ownHours
      openingHours {
        ...OpeningHoursFields
      }
      ownContacts
      contacts {
        name
        title
        phone
        email
      }
      site {
        id
        nameFr
        nameNl
        streetFr
        streetNl
      }
    }
  }
`);

export const EditDeliveriesQuery = graphql(`
  query EditDeliveries($id: ID!) {
    service(id: $id) {
      ...EditDeliveryFields
    }
  }
`);

export const SetServiceHoursAtSiteMutation = graphql(`
  mutation EditSetServiceHoursAtSite(
    $serviceId: ID!
    $siteId: ID!
    $version: Int!
    $openingHours: OpeningHoursInput
  ) {
    setServiceHoursAtSite(
      serviceId: $serviceId
      siteId: $siteId
      version: $version
      openingHours: $openingHours
    ) {
      ...EditDeliveryFields
    }
  }
`);

export const SetServiceContactsAtSiteMutation = graphql(`
  mutation EditSetServiceContactsAtSite(
    $serviceId: ID!
    $siteId: ID!
    $version: Int!
    $contacts: [ContactInput!]
  ) {
    setServiceContactsAtSite(
      serviceId: $serviceId
      siteId: $siteId
      version: $version
      contacts: $contacts
    ) {
      ...EditDeliveryFields
    }
  }
`);

/** The Region's outline: the frame of the service-area map (its parts come from LayerShapesQuery). */
export const RegionShapeQuery = graphql(`
  query EditRegionShape {
    territory(id: "region:bru") {
      ...Shape
    }
  }
`);
