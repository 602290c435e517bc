import { querySubgraph } from '@bxl/common';

/** What the actors subgraph says about one of its services. */
export interface ServiceFacts {
  id: string;
  organisationId: string;
  typeCodes: string[];
}

/** Which of the ids asked exist in the actors registry (archived records included). */
export interface ActorFacts {
  organisations: Set<string>;
  services: Map<string, ServiceFacts>;
}

/** An organisation found through its services, as the seed uses it. */
export interface FoundOrganisation {
  id: string;
  name: string | null;
  synthetic: boolean;
  serviceId: string;
}

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Organisation { id }
  ... on Service { id organisation { id } types { code } } } }`;

const SERVICES = `query($types: [String!], $territory: ID) {
  services(first: 500, filter: { types: $types, territory: $territory, mode: LOCATED_IN }) {
    edges { node { id synthetic organisation { id nameFr synthetic } } } } }`;

type EntityAnswer = { id: string; organisation?: { id: string }; types?: Array<{ code: string }> };
type ServiceNode = {
  id: string;
  synthetic: boolean;
  organisation: { id: string; nameFr: string | null; synthetic: boolean };
};

/**
 * Collaborations' window on the actors subgraph (it owns organisations and services): existence
 * checks for writes, in one request however many ids, and the lookups the seed needs. Never its tables.
 */
export class ActorsClient {
  private readonly target: { name: string; url: string };

  constructor(url: string) {
    this.target = { name: 'actors', url };
  }

  async facts(ids: { organisations: string[]; services: string[] }): Promise<ActorFacts> {
    const organisations = [...new Set(ids.organisations)];
    const services = [...new Set(ids.services)];
    const facts: ActorFacts = { organisations: new Set(), services: new Map() };
    if (organisations.length + services.length === 0) {
      return facts;
    }
    const representations = [
      ...organisations.map((id) => ({ __typename: 'Organisation', id })),
      ...services.map((id) => ({ __typename: 'Service', id })),
    ];
    const data = await querySubgraph<{ _entities: Array<EntityAnswer | null> }>(
      this.target,
      ENTITIES,
      { representations },
    );
    data._entities.forEach((entity, index) => {
      if (!entity) {
        return;
      }
      if (index < organisations.length) {
        facts.organisations.add(entity.id);
      } else {
        facts.services.set(entity.id, {
          id: entity.id,
          organisationId: entity.organisation?.id ?? '',
          typeCodes: (entity.types ?? []).map((type) => type.code),
        });
      }
    });
    return facts;
  }

  /** The organisations offering a service of a type located in a territory, one per organisation. */
  async organisationsWith(type: string, territory: string): Promise<FoundOrganisation[]> {
    const data = await querySubgraph<{ services: { edges: Array<{ node: ServiceNode }> } }>(
      this.target,
      SERVICES,
      { types: [type], territory },
    );
    const found = new Map<string, FoundOrganisation>();
    for (const { node } of data.services.edges) {
      if (!found.has(node.organisation.id)) {
        found.set(node.organisation.id, {
          id: node.organisation.id,
          name: node.organisation.nameFr,
          synthetic: node.organisation.synthetic,
          serviceId: node.id,
        });
      }
    }
    return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
