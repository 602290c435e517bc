import { Language, localized, preferredLanguage } from './language';

describe('preferredLanguage', () => {
  it.each([
    [undefined, Language.FR],
    ['', Language.FR],
    ['nl-BE', Language.NL],
    ['en-GB,en;q=0.9,nl;q=0.8,fr;q=0.7', Language.NL],
    ['fr;q=0.5, nl;q=0.9', Language.NL],
    ['nl;q=0, fr', Language.FR],
    ['de, en', Language.FR],
  ])('reads %p as %p', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });
});

describe('localized', () => {
  it('gives the language asked, else the other one and says so, else null', () => {
    expect(localized('Bonjour', 'Goeiedag', Language.NL)).toEqual({
      text: 'Goeiedag',
      language: Language.NL,
    });
    expect(localized('Bonjour', null, Language.NL)).toEqual({
      text: 'Bonjour',
      language: Language.FR,
    });
    expect(localized(' ', 'Goeiedag', Language.FR)).toEqual({
      text: 'Goeiedag',
      language: Language.NL,
    });
    expect(localized(null, '', Language.FR)).toBeNull();
  });
});
