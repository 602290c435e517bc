const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

const NAMES = {
  fr: new Intl.DisplayNames(['fr'], { type: 'language' }),
  nl: new Intl.DisplayNames(['nl'], { type: 'language' }),
};

/**
 * A language code's names in French and Dutch ('ar' → Arabe / Arabisch), from ICU (Node ships it
 * whole): the names portals show for the codes services speak. An unknown code keeps its code.
 */
export function languageNames(code: string): { fr: string; nl: string } {
  const name = (language: 'fr' | 'nl') => {
    try {
      return capitalised(NAMES[language].of(code) ?? code);
    } catch {
      return code;
    }
  };
  return { fr: name('fr'), nl: name('nl') };
}
