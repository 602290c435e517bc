import type { RequestContext } from '@bxl/common';

import type { GroupementImporter } from './modules/groupement/groupement.importer';
import type { Locator } from './modules/locate/locate.index';
import type { TerritoryLoaders } from './modules/territory/territory.loaders';

export interface TerritoriesServices {
  locator: Locator;
  importer: GroupementImporter;
}

export type TerritoriesContext = RequestContext<TerritoryLoaders, TerritoriesServices>;
