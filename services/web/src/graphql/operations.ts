// Every operation the application sends, typed by the code generator (src/gql/) from the supergraph.
import { graphql } from '../gql';

/** The labels of every code the pages show: taxonomies and territory names, fetched once. */
export const LabelsQuery = graphql(`
  query Labels {
    types: taxonomy(taxonomy: SERVICE_TYPE) {
      code
      labelFr
      labelNl
    }
    publics: taxonomy(taxonomy: TARGET_PUBLIC) {
      code
      labelFr
      labelNl
    }
    bassins {
      id
      nameFr
      nameNl
    }
    communes {
      id
      nameFr
      nameNl
    }
    groupements {
      id
      nameFr
      nameNl
    }
    quartiers {
      id
      nameFr
      nameNl
    }
  }
`);

export const SuggestionsQuery = graphql(`
  query Suggestions($prefix: String!, $language: Language) {
    searchSuggestions(prefix: $prefix, language: $language, first: 8) {
      text
      kind
    }
  }
`);

export const CentroidQuery = graphql(`
  query Centroid($id: ID!) {
    territory(id: $id) {
      id
      centroid {
        latitude
        longitude
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $filters: SearchFilters
    $near: NearInput
    $sort: SearchSort!
    $after: String
    $language: Language
    $now: DateTimeISO!
  ) {
    searchServices(
      query: $query
      filters: $filters
      near: $near
      sort: $sort
      first: 20
      after: $after
      language: $language
    ) {
      total
      endCursor
      hasNextPage
      facets {
        types {
          value
          count
        }
        bassins {
          value
          count
        }
        groupements {
          value
          count
        }
        communes {
          value
          count
        }
        languages {
          value
          count
        }
        publics {
          value
          count
        }
        access {
          value
          count
        }
        synthetic {
          value
          count
        }
      }
      hits {
        synthetic
        probable
        distanceMeters
        service {
          id
          nameFr
          nameNl
          languages
          lowThreshold
          withoutAppointment
          free
          acceptsUninsured
          acceptsAmu
          anonymous
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
        site {
          id
          streetFr
          streetNl
          number
          postcode
          phones
          openAt(at: $now)
          openingHours {
            weekly {
              day
              opens
              closes
            }
          }
          commune {
            id
            nameFr
            nameNl
          }
        }
      }
    }
  }
`);

export const ServiceSheetQuery = graphql(`
  query ServiceSheet($id: ID!, $now: DateTimeISO!) {
    service(id: $id) {
      id
      synthetic
      source
      status
      verifiedAt
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
      minimumAge
      maximumAge
      lowThreshold
      withoutAppointment
      free
      acceptsUninsured
      acceptsAmu
      anonymous
      types {
        code
        labelFr
        labelNl
      }
      publics {
        code
        labelFr
        labelNl
      }
      organisation {
        id
        nameFr
        nameNl
        website
        email
        phones
        agrements {
          authority
          kind
          number
          validTo
        }
        services {
          id
          nameFr
          nameNl
        }
        collaborations {
          role
          collaboration {
            __typename
            ... on LocalSocialHealthContract {
              id
              nameFr
              nameNl
              groupement {
                id
              }
            }
            ... on IntegratedCentre {
              id
              nameFr
              nameNl
            }
            ... on Network {
              id
              nameFr
              nameNl
            }
            ... on Convention {
              id
              objectFr
              objectNl
            }
            ... on RegionalCommittee {
              id
              committeeFr: nameFr
              committeeNl: nameNl
            }
          }
        }
      }
      deliveries {
        openingHours {
          ...OpeningHoursFields
        }
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
          number
          postcode
          phones
          accessibility
          positionPrecision
          openAt(at: $now)
          commune {
            id
            nameFr
            nameNl
          }
          groupement {
            id
            nameFr
            nameNl
          }
          bassin {
            id
            nameFr
            nameNl
          }
        }
      }
    }
  }
`);

export const TerritoryPageQuery = graphql(`
  query TerritoryPage($id: ID!) {
    territory(id: $id) {
      __typename
      id
      layer
      nameFr
      nameNl
      geometry(detail: SIMPLIFIED)
      within {
        territory {
          id
          layer
          nameFr
          nameNl
        }
      }
      ... on Bassin {
        serviceCounts {
          ...CountRow
        }
        clss {
          ...ClssRow
        }
      }
      ... on Commune {
        serviceCounts {
          ...CountRow
        }
        clss {
          ...ClssRow
        }
      }
      ... on Groupement {
        provisional
        serviceCounts {
          ...CountRow
        }
        groupementClss: clss {
          ...ClssRow
        }
      }
      ... on Quartier {
        serviceCounts {
          ...CountRow
        }
      }
    }
    sites(territory: $id, first: 500) {
      edges {
        node {
          id
          latitude
          longitude
          synthetic
          positionPrecision
        }
      }
    }
  }
  fragment CountRow on ServiceCount {
    type {
      code
      labelFr
      labelNl
    }
    locatedIn
    serves
    total
  }
  fragment ClssRow on LocalSocialHealthContract {
    id
    nameFr
    nameNl
    status
    synthetic
  }
`);

/** The shapes a map draws around a territory: the other territories of the same layer. */
export const LayerShapesQuery = graphql(`
  query LayerShapes(
    $bassins: Boolean!
    $communes: Boolean!
    $groupements: Boolean!
    $quartiers: Boolean!
  ) {
    bassins @include(if: $bassins) {
      ...Shape
    }
    communes @include(if: $communes) {
      ...Shape
    }
    groupements @include(if: $groupements) {
      ...Shape
    }
    quartiers @include(if: $quartiers) {
      ...Shape
    }
  }
  fragment Shape on Territory {
    id
    nameFr
    nameNl
    geometry(detail: SIMPLIFIED)
  }
`);

/** A territory's parts, one layer down (the Region's bassins, a bassin's communes and groupements…). */
export const PartsQuery = graphql(`
  query Parts($id: ID!, $layer: Layer!) {
    territory(id: $id) {
      id
      contains(layer: $layer) {
        share
        territory {
          id
          nameFr
          nameNl
        }
      }
    }
  }
`);

/** Opening hours whole (weekly, dated exceptions, public holidays, note): the sheet's and the site form's. */
export const OpeningHoursFields = graphql(`
  fragment OpeningHoursFields on OpeningHours {
    weekly {
      day
      opens
      closes
    }
    exceptions {
      date
      closed
      periods {
        opens
        closes
      }
      note
    }
    closedOnPublicHolidays
    note
  }
`);
