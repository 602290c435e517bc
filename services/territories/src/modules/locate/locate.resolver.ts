import { Arg, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';

import { assertNoProblems, BadUserInputError } from '@bxl/common';

import type { TerritoriesContext } from '../../context';
import { Groupement } from '../groupement/groupement.entity';
import { Bassin, Commune, Quartier, Region, Sector } from '../territory/layers.entity';
import { Territory } from '../territory/territory.entity';
import { Layer, LAYER_ORDER } from '../territory/territory.enums';
import { PointInput, TerritoryMembership } from '../territory/territory.types';
import { membershipsOf } from '../territory/membership.resolve';
import { coordinateProblems } from './coordinates';
import { Location } from './location.type';

export const MAX_POINTS = 1000;

const OUTSIDE =
  'The point is outside the Brussels-Capital Region: no territory of any layer contains it.';
const EDGE =
  'The point is on a boundary where the layers’ geometries (Statbel sectors, Monitoring quartiers, UrbIS communes) do not meet exactly: only the layers that contain it are given.';

function toLocation(context: TerritoriesContext, latitude: number, longitude: number): Location {
  const located = context.services.locator.locate(latitude, longitude);
  const found = Object.values(located).filter(Boolean).length;
  return Object.assign(new Location(), {
    latitude,
    longitude,
    located,
    inRegion: found > 0,
    note: found === 0 ? OUTSIDE : found < 3 ? EDGE : null,
  });
}

/** A derived layer: from the sector, or (for a point on a sector gap) from a commune wholly inside it. */
async function derived(
  context: TerritoriesContext,
  location: Location,
  layer: Layer,
): Promise<string | null> {
  const base = location.located.SECTOR ?? location.located.COMMUNE;
  if (!base) {
    return null;
  }
  const links = (await context.loaders.parents.load(base)).filter(
    (link) => link.parentLayer === layer,
  );
  const link = links[0];
  return link && (location.located.SECTOR || link.share === 1) ? link.parentId : null;
}

const load = (context: TerritoriesContext, id: string | null) =>
  id ? context.loaders.territory.load(id) : Promise.resolve(null);

@Resolver(() => Location)
export class LocateResolver {
  @Query(() => Location, {
    description:
      'Which sector, quartier, commune, groupement, bassin and region contain a WGS84 point. Outside the Region: every layer null, `inRegion` false and a note.',
  })
  locate(
    @Arg('latitude', () => Float) latitude: number,
    @Arg('longitude', () => Float) longitude: number,
    @Ctx() context: TerritoriesContext,
  ): Location {
    assertNoProblems('Invalid coordinates', coordinateProblems(latitude, longitude));
    return toLocation(context, latitude, longitude);
  }

  @Query(() => [Location], {
    description: `locate for a batch of points (at most ${MAX_POINTS}), answers in the order asked; for other services and bulk geocoding.`,
  })
  locateMany(
    @Arg('points', () => [PointInput]) points: PointInput[],
    @Ctx() context: TerritoriesContext,
  ): Location[] {
    if (points.length > MAX_POINTS) {
      throw new BadUserInputError(`At most ${MAX_POINTS} points per call`, [
        { field: 'points', message: `${points.length} points given` },
      ]);
    }
    assertNoProblems(
      'Invalid coordinates',
      points.flatMap((point, index) =>
        coordinateProblems(point.latitude, point.longitude, `points[${index}].`),
      ),
    );
    return points.map((point) => toLocation(context, point.latitude, point.longitude));
  }

  @FieldResolver(() => Sector, {
    nullable: true,
    description: 'The statistical sector containing the point.',
  })
  sector(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    return load(context, location.located.SECTOR);
  }

  @FieldResolver(() => Quartier, {
    nullable: true,
    description: 'The Monitoring quartier containing the point.',
  })
  quartier(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    return load(context, location.located.QUARTIER);
  }

  @FieldResolver(() => Commune, {
    nullable: true,
    description: 'The commune containing the point.',
  })
  commune(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    return load(context, location.located.COMMUNE);
  }

  @FieldResolver(() => Groupement, {
    nullable: true,
    description:
      'The groupement of the active layer containing the point, if any (check `provisional`).',
  })
  async groupement(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    return load(context, await derived(context, location, Layer.GROUPEMENT));
  }

  @FieldResolver(() => Bassin, { nullable: true, description: 'The bassin containing the point.' })
  async bassin(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    return load(context, await derived(context, location, Layer.BASSIN));
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The Region, when the point is in it.',
  })
  async region(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    return load(context, await derived(context, location, Layer.REGION));
  }

  @FieldResolver(() => [Territory], {
    description: 'Every territory containing the point, one per layer, largest layer first.',
  })
  async territories(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    const ids = await Promise.all(
      LAYER_ORDER.map((layer) =>
        layer === Layer.SECTOR || layer === Layer.QUARTIER || layer === Layer.COMMUNE
          ? location.located[layer]
          : derived(context, location, layer),
      ),
    );
    const territories = await Promise.all(ids.map((id) => load(context, id)));
    return territories.filter((territory): territory is Territory => territory !== null);
  }

  @FieldResolver(() => [TerritoryMembership], {
    description:
      'How the sector links to its groupement, bassin and region: share, confidence, method and note (e.g. the City of Brussels’ split between bassins).',
  })
  async memberships(@Root() location: Location, @Ctx() context: TerritoriesContext) {
    if (!location.located.SECTOR) {
      return [];
    }
    return membershipsOf(context, await context.loaders.parents.load(location.located.SECTOR));
  }
}
