import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { BadUserInputError, Language } from '@bxl/common';

import type { TerritoriesContext } from '../../context';
import { GeoJSONScalar } from '@bxl/common';
import { Bassin, Commune, Quartier, Region } from './layers.entity';
import { membershipsOf } from './membership.resolve';
import { findTerritories } from './territory.repository';
import { layerOfId, Territory } from './territory.entity';
import { Layer, QuartierKind } from './territory.enums';
import { childrenKey, geometryKey } from './territory.loaders';
import { GeoPoint, GeometryDetail, TerritoryMembership } from './territory.types';

/** Fields every territory has, resolved once for the interface and inherited by each layer's type. */
@Resolver(() => Territory)
export class TerritoryResolver {
  @FieldResolver(() => String, {
    description:
      'The name in the language asked, else in the Accept-Language one (French by default).',
  })
  name(
    @Root() territory: Territory,
    @Arg('language', () => Language, { nullable: true }) language: Language | null,
    @Ctx() context: TerritoriesContext,
  ) {
    return (language ?? context.language) === Language.NL ? territory.nameNl : territory.nameFr;
  }

  @FieldResolver(() => GeoPoint, {
    description: 'A representative point (centroid) for labels and distances.',
  })
  centroid(@Root() territory: Territory): GeoPoint {
    return { latitude: territory.centroidLat, longitude: territory.centroidLon };
  }

  @FieldResolver(() => GeoJSONScalar, {
    nullable: true,
    description:
      'GeoJSON geometry (WGS84). Only read from the database when asked; SIMPLIFIED for maps.',
  })
  async geometry(
    @Root() territory: Territory,
    @Arg('detail', () => GeometryDetail, { defaultValue: GeometryDetail.FULL })
    detail: GeometryDetail,
    @Ctx() context: TerritoriesContext,
  ) {
    return (
      (await context.loaders.geometry.load(geometryKey(territory.id, detail)))?.geometry ?? null
    );
  }

  @FieldResolver(() => [TerritoryMembership], {
    description:
      'The territories of larger layers this one lies in (wholly or partly, with the share), largest layer first; one layer if asked.',
  })
  async within(
    @Root() territory: Territory,
    @Arg('layer', () => Layer, { nullable: true }) layer: Layer | null,
    @Ctx() context: TerritoriesContext,
  ) {
    const views = await context.loaders.parents.load(territory.id);
    return membershipsOf(
      context,
      layer ? views.filter((view) => view.parentLayer === layer) : views,
    );
  }

  @FieldResolver(() => [TerritoryMembership], {
    description:
      'The territories of one smaller layer that lie (wholly or partly) in this one, in code order.',
  })
  async contains(
    @Root() territory: Territory,
    @Arg('layer', () => Layer) layer: Layer,
    @Ctx() context: TerritoriesContext,
  ) {
    return membershipsOf(
      context,
      await context.loaders.children.load(childrenKey(territory.id, layer)),
    );
  }

  @Query(() => Territory, {
    nullable: true,
    description:
      'A territory of any layer by its id (`commune:21004`, `quartier:8`, `sector:21004A00-`…); null if none.',
  })
  territory(@Arg('id', () => ID) id: string, @Ctx() context: TerritoriesContext) {
    if (!layerOfId(id)) {
      throw new BadUserInputError(`Not a territory id: ${id}`, [
        {
          field: 'id',
          message:
            'ids are prefixed by layer: region:, bassin:, commune:, groupement:, quartier:, sector:',
        },
      ]);
    }
    return context.loaders.territory.load(id);
  }

  @Query(() => Region, { description: 'The Brussels-Capital Region.' })
  async region(@Ctx() context: TerritoriesContext) {
    return (await findTerritories(context.em, { layer: Layer.REGION })).items[0];
  }

  @Query(() => [Bassin], { description: 'The 5 bassins d’aide et de soins.' })
  async bassins(@Ctx() context: TerritoriesContext) {
    return (await findTerritories(context.em, { layer: Layer.BASSIN })).items;
  }

  @Query(() => [Commune], {
    description: 'The communes, all 19 or those (partly) in a bassin or groupement.',
  })
  async communes(
    @Arg('within', () => ID, { nullable: true, description: 'A bassin or groupement id.' })
    within: string | null,
    @Ctx() context: TerritoriesContext,
  ) {
    return (await findTerritories(context.em, { layer: Layer.COMMUNE, within })).items;
  }

  @Query(() => [Quartier], {
    description: 'Monitoring quartiers, all 145 or those (partly) in a territory, by kind.',
  })
  async quartiers(
    @Arg('within', () => ID, { nullable: true, description: 'A bassin, commune or groupement id.' })
    within: string | null,
    @Arg('kinds', () => [QuartierKind], { nullable: true }) kinds: QuartierKind[] | null,
    @Ctx() context: TerritoriesContext,
  ) {
    return (await findTerritories(context.em, { layer: Layer.QUARTIER, within, kinds })).items;
  }
}
