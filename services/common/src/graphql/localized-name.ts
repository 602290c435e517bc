import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';

import type { RequestContext } from './context';
import { Language, localized, LocalizedText } from './language';

interface Named {
  nameFr?: string | null;
  nameNl?: string | null;
}

/**
 * `name(language)` on a type with `nameFr`/`nameNl`: the one asked, else the caller's
 * Accept-Language, falling back to the other language and saying which it returned.
 */
export function localizedNameResolver<T extends Named>(type: ClassType<T>) {
  @Resolver(() => type)
  class LocalizedNameResolver {
    @FieldResolver(() => LocalizedText, {
      nullable: true,
      description: 'The name, in one language (see LocalizedText).',
    })
    name(
      @Root() record: T,
      @Arg('language', () => Language, { nullable: true }) language: Language | null,
      @Ctx() context: RequestContext<unknown>,
    ) {
      return localized(record.nameFr, record.nameNl, language ?? context.language);
    }
  }
  return LocalizedNameResolver;
}
