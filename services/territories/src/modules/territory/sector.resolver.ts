import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { ConnectionType, PageArgs, pageWindow, toConnection } from '@bxl/common';

import type { TerritoriesContext } from '../../context';
import { Groupement } from '../groupement/groupement.entity';
import { Bassin, Commune, Quartier, Sector } from './layers.entity';
import { findTerritories } from './territory.repository';
import { Layer } from './territory.enums';

export const SectorConnection = ConnectionType(Sector, 'Sector');

@ArgsType()
class SectorsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only the sectors in this territory (any layer).',
  })
  within?: string | null;
}

async function parentOf(context: TerritoriesContext, sector: Sector, layer: Layer) {
  const link = (await context.loaders.parents.load(sector.id)).find(
    (view) => view.parentLayer === layer,
  );
  return link ? context.loaders.territory.load(link.parentId) : null;
}

/** A sector's single parent in each layer (sectors are the atoms: they lie in exactly one of each). */
@Resolver(() => Sector)
export class SectorResolver {
  @FieldResolver(() => Quartier, {
    description: 'The Monitoring quartier (largest overlap, ≥ 99.9 %).',
  })
  quartier(@Root() sector: Sector, @Ctx() context: TerritoriesContext) {
    return parentOf(context, sector, Layer.QUARTIER);
  }

  @FieldResolver(() => Commune, { description: 'The commune (by its Statbel code).' })
  commune(@Root() sector: Sector, @Ctx() context: TerritoriesContext) {
    return parentOf(context, sector, Layer.COMMUNE);
  }

  @FieldResolver(() => Bassin, {
    description: 'The bassin; `within(layer: BASSIN)` says how sure.',
  })
  bassin(@Root() sector: Sector, @Ctx() context: TerritoriesContext) {
    return parentOf(context, sector, Layer.BASSIN);
  }

  @FieldResolver(() => Groupement, {
    nullable: true,
    description: 'The groupement of the active layer, if any.',
  })
  groupement(@Root() sector: Sector, @Ctx() context: TerritoriesContext) {
    return parentOf(context, sector, Layer.GROUPEMENT);
  }

  @Query(() => SectorConnection, {
    description: 'Statistical sectors in code order, optionally inside a territory.',
  })
  async sectors(@Args(() => SectorsArgs) args: SectorsArgs, @Ctx() context: TerritoriesContext) {
    const window = pageWindow(args.first, args.after);
    const { items, total } = await findTerritories(
      context.em,
      { layer: Layer.SECTOR, within: args.within },
      window,
    );
    return toConnection(items, window.offset, total);
  }
}
