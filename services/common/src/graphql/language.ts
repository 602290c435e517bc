import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum Language {
  FR = 'FR',
  NL = 'NL',
}
registerEnumType(Language, {
  name: 'Language',
  description:
    'The Region’s two languages. When a field is not asked in one, the Accept-Language header decides (French by default).',
});

@ObjectType({
  description:
    'A text in one language, saying which: the one asked, or the other when it has no text in it.',
})
@Directive('@shareable')
export class LocalizedText {
  @Field({ description: 'The text.' })
  text!: string;

  @Field(() => Language, { description: 'The language of the text.' })
  language!: Language;
}

/** The language a request prefers, from its Accept-Language header: the first of fr/nl it names, else French. */
export function preferredLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.split('-')[0], q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => (entry.tag === 'fr' || entry.tag === 'nl') && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag === 'nl' ? Language.NL : Language.FR;
}

/** The text in the language asked, else in the other one (and says which); null if there is none. */
export function localized(
  fr: string | null | undefined,
  nl: string | null | undefined,
  language: Language,
): LocalizedText | null {
  const [first, second] = language === Language.NL ? [nl, fr] : [fr, nl];
  const other = language === Language.NL ? Language.FR : Language.NL;
  if (first?.trim()) {
    return { text: first, language };
  }
  return second?.trim() ? { text: second, language: other } : null;
}
