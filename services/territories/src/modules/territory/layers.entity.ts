import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';

import { Territory } from './territory.entity';
import { Layer, QuartierKind } from './territory.enums';

@Entity({ discriminatorValue: Layer.REGION })
@ObjectType({ implements: Territory, description: 'The Brussels-Capital Region (NIS 04000).' })
@Directive('@key(fields: "id")')
export class Region extends Territory {}

@Entity({ discriminatorValue: Layer.BASSIN })
@ObjectType({
  implements: Territory,
  description:
    "A bassin d'aide et de soins: one of the 5 PSSI care basins. Its communes (and, for the City of Brussels, its sub-municipalities) come with the confidence of their source.",
})
@Directive('@key(fields: "id")')
export class Bassin extends Territory {
  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The bassin website the composition was read from.',
  })
  sourceUrl?: string | null;
}

@Entity({ discriminatorValue: Layer.COMMUNE })
@ObjectType({
  implements: Territory,
  description: 'One of the 19 communes; `code` is its NIS code.',
})
@Directive('@key(fields: "id")')
export class Commune extends Territory {}

@Entity({ discriminatorValue: Layer.QUARTIER })
@ObjectType({
  implements: Territory,
  description:
    'A quartier of the Monitoring des Quartiers (IBSA / perspective.brussels); `code` is its mdzone.',
})
@Directive('@key(fields: "id")')
export class Quartier extends Territory {
  @Enum({ items: () => QuartierKind, nullable: true })
  @Field(() => QuartierKind, {
    description: 'Inhabited quartier, park, industrial zone or cemetery.',
  })
  kind!: QuartierKind;
}

@Entity({ discriminatorValue: Layer.SECTOR })
@ObjectType({
  implements: Territory,
  description:
    'A Statbel statistical sector (2022 version); `code` is its Statbel code, e.g. 21004A00-.',
})
@Directive('@key(fields: "id")')
export class Sector extends Territory {
  @Property({ type: 'text', nullable: true })
  @Field({ description: 'The Statbel sub-municipality code (e.g. 21004A for the Pentagone).' })
  subMunicipalityCode!: string;

  @Property({ type: 'text', nullable: true })
  @Field({ description: 'The sub-municipality name in French.' })
  subMunicipalityFr!: string;

  @Property({ type: 'text', nullable: true })
  @Field({ description: 'The sub-municipality name in Dutch.' })
  subMunicipalityNl!: string;
}
