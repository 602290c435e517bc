import { Field, InputType } from 'type-graphql';

import type { Problem } from '@bxl/common';

import { Taxonomy } from '../actor.enums';
import { termKey } from '../taxonomy/taxonomy.repository';
import type { TaxonomyCodes } from '../taxonomy/taxonomy.repository';
import { NEED_CODE } from './need.data';

@InputType({ description: 'A service type or target public that meets the need.' })
export class NeedLinkInput {
  @Field(() => Taxonomy, { description: 'SERVICE_TYPE or TARGET_PUBLIC.' })
  taxonomy!: Taxonomy;

  @Field({ description: 'An existing code of that taxonomy.' })
  code!: string;

  @Field({ description: 'True when it meets the need only in part (then `note` is required).' })
  partial!: boolean;

  @Field(() => String, { nullable: true, description: 'Why, how far, and the source where any.' })
  note?: string | null;
}

@InputType({ description: 'A need’s content; lists are whole (an update replaces them).' })
export class NeedInput {
  @Field({ description: 'Label in French.' })
  labelFr!: string;

  @Field({ description: 'Label in Dutch.' })
  labelNl!: string;

  @Field(() => [String], { description: 'Words people use in French (at most 200).' })
  wordsFr!: string[];

  @Field(() => [String], { description: 'Words people use in Dutch (at most 200).' })
  wordsNl!: string[];

  @Field(() => [NeedLinkInput], {
    description: 'The types and publics that meet it (one at least).',
  })
  links!: NeedLinkInput[];

  @Field(() => [String], { nullable: true, description: 'Sources of the links.' })
  sources?: string[];
}

@InputType({ description: 'A new need: its stable code and its content.' })
export class CreateNeedInput extends NeedInput {
  @Field({ description: 'Stable code: lower-case words joined by "-", at most 40 characters.' })
  code!: string;
}

const MAX_WORDS = 200;
const MAX_WORD = 80;

/** A list of words trimmed, without empties or repeats (case-insensitive). */
const cleanWords = (words: readonly string[]) => {
  const seen = new Set<string>();
  return words
    .map((word) => word.trim())
    .filter((word) => {
      const key = word.toLowerCase();
      const keep = word !== '' && !seen.has(key);
      seen.add(key);
      return keep;
    });
};

/** The content as stored, and its problems named by field (`input.links[2].code`…). */
export function needContent(input: NeedInput, codes: TaxonomyCodes) {
  const problems: Problem[] = [];
  for (const field of ['labelFr', 'labelNl'] as const) {
    if (!input[field].trim()) {
      problems.push({ field: `input.${field}`, message: 'a label is required' });
    }
  }
  const words = { wordsFr: cleanWords(input.wordsFr), wordsNl: cleanWords(input.wordsNl) };
  for (const field of ['wordsFr', 'wordsNl'] as const) {
    if (words[field].length > MAX_WORDS) {
      problems.push({ field: `input.${field}`, message: `at most ${MAX_WORDS} words` });
    }
    words[field].forEach((word, index) => {
      if (word.length > MAX_WORD) {
        problems.push({
          field: `input.${field}[${index}]`,
          message: `at most ${MAX_WORD} characters`,
        });
      }
    });
  }
  if (input.links.length === 0) {
    problems.push({ field: 'input.links', message: 'at least one type or public meets a need' });
  }
  const linked = new Set<string>();
  input.links.forEach((link, index) => {
    const key = termKey(link.taxonomy, link.code);
    if (!codes.terms.has(key)) {
      problems.push({
        field: `input.links[${index}].code`,
        message: `unknown ${link.taxonomy} code "${link.code}"`,
      });
    } else if (linked.has(key)) {
      problems.push({ field: `input.links[${index}].code`, message: 'linked twice' });
    }
    linked.add(key);
    if (link.partial && !link.note?.trim()) {
      problems.push({
        field: `input.links[${index}].note`,
        message: 'a partial link says in a note how far it meets the need',
      });
    }
  });
  return {
    problems,
    content: {
      labelFr: input.labelFr.trim(),
      labelNl: input.labelNl.trim(),
      ...words,
      links: input.links.map((link) => ({
        taxonomy: link.taxonomy,
        code: link.code,
        partial: link.partial,
        note: link.note?.trim() || null,
      })),
      sources: cleanWords(input.sources ?? []),
    },
  };
}

/** A new need's code problems. */
export const needCodeProblems = (code: string): Problem[] =>
  NEED_CODE.test(code) && code.length <= 40
    ? []
    : [{ field: 'input.code', message: 'lower-case words joined by "-", at most 40 characters' }];
