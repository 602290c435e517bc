import { Field, ObjectType } from 'type-graphql';

import { languageNames } from '@bxl/common';

@ObjectType({ description: 'A language a service is delivered in: its code and its names.' })
export class SpokenLanguage {
  @Field({ description: 'ISO 639-1 code (`ar`).' })
  code!: string;

  @Field({ description: 'Its name in French (`Arabe`).' })
  labelFr!: string;

  @Field({ description: 'Its name in Dutch (`Arabisch`).' })
  labelNl!: string;
}

export const spokenLanguage = (code: string): SpokenLanguage => {
  const names = languageNames(code);
  return { code, labelFr: names.fr, labelNl: names.nl };
};
