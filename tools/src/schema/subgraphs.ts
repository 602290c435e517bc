import { buildActorsSchema } from '@bxl/actors';
import { buildCollaborationsSchema } from '@bxl/collaborations';
import { buildSearchSchema } from '@bxl/search';
import { buildTerritoriesSchema } from '@bxl/territories';
import type { FederatedSchema } from '@bxl/common';

/** Every subgraph behind the gateway: its name, its default URL, and how to build its schema. */
export interface SubgraphDefinition {
  name: string;
  /** The URL written into the committed supergraph; the gateway's configuration overrides it. */
  defaultUrl: string;
  buildSchema: () => Promise<FederatedSchema>;
}

export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  {
    name: 'territories',
    defaultUrl: 'http://127.0.0.1:4001/graphql',
    buildSchema: buildTerritoriesSchema,
  },
  { name: 'actors', defaultUrl: 'http://127.0.0.1:4002/graphql', buildSchema: buildActorsSchema },
  {
    name: 'collaborations',
    defaultUrl: 'http://127.0.0.1:4003/graphql',
    buildSchema: buildCollaborationsSchema,
  },
  { name: 'search', defaultUrl: 'http://127.0.0.1:4004/graphql', buildSchema: buildSearchSchema },
];
