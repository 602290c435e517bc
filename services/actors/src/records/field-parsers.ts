/** Field parsers for the hand-collected services-seed.csv: addresses, phones, languages. */

export interface ParsedAddress {
  streetFr: string | null;
  streetNl: string | null;
  number: string | null;
  postcode: string | null;
}

const NO_ADDRESS: ParsedAddress = { streetFr: null, streetNl: null, number: null, postcode: null };
const FRENCH_STREET =
  /^(rue|avenue|chaussée|boulevard|place|square|quai|drève|clos|allée|galerie|parvis|impasse|chemin|sentier|rond-point|cours|passage)\b/i;
const DUTCH_STREET = /(straat|laan|plein|steenweg|dreef|lei|kaai|weg|pad|hof|markt|galerij)$/i;
const STREET_AND_NUMBER = /^(\p{L}[^\d]*?)\s+(\d+[a-z]?(?:\s*-\s*\d+[a-z]?)?)$/iu;

const isDutch = (street: string) => DUTCH_STREET.test(street) && !FRENCH_STREET.test(street);

/**
 * "Street 12, 1000 Commune (notes)" → street, number, postcode. Conservative: parenthesised notes
 * are dropped, a parenthesised "Other-language street 12" with the same number is kept as the other
 * language's name, and anything else that does not read as "street [number]" is kept whole in
 * streetFr with no number.
 */
export function parseAddress(address: string): ParsedAddress {
  const text = address.trim();
  if (!text) {
    return NO_ADDRESS;
  }
  const [first = '', ...rest] = text.split(',');
  const postcode = /(?:^|\s)(1\d{3})\b/.exec(rest.join(',').replace(/\([^)]*\)/g, ''))?.[1] ?? null;
  const main = first
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/^\p{L}/u.test(main)) {
    return { ...NO_ADDRESS, streetFr: text, postcode };
  }
  const matched = STREET_AND_NUMBER.exec(main);
  if (!matched && /\d/.test(main)) {
    return { ...NO_ADDRESS, streetFr: text, postcode };
  }
  const street = matched ? (matched[1] as string).trim() : main;
  const number = matched ? (matched[2] as string).replace(/\s+/g, '') : null;
  const other = [...text.matchAll(/\(([^)]*)\)/g)]
    .map((group) => STREET_AND_NUMBER.exec((group[1] as string).trim()))
    .find((alt) => alt && number && alt[2]?.replace(/\s+/g, '') === number)?.[1]
    ?.trim();
  if (isDutch(street)) {
    return { streetFr: other ?? null, streetNl: street, number, postcode };
  }
  return { streetFr: street, streetNl: other ?? null, number, postcode };
}

/**
 * Belgian numbers in free text ("02/529.41.20 (permanence 8h-12h)", "02 376 72 22 ; 0473 18 28 35")
 * → E.164 ("+3225294120"). Text that is not a number is dropped; a number that does not have the
 * length of a Belgian landline (0 + 8 digits) or mobile (04 + 8 digits) is dropped too.
 */
export function parseBelgianPhones(text: string): string[] {
  const phones: string[] = [];
  for (const candidate of text.match(/(?<![\d+])(?:\+\s?32|0)[\d\s./-]{6,16}\d/g) ?? []) {
    const digits = candidate.replace(/\D/g, '');
    const national = digits.startsWith('32') ? `0${digits.slice(2)}` : digits;
    const valid = national.length === 9 || (national.length === 10 && national.startsWith('04'));
    const e164 = `+32${national.slice(1)}`;
    if (valid && national[1] !== '0' && !phones.includes(e164)) {
      phones.push(e164);
    }
  }
  return phones;
}

/** Language names (EN, FR, NL) → ISO 639-1. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  anglais: 'en',
  engels: 'en',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  frans: 'fr',
  dutch: 'nl',
  flemish: 'nl',
  néerlandais: 'nl',
  neerlandais: 'nl',
  nederlands: 'nl',
  spanish: 'es',
  espagnol: 'es',
  spaans: 'es',
  russian: 'ru',
  russe: 'ru',
  russisch: 'ru',
  arabic: 'ar',
  arabe: 'ar',
  arabisch: 'ar',
  turkish: 'tr',
  turc: 'tr',
  turks: 'tr',
  portuguese: 'pt',
  portugais: 'pt',
  portugees: 'pt',
  romanian: 'ro',
  roumain: 'ro',
  roemeens: 'ro',
  polish: 'pl',
  polonais: 'pl',
  pools: 'pl',
  german: 'de',
  allemand: 'de',
  duits: 'de',
  italian: 'it',
  italien: 'it',
  italiaans: 'it',
  lingala: 'ln',
  somali: 'so',
  albanian: 'sq',
  albanais: 'sq',
  bulgarian: 'bg',
  bulgare: 'bg',
  persian: 'fa',
  farsi: 'fa',
  persan: 'fa',
  pashto: 'ps',
  tigrinya: 'ti',
  tigrigna: 'ti',
  amharic: 'am',
  ukrainian: 'uk',
  ukrainien: 'uk',
  greek: 'el',
  grec: 'el',
  swahili: 'sw',
  kurdish: 'ku',
  kurde: 'ku',
};
const ISO_CODES = new Set(Object.values(LANGUAGE_NAMES));

/**
 * "fr, nl" or prose ("team speaks Spanish, Russian, Dutch") → ISO 639-1 codes, in order, no
 * duplicates. Two-letter codes are read only when the whole field is a list of codes, so that words
 * such as "en" (Dutch "and") or "it" in prose are not taken for languages.
 */
export function parseLanguages(text: string): string[] {
  const value = text.trim().toLowerCase();
  if (!value) {
    return [];
  }
  const words = /^[a-z]{2}(\s*[,;/ ]\s*[a-z]{2})*$/.test(value)
    ? value.split(/[\s,;/]+/).filter((code) => ISO_CODES.has(code))
    : (value.match(/\p{L}+/gu) ?? []).flatMap((word) => LANGUAGE_NAMES[word] ?? []);
  return [...new Set(words)];
}
