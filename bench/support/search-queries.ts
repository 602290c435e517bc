// The queries the search benchmark sends: what professionals type, taken from both relevance sets
// (tests/relevance/), plus the same words with the filters portals add — at least 200 distinct
// requests, so that no cache can answer them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchVariables {
  query: string;
  filters?: Record<string, unknown>;
}

const RELEVANCE = join(__dirname, '..', '..', 'tests', 'relevance');
const read = (file: string) =>
  JSON.parse(readFileSync(join(RELEVANCE, file), 'utf8')) as { cases: Array<{ query: string }> };

const FILTERS: Array<Record<string, unknown>> = [
  { bassins: ['bassin:sud'] },
  { languages: ['nl'] },
  { access: ['FREE'] },
  { territory: 'bassin:nord', mode: 'BOTH' },
];

/** Distinct requests: every query of both sets, then the first ones again with one filter each. */
export function searchVariables(minimum = 200): SearchVariables[] {
  const words = [
    ...new Set(
      [...read('users-set.json').cases, ...read('relevance-set.json').cases].map((item) =>
        item.query.trim(),
      ),
    ),
  ];
  const variables: SearchVariables[] = words.map((query) => ({ query }));
  for (let index = 0; variables.length < minimum + FILTERS.length * 10; index += 1) {
    variables.push({
      query: words[index % words.length] as string,
      filters: FILTERS[index % FILTERS.length],
    });
  }
  return variables;
}
