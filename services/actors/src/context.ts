import type { RequestContext } from '@bxl/common';

import type { ActorLoaders } from './modules/actor.loaders';
import type { RegistryWriter } from './modules/registry/registry.writer';
import type { TerritoryClient } from './territory/territory.client';

export interface ActorsServices {
  territories: TerritoryClient;
  writer: RegistryWriter;
}

export type ActorsContext = RequestContext<ActorLoaders, ActorsServices>;
