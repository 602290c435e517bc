import { buildFederatedSchema } from '@bxl/common';
import type { FederatedSchema } from '@bxl/common';

import type { TerritoriesContext } from './context';
import { Groupement } from './modules/groupement/groupement.entity';
import { GroupementResolver } from './modules/groupement/groupement.resolver';
import { LocateResolver } from './modules/locate/locate.resolver';
import { Bassin, Commune, Quartier, Region, Sector } from './modules/territory/layers.entity';
import { SectorResolver } from './modules/territory/sector.resolver';
import { layerTypeName } from './modules/territory/territory.entity';
import { TerritoryResolver } from './modules/territory/territory.resolver';
import type { Layer } from './modules/territory/territory.enums';

/** `_entities` for each layer's type: by id through the request's loader, null if of another layer. */
function referenceResolver(typeName: string) {
  return async (reference: { id: string }, context: TerritoriesContext) => {
    const territory = await context.loaders.territory.load(reference.id);
    return territory && layerTypeName[territory.layer as Layer] === typeName ? territory : null;
  };
}

export function buildTerritoriesSchema(): Promise<FederatedSchema> {
  const entityTypes = [Region, Bassin, Commune, Groupement, Quartier, Sector];
  return buildFederatedSchema(
    {
      resolvers: [TerritoryResolver, SectorResolver, GroupementResolver, LocateResolver],
      orphanedTypes: entityTypes,
      validate: false,
    },
    Object.fromEntries(
      entityTypes.map((type) => [type.name, referenceResolver(type.name)]),
    ) as never,
  );
}
