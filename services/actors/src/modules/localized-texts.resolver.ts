import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';

import { Language, LocalizedText, localized, localizedNameResolver } from '@bxl/common';

import type { ActorsContext } from '../context';
import { Organisation } from './organisation/organisation.entity';
import { Service } from './service/service.entity';
import { Site } from './site/site.entity';

interface Texts {
  nameFr?: string | null;
  nameNl?: string | null;
  descriptionFr?: string | null;
  descriptionNl?: string | null;
}

/**
 * `name` (common's localizedNameResolver) and `description` in one language: the one asked, else
 * the caller's Accept-Language, falling back to the other language and saying which it returned.
 */
function localizedTexts<T extends Texts>(type: ClassType<T>) {
  @Resolver(() => type)
  class LocalizedDescriptionResolver extends localizedNameResolver(type) {
    @FieldResolver(() => LocalizedText, {
      nullable: true,
      description: 'The description, in one language.',
    })
    description(
      @Root() record: T,
      @Arg('language', () => Language, { nullable: true }) language: Language | null,
      @Ctx() context: ActorsContext,
    ) {
      return localized(record.descriptionFr, record.descriptionNl, language ?? context.language);
    }
  }
  return LocalizedDescriptionResolver;
}

export const localizedTextsResolvers = [
  localizedTexts(Organisation),
  localizedTexts(Service),
  localizedNameResolver(Site),
];
