import type { QueryPlace } from '../../places/places';
import { tokenize } from '../../synonyms/synonyms';

/**
 * What the PostgreSQL engine makes of typed words: tokens corrected against the indexed vocabulary
 * (typos), grouped into synonym concepts (SSM = service de santé mentale = CGG…), stop words dropped,
 * the last word completed as a prefix while typing. Each unit must match (then the last ones are
 * dropped, one by one, until something matches: Meilisearch's `last` matching strategy).
 */

/** One thing the query asks for: any of its alternatives (normalised words or phrases) matches. */
export interface QueryUnit {
  alternatives: string[];
  /** Names a place (see QueryPlace): relaxed first, since the place still ranks the hits. */
  place?: boolean;
  /** A word being typed: also matches words that start with it. */
  prefix?: string;
}

/** What the index knows of one token (one SQL statement for all of them). */
export interface TokenFacts {
  token: string;
  /** A word of the indexed documents or of the synonyms. */
  known: boolean;
  /** A French or Dutch stop word. */
  stop: boolean;
  /** Some indexed word starts with it. */
  prefixKnown: boolean;
  /** Closest indexed words (fewest edits, then trigram similarity), best first; empty when known. */
  candidates: string[];
}

/** Synonym phrases as token lists, longest first, each with the normalised terms of its group. */
export interface SynonymIndex {
  phrases: Array<{ tokens: string[]; group: string[] }>;
}

const MAX_CORRECTIONS = 3;

export function synonymIndex(
  groups: ReadonlyArray<{ terms: string[] }>,
  normalise: (t: string) => string,
): SynonymIndex {
  const phrases = groups.flatMap((group) => {
    const terms = [...new Set(group.terms.map((term) => tokenize(normalise(term)).join(' ')))];
    return terms.map((term) => ({ tokens: term.split(' '), group: terms }));
  });
  phrases.sort((a, b) => b.tokens.length - a.tokens.length);
  return { phrases };
}

/** Whether a phrase can be read at a position, each word being the token or one of its corrections. */
const startsAt = (options: ReadonlyArray<ReadonlySet<string>>, at: number, phrase: string[]) =>
  phrase.every((token, offset) => options[at + offset]?.has(token));

/**
 * The query's units. `typing`: the text does not end with a space, so its last word may be
 * incomplete. Words the index does not know and cannot correct are dropped, like stop words.
 */
export function queryUnits(
  facts: readonly TokenFacts[],
  synonyms: SynonymIndex,
  typing: boolean,
  places: readonly QueryPlace[] = [],
): QueryUnit[] {
  const corrected = facts.map((fact) =>
    !fact.known && fact.candidates.length > 0 ? (fact.candidates[0] as string) : fact.token,
  );
  const options = facts.map(
    (fact) =>
      new Set(
        fact.known ? [fact.token] : [fact.token, ...fact.candidates.slice(0, MAX_CORRECTIONS)],
      ),
  );
  const units: QueryUnit[] = [];
  let at = 0;
  while (at < corrected.length) {
    const place = places.find((candidate) => candidate.start === at);
    if (place) {
      units.push({ alternatives: place.names, place: true });
      at += place.length;
      continue;
    }
    const phrase = synonyms.phrases.find((candidate) => startsAt(options, at, candidate.tokens));
    if (phrase) {
      units.push({ alternatives: phrase.group });
      at += phrase.tokens.length;
      continue;
    }
    const fact = facts[at] as TokenFacts;
    const token = corrected[at] as string;
    const last = at === corrected.length - 1;
    const completing = last && typing && fact.prefixKnown && token.length >= 2;
    const useful = fact.known || fact.candidates.length > 0;
    // An unknown word stands for its few closest known words.
    const alternatives = fact.known ? [token] : fact.candidates.slice(0, MAX_CORRECTIONS);
    if (completing) {
      units.push({ alternatives, prefix: fact.token });
    } else if (useful && !fact.stop && token.length > 1) {
      units.push({ alternatives });
    }
    at += 1;
  }
  return units;
}

/** The units without the one relaxed next: the last place named, else the last unit. */
export function relaxed(units: readonly QueryUnit[]): QueryUnit[] {
  const places = units.flatMap((unit, index) => (unit.place ? [index] : []));
  const dropped = places.at(-1) ?? units.length - 1;
  return units.filter((_, index) => index !== dropped);
}

/**
 * Meilisearch's `last` matching strategy: an attempt with every unit; while it finds nothing, a unit
 * is dropped (places first: they still rank the hits, see relaxed) and the search tried again (at
 * least one unit is kept).
 */
export async function relaxingLast<R>(
  units: readonly QueryUnit[],
  attempt: (units: readonly QueryUnit[]) => Promise<R>,
  found: (result: R) => boolean,
): Promise<R> {
  let kept: readonly QueryUnit[] = [...units];
  let result = await attempt(kept);
  while (!found(result) && kept.length > 1) {
    kept = relaxed(kept);
    result = await attempt(kept);
  }
  return result;
}
