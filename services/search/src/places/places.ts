import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { normaliseTerm, tokenize } from '../synonyms/synonyms';

/**
 * Places named in a query ("CPAS de Molenbeek", "maison médicale Schaerbeek", "OCMW Laken"): the
 * words of the query that name Brussels territories (bassins, communes, groupements, quartiers, in
 * French or Dutch, or by a common alias), so that the engines can restrict or rank by that place.
 */

/** A territory as the gazetteer knows it. */
export interface PlaceTerritory {
  id: string;
  nameFr: string;
  nameNl: string;
  /** The bassins it lies in (wholly or partly): the "near" ranking when the place itself has nothing. */
  bassins: string[];
}

/** A place named in a query. */
export interface QueryPlace {
  /** Position of its first token in `tokenize(normaliseTerm(text))`, and how many tokens it spans. */
  start: number;
  length: number;
  /** The normalised words as typed ("molenbek"). */
  typed: string;
  /** Every normalised name of the territories meant (to match as words too: "Centre de planning de Cureghem"). */
  names: string[];
  /** The territories meant (a service located in or serving one of them is in the place). */
  ids: string[];
  /** Their bassins (a service there is near the place). */
  bassins: string[];
}

/** The aliases file (see services/search/data/README.md). */
export const PLACE_ALIASES_FILE = join(__dirname, '..', '..', 'data', 'place-aliases.json');

const aliasesSchema = z.object({
  aliases: z.array(
    z.object({ alias: z.array(z.string().min(1)).min(1), names: z.array(z.string()).min(1) }),
  ),
});

export type PlaceAliases = z.infer<typeof aliasesSchema>['aliases'];

export function loadPlaceAliases(file: string = PLACE_ALIASES_FILE): PlaceAliases {
  return aliasesSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).aliases;
}

/** Words that name no place alone even when a territory is called so (too common in queries). */
const NOT_ALONE = new Set([
  'centre',
  'nord',
  'sud',
  'est',
  'ouest',
  'noord',
  'zuid',
  'oost',
  'west',
]);

interface Entry {
  tokens: string[];
  names: Set<string>;
  ids: Set<string>;
  bassins: Set<string>;
}

const phrase = (name: string) => tokenize(normaliseTerm(name));

/** A name as typed, and without the kind it starts with ("CLSS Cureghem" → "cureghem"). */
function withoutKind(name: string): string[] {
  const words = phrase(name);
  return words[0] === 'clss' && words.length > 1
    ? [words.join(' '), words.slice(1).join(' ')]
    : [words.join(' ')];
}

/** Every way of typing each place, longest first (official names FR/NL and the aliases). */
export class Gazetteer {
  private readonly entries: Entry[];

  constructor(territories: readonly PlaceTerritory[], aliases: PlaceAliases = []) {
    const byKey = new Map<string, Entry>();
    const add = (tokens: string[], meant: readonly PlaceTerritory[]) => {
      if (tokens.length === 0 || meant.length === 0) {
        return;
      }
      if (tokens.length === 1 && NOT_ALONE.has(tokens[0] as string)) {
        return;
      }
      const key = tokens.join(' ');
      const entry = byKey.get(key) ?? {
        tokens,
        names: new Set(),
        ids: new Set(),
        bassins: new Set(),
      };
      for (const territory of meant) {
        entry.ids.add(territory.id);
        territory.bassins.forEach((bassin) => entry.bassins.add(bassin));
        entry.names.add(phrase(territory.nameFr).join(' '));
        entry.names.add(phrase(territory.nameNl).join(' '));
      }
      entry.names.add(key);
      byKey.set(key, entry);
    };
    const byName = new Map<string, PlaceTerritory[]>();
    for (const territory of territories) {
      for (const name of new Set([territory.nameFr, territory.nameNl].flatMap(withoutKind))) {
        byName.set(name, [...(byName.get(name) ?? []), territory]);
      }
    }
    for (const [key, meant] of byName) {
      add(key.split(' '), meant);
    }
    for (const { alias, names } of aliases) {
      // An alias naming a territory the directory does not have (yet) is ignored, not an error.
      const meant = names.flatMap((name) => byName.get(phrase(name).join(' ')) ?? []);
      alias.forEach((typed) => add(phrase(typed), meant));
    }
    this.entries = [...byKey.values()].sort((a, b) => b.tokens.length - a.tokens.length);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The places named in a text, left to right, each token in at most one place. */
  recognise(text: string): QueryPlace[] {
    const tokens = tokenize(normaliseTerm(text));
    const places: QueryPlace[] = [];
    let at = 0;
    while (at < tokens.length) {
      const entry = this.entries.find((candidate) =>
        candidate.tokens.every((token, offset) => close(tokens[at + offset], token)),
      );
      if (!entry) {
        at += 1;
        continue;
      }
      places.push({
        start: at,
        length: entry.tokens.length,
        typed: tokens.slice(at, at + entry.tokens.length).join(' '),
        names: [...entry.names],
        ids: [...entry.ids].sort(),
        bassins: [...entry.bassins].sort(),
      });
      at += entry.tokens.length;
    }
    return places;
  }
}

/** A typed word is a place's word when equal, or one edit away in a word of 6 letters or more. */
function close(typed: string | undefined, word: string): boolean {
  if (typed === undefined) {
    return false;
  }
  if (typed === word) {
    return true;
  }
  return word.length >= 6 && Math.abs(typed.length - word.length) <= 1 && edits(typed, word) <= 1;
}

/** Levenshtein distance (words are short). */
function edits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
