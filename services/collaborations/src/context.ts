import type { RequestContext } from '@bxl/common';

import type { ActorsClient } from './clients/actors.client';
import type { TerritoryClient } from './clients/territory.client';
import type { CollaborationLoaders } from './modules/collaboration.loaders';
import type { CollaborationWriter } from './modules/record/collaboration.writer';

/** The other subgraphs collaborations asks. */
export interface CollaborationClients {
  actors: ActorsClient;
  territories: TerritoryClient;
}

export interface CollaborationsServices extends CollaborationClients {
  writer: CollaborationWriter;
}

export type CollaborationsContext = RequestContext<CollaborationLoaders, CollaborationsServices>;
