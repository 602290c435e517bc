import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

import { Taxonomy } from '../actor.enums';
import { Labelled } from '../taxonomy/labelled.entity';

/** A taxonomy term that meets a need, stored in the need's `links` (jsonb). */
@ObjectType({
  description:
    'A service type or target public that meets a need: services of that type, or for that public, meet it (fully, or only partly).',
})
export class NeedLink {
  @Field(() => Taxonomy, { description: 'SERVICE_TYPE or TARGET_PUBLIC.' })
  taxonomy!: Taxonomy;

  @Field({ description: 'The term’s code in that taxonomy.' })
  code!: string;

  @Field({
    description:
      'True when services of this term meet the need only in part (some of them, or one aspect): `note` says how.',
  })
  partial!: boolean;

  @Field(() => String, { nullable: true, description: 'Why, how far, and the source where any.' })
  note?: string | null;
}

@Entity({ schema: 'actors', tableName: 'need' })
@ObjectType({
  description:
    'A need a person may come with ("aide alimentaire", "huisarts"…), in the words professionals and people use, linked to the service types and publics that meet it. Our own compilation (services/actors/data/needs.json), extended by admins; not an official list.',
})
export class Need extends Labelled {
  @PrimaryKey({ type: 'text' })
  @Field({ description: 'Stable code, e.g. `food-aid`.' })
  code!: string;

  @Property({ type: 'text[]' })
  @Field(() => [String], {
    description:
      'The words people use in French: everyday words, jargon, acronyms, common misspellings.',
  })
  wordsFr: string[] = [];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'The words people use in Dutch.' })
  wordsNl: string[] = [];

  @Property({ type: 'json' })
  @Field(() => [NeedLink], { description: 'The service types and publics that meet it.' })
  links: NeedLink[] = [];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Where the links come from (texts, agréments).' })
  sources: string[] = [];
}
