import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';

import type { MembershipRow } from '../../model/atoms';
import { Territory } from './territory.entity';
import { Confidence, LinkMethod } from './territory.enums';

export enum GeometryDetail {
  FULL = 'FULL',
  SIMPLIFIED = 'SIMPLIFIED',
}
registerEnumType(GeometryDetail, {
  name: 'GeometryDetail',
  description: 'The source geometry, or a lighter one for maps (Douglas–Peucker, ~15 m tolerance).',
});

@ObjectType({ description: 'A WGS84 point.' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude, degrees north.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude, degrees east.' })
  longitude!: number;
}

@InputType({ description: 'A WGS84 point to locate.' })
export class PointInput {
  @Field(() => Float, { description: 'Latitude, degrees north (−90 to 90).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude, degrees east (−180 to 180).' })
  longitude!: number;
}

/** A membership row as loaders return it, before its other end is loaded. */
export interface MembershipView extends MembershipRow {
  /** The end a client sees: the parent for `within`, the child for `contains`. */
  otherId: string;
}

@ObjectType({
  description:
    'A link between two territories of different layers: the other territory, the share of the area that overlaps, and how sure the link is.',
})
export class TerritoryMembership {
  @Field(() => Territory, { description: 'The territory at the other end of the link.' })
  territory!: Territory;

  @Field(() => Float, {
    description: 'Share of the smaller territory’s area inside the larger one (1 = wholly inside).',
  })
  share!: number;

  @Field(() => Confidence, { description: 'How sure the link is.' })
  confidence!: Confidence;

  @Field(() => LinkMethod, { description: 'How the link was established.' })
  method!: LinkMethod;

  @Field(() => String, {
    nullable: true,
    description: 'Why, where it is not plain (source, assumption).',
  })
  note!: string | null;
}
