import { Field, Float, ObjectType } from 'type-graphql';

import type { Located } from './locate.index';

@ObjectType({
  description:
    'Where a point is: the territory of each layer that contains it. Sector, quartier and commune come from their own geometry; groupement, bassin and region from the sector (their unit), with the confidence of that link in `memberships`.',
})
export class Location {
  @Field(() => Float, { description: 'The latitude asked.' })
  latitude!: number;

  @Field(() => Float, { description: 'The longitude asked.' })
  longitude!: number;

  @Field({ description: 'Whether the point lies in the Brussels-Capital Region.' })
  inRegion!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What the answer means where it is not plain.',
  })
  note!: string | null;

  /** The ids found by geometry. */
  located!: Located;
}
