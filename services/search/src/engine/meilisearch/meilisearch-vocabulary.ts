import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import type { SynonymGroup } from '../../synonyms/synonyms';
import { loadSynonymGroups, normaliseTerm, synonymMap, tokenize } from '../../synonyms/synonyms';

/** The committed stop words (see services/search/data/README.md). */
export const STOP_WORDS_FILE = join(__dirname, '..', '..', '..', 'data', 'stop-words.json');

const stopWordsSchema = z.object({
  fr: z.array(z.string().trim().min(1)),
  nl: z.array(z.string().trim().min(1)),
});

/** The French and Dutch stop words, normalised, de-duplicated and sorted. */
export function loadStopWords(file: string = STOP_WORDS_FILE): string[] {
  const lists = stopWordsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return [...new Set([...lists.fr, ...lists.nl].map(normaliseTerm))].sort();
}

/** The words-and-terms part of the index settings, from the data files. */
export interface SearchVocabulary {
  /** Meilisearch's `synonyms`: each normalised term → the other terms of its group. */
  synonyms: Record<string, string[]>;
  stopWords: string[];
  /** Acronyms of four or five letters, searched without typos ("cpas" must not find "cpms"). */
  exactWords: string[];
}

/** An acronym as written in the synonyms: capitals (and digits or `+`), e.g. "CPAS", "LGBTQI+". */
const ACRONYM = /^[A-Z][A-Z0-9+]+$/;

/**
 * The vocabulary from synonym groups and stop words. Acronyms of up to three letters need no entry
 * in `exactWords`: the typo settings allow no typo below four letters.
 */
export function searchVocabulary(
  groups: readonly SynonymGroup[],
  stopWords: readonly string[],
): SearchVocabulary {
  const exactWords = groups
    .flatMap((group) => group.terms)
    .filter((term) => ACRONYM.test(term))
    .map(normaliseTerm)
    .filter((word) => word.length >= 4 && word.length <= 5);
  return {
    synonyms: synonymMap(groups),
    stopWords: [...stopWords],
    exactWords: [...new Set(exactWords)].sort(),
  };
}

/** The vocabulary of the committed data files (read once per call: call it at start-up). */
export function loadSearchVocabulary(): SearchVocabulary {
  return searchVocabulary(loadSynonymGroups(), loadStopWords());
}

/**
 * A query with its multi-word synonyms made whole: Meilisearch looks synonyms up for one to three
 * query words only and, with the `last` strategy, drops the last words of a phrase that matches
 * nowhere as typed ("soins infirmiers à domicile" would end as "soins"; "sans domicile fixe" as
 * "sans domicile"). Each typed multi-word term of a group becomes the group's shortest one-word term
 * (which Meilisearch expands to the whole group, phrases matched as phrases), or the phrase in
 * quotes when the group has none. Texts without a multi-word term are left as typed.
 */
export function wholeSynonyms(text: string, synonyms: Readonly<Record<string, string[]>>): string {
  const tokens = tokenize(normaliseTerm(text));
  const phrases = Object.keys(synonyms)
    .map((term) => term.split(' '))
    .filter((words) => words.length > 1)
    .sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let changed = false;
  for (let at = 0; at < tokens.length; ) {
    const phrase = phrases.find((words) => words.every((word, i) => tokens[at + i] === word));
    if (!phrase) {
      out.push(tokens[at] as string);
      at += 1;
      continue;
    }
    const term = phrase.join(' ');
    const single = [term, ...(synonyms[term] ?? [])]
      .filter((other) => !other.includes(' '))
      .sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
    out.push(single ?? `"${term}"`);
    changed = true;
    at += phrase.length;
  }
  return changed ? out.join(' ') : text;
}
