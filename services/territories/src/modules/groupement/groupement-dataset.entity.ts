import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { Layer } from '../territory/territory.enums';
import { DatasetKind } from './groupement.enums';

@Entity({ schema: 'territories', tableName: 'groupement_dataset' })
@ObjectType({
  description:
    'A version of the groupement layer: the provisional one seeded from named CLSS quartiers, or an imported official table. Exactly one is active.',
})
export class GroupementDataset {
  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id (e.g. `provisional-clss`, `official`).' })
  id!: string;

  @Enum({ items: () => DatasetKind })
  @Field(() => DatasetKind, { description: 'Official or provisional.' })
  kind!: DatasetKind;

  @Property({ type: 'text' })
  @Field({ description: 'Human name of the dataset.' })
  name!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Where it comes from.' })
  source!: string;

  @Enum({ items: () => Layer })
  @Field(() => Layer, { description: 'The units it was built from (SECTOR or QUARTIER).' })
  unitLayer!: Layer;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many groupements it has.' })
  groupementCount!: number;

  @Property({ type: 'boolean' })
  @Field({ description: 'Whether it is the layer answers use (locate, lists).' })
  active!: boolean;

  @Property({ type: 'datetime' })
  @Field({ description: 'When it was loaded.' })
  loadedAt!: Date;

  @Property({ type: 'text' })
  @Field({ description: 'Who loaded it (seed, CLI, or the admin identity).' })
  loadedBy!: string;
}

export const PROVISIONAL_DATASET_ID = 'provisional-clss';
export const OFFICIAL_DATASET_ID = 'official';
