/**
 * The two PSSI texts the rules come from, as committed in `seed/sources/` (see its README). A rule
 * cites its file and section with `cite`; the citation is what the API's `source` fields show.
 */
export const PSSI_VISION_TEXT = 'seed/sources/000_a065aba199f08f29.txt';
export const CSSI_NOTE = 'seed/sources/003_07aa008c49125100.txt';

/** "file, section[, item n]": where in a text a rule is written. */
export const cite = (file: string, section: string, item?: number | string) =>
  `${file}, ${section}${item === undefined ? '' : `, item ${item}`}`;

/** The CSSI note's sections (part 2, "FOCUS SUR LE CENTRE SOCIAL SANTÉ INTÉGRÉ"). */
export const NOTE_SECTIONS = {
  definition: '§ 2 "FOCUS SUR LE CENTRE SOCIAL SANTÉ INTÉGRÉ"',
  missions: '§ 2.1 "MISSIONS CSSI"',
  frame: '§ 2.2 "CADRE CSSI"',
  budget: '§ 2.3 "BUDGET CSSI"',
  options: '§ 2.4 "OPTIONS ADMINISTRATIVES"',
  criteria: '§ 2.5 "CRITÈRES « D\'INTÉGRATION »"',
  specialised: '§ 2.6 "MISSIONS SPÉCIALISÉES"',
  inclusive: '§ 2.7 "FONCTION INCLUSIVE"',
} as const;

/** A code with its labels: what the API accepts and shows. */
export interface Labelled {
  code: string;
  fr: string;
  /** Dutch: the project's own translation wherever `source` is set (the texts are French only). */
  nl: string;
  /** Where the rule is written (`cite`); absent: a code of the project's own, not from the texts. */
  source?: string;
  /** The text's own words for this item, exactly (list number and closing punctuation left out). */
  textFr?: string;
}

/** An item of a text: its code, labels, citation and exact words. */
export const cited = (
  code: string,
  fr: string,
  nl: string,
  source: string,
  textFr: string = fr,
): Labelled => ({ code, fr, nl, source, textFr });

/** The items of one list of a text: `(number, code, fr, nl, textFr = fr)`, each citing its item. */
export const listOf =
  (file: string, section: string) =>
  (number: number, code: string, fr: string, nl: string, textFr: string = fr): Labelled =>
    cited(code, fr, nl, cite(file, section, number), textFr);

/** A code of the project's own (a role, a function… no text names). */
export const own = (code: string, fr: string, nl: string): Labelled => ({ code, fr, nl });
