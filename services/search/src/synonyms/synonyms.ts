import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

/** A set of interchangeable terms (French, Dutch, English, acronyms), as written in the data file. */
export interface SynonymGroup {
  /** Kebab-case, unique in the file. */
  id: string;
  terms: string[];
}

/** The committed synonyms (see services/search/data/README.md). */
export const SYNONYMS_FILE = join(__dirname, '..', '..', 'data', 'synonyms.json');

/**
 * The form terms are compared in, by both engines: lower case, accents removed (NFD), apostrophes
 * and hyphens as spaces, whitespace collapsed and trimmed. "Centre d'Action Sociale" → "centre d
 * action sociale", "sans-papiers" → "sans papiers".
 */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u00b4\u2010-\u2014-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_TOKENS = 16;

/** A normalised text's words (letters and digits; at most 16): the form both query readers use. */
export function tokenize(normalised: string): string[] {
  return normalised
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0)
    .slice(0, MAX_TOKENS);
}

const groupSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  terms: z
    .array(
      z
        .string()
        .trim()
        .refine((term) => normaliseTerm(term) !== '', 'a term with letters'),
    )
    .min(2, 'at least two terms'),
});

const fileSchema = z
  .object({ groups: z.array(groupSchema).min(1) })
  .superRefine(({ groups }, context) => {
    const ids = new Set<string>();
    const owners = new Map<string, string>();
    groups.forEach((group, index) => {
      if (ids.has(group.id)) {
        context.addIssue({
          code: 'custom',
          path: ['groups', index, 'id'],
          message: `duplicate group id "${group.id}"`,
        });
      }
      ids.add(group.id);
      group.terms.forEach((term, termIndex) => {
        const normalised = normaliseTerm(term);
        const owner = owners.get(normalised);
        if (owner !== undefined && normalised !== '') {
          context.addIssue({
            code: 'custom',
            path: ['groups', index, 'terms', termIndex],
            message: `"${term}" is already a term of group "${owner}" (as "${normalised}")`,
          });
        }
        owners.set(normalised, group.id);
      });
    });
  });

/** The synonym file is not valid; lists every problem. */
export class SynonymFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid synonyms:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SynonymFileError';
  }
}

/** Validates parsed synonym data (the shape of synonyms.json); throws SynonymFileError. */
export function parseSynonymGroups(data: unknown): SynonymGroup[] {
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    throw new SynonymFileError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data.groups;
}

/** Reads and validates the synonym groups (the committed file unless another is given). */
export function loadSynonymGroups(file: string = SYNONYMS_FILE): SynonymGroup[] {
  return parseSynonymGroups(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Meilisearch's `synonyms` setting: every normalised term of a group mapped to the other terms of
 * its group (multi-word terms included), keys sorted so that the setting is stable.
 */
export function synonymMap(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.terms.map(normaliseTerm))];
    for (const term of terms) {
      map[term] = terms.filter((other) => other !== term);
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
