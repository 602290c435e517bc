import { entityReference } from '@bxl/common';
import type { EntityReference } from '@bxl/common';

/** The other subgraphs' entities collaborations points at, by key only. */
export const OrganisationRef = entityReference('Organisation', 'actors', 'org:cpas-d-anderlecht');
export const ServiceRef = entityReference('Service', 'actors', 'svc:synthetic-000001-1');
export const GroupementRef = entityReference(
  'Groupement',
  'territories',
  'groupement:provisional-clss:cureghem',
);
export const BassinRef = entityReference('Bassin', 'territories', 'bassin:centre-ouest');
export const CommuneRef = entityReference('Commune', 'territories', 'commune:21001');

export type { EntityReference };

/** A reference to return for an id (null stays null). */
export const reference = (id: string | null | undefined): EntityReference | null =>
  id ? { id } : null;
