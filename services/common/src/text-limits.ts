import type { Problem } from './errors';

/**
 * How long a text of a record may be, by kind of field, declared once for every subgraph's writes
 * and imports: beyond any real name or description, far below what could slow a service down.
 */
export const TEXT_LIMITS = {
  /** Names, alternate names, street names, titles. */
  name: 300,
  /** Descriptions, eligibility, how to apply, cost, notes, sources. */
  text: 5_000,
  /** Anything else: codes, ids, phones, e-mails, web addresses, numbers written as text. */
  other: 1_000,
} as const;

/** Items in one list of a request (filter values, phones, ids…): locateMany's 1,000 points at most. */
export const MAX_LIST_ITEMS = 1_000;

const NAME_FIELD = /name|street|title/i;
const TEXT_FIELD = /description|eligibility|howToApply|cost|note|comment|source/i;

/** The limit of a field, by its name (`nameFr`, `descriptionNl`, `streetFr`, `phones[2]`…). */
export function textLimitOf(field: string): number {
  if (TEXT_FIELD.test(field)) {
    return TEXT_LIMITS.text;
  }
  return NAME_FIELD.test(field) ? TEXT_LIMITS.name : TEXT_LIMITS.other;
}

/** Every string of a record's values (lists included) longer than its field allows. */
export function textLimitProblems(values: object, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const field = prefix ? `${prefix}.${key}` : key;
    const strings: Array<[string, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [`${field}[${index}]`, item])
      : [[field, value]];
    for (const [name, item] of strings) {
      if (typeof item === 'string' && item.length > textLimitOf(key)) {
        problems.push({
          field: name,
          message: `at most ${textLimitOf(key)} characters (${item.length} given)`,
        });
      }
    }
  }
  return problems;
}
