import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

import { Confidence, Layer, LinkMethod } from './territory.enums';

/**
 * "Child lies (partly) in parent", for every pair of layers (a closure table): a sector in its
 * quartier, commune, bassin, groupement and region; a quartier in each commune it overlaps, with the
 * share of its area. Computed at seed and import time from the sectors, the atoms of the model.
 */
@Entity({ schema: 'territories', tableName: 'membership' })
@Index({ properties: ['parentId', 'childLayer'] })
export class Membership {
  @PrimaryKey({ type: 'text' })
  childId!: string;

  @PrimaryKey({ type: 'text' })
  parentId!: string;

  @Enum({ items: () => Layer })
  childLayer!: Layer;

  @Enum({ items: () => Layer })
  parentLayer!: Layer;

  /** Share of the child's area that lies in the parent (1 = wholly inside). */
  @Property({ type: 'double' })
  share!: number;

  @Enum({ items: () => Confidence })
  confidence!: Confidence;

  @Enum({ items: () => LinkMethod })
  method!: LinkMethod;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
