import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';

import { Territory } from '../territory/territory.entity';
import { Layer } from '../territory/territory.enums';
import { ClssStatus, MappingConfidence, NeedIndicatorKind } from './groupement.enums';

@ObjectType({
  description: 'One need indicator of a groupement: its value and its rank among the groupements.',
})
export class NeedIndicator {
  @Field(() => NeedIndicatorKind, { description: 'Which indicator.' })
  kind!: NeedIndicatorKind;

  @Field(() => Float, { description: 'The value, in the unit of the indicator.' })
  value!: number;

  @Field(() => Int, { description: 'Its rank among the groupements of the dataset.' })
  rank!: number;
}

@Entity({ discriminatorValue: Layer.GROUPEMENT })
@ObjectType({
  implements: Territory,
  description:
    'A groupement de quartiers / quartier social-santé. Check `provisional`: until the official layer is imported, the groupements are a stand-in built from named CLSS quartiers.',
})
@Directive('@key(fields: "id")')
export class Groupement extends Territory {
  @Property({ type: 'text', nullable: true })
  datasetId!: string;

  @Enum({ items: () => ClssStatus, nullable: true })
  @Field(() => ClssStatus, { description: 'Whether it has a CLSS (contrat local social-santé).' })
  clssStatus!: ClssStatus;

  @Property({ type: 'json', nullable: true })
  @Field(() => [NeedIndicator], { description: 'The four need indicators (empty when not known).' })
  indicators: NeedIndicator[] = [];

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Sum of the four ranks (max 4 × number of groupements).',
  })
  rankSum?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Priority order (1 = neediest), from the rank sum.',
  })
  priorityOrder?: number | null;

  @Enum({ items: () => MappingConfidence, nullable: true })
  @Field(() => MappingConfidence, {
    nullable: true,
    description: 'Provisional layer: how sure the mapping of the named quartier is.',
  })
  mappingConfidence?: MappingConfidence | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What the source says, and where the mapping is unsure.',
  })
  note?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The source of this groupement.' })
  source?: string | null;
}
