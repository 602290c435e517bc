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

export const EditServiceQuery = graphql(`
  query EditService($id: ID!) {
    service(id: $id) {
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
      verifiedAt
      verifiedBy
      archivedAt
      synthetic
      organisation {
        id
        nameFr
        nameNl
      }
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation EditUpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
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

export const ArchiveMutation = graphql(`
  mutation EditArchive($id: ID!, $version: Int!) {
    archive(id: $id, version: $version) {
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
  }
`);

export const RestoreMutation = graphql(`
  mutation EditRestore($id: ID!, $version: Int!) {
    restore(id: $id, version: $version) {
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
  }
`);
