import type { SearchResponse } from 'meilisearch';

import { normaliseTerm } from '../../synonyms/synonyms';
import type { Language, Suggestion } from '../search-engine';
import {
  MARK_OPEN,
  ORGANISATION_SUGGESTION_FIELDS,
  otherLanguage,
  SERVICE_SUGGESTION_FIELDS,
} from './meilisearch-query';

type FieldKinds = Readonly<Record<string, Suggestion['kind']>>;

type RawHit = Record<string, unknown> & {
  _formatted?: Record<string, unknown>;
  _rankingScore?: number;
};

/** Hits as both kinds of search responses carry them. */
type Hits = Pick<SearchResponse, 'hits'>;

/** A value that may be suggested, with the ranking score of its hit. */
interface Candidate extends Suggestion {
  score: number;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const hasMark = (value: unknown): boolean => typeof value === 'string' && value.includes(MARK_OPEN);

/**
 * The values of one field of a hit that hold the match, taken from the raw document (the formatted
 * copy only says which ones matched): a DocText in the requested language first, then the other; a
 * list entry by entry.
 */
function matchedValues(raw: unknown, formatted: unknown, language: Language): string[] {
  if (Array.isArray(raw) && Array.isArray(formatted)) {
    return raw.flatMap((entry, index) => matchedValues(entry, formatted[index], language));
  }
  if (typeof raw === 'object' && raw !== null && typeof formatted === 'object' && formatted) {
    const texts = raw as Record<string, unknown>;
    const marks = formatted as Record<string, unknown>;
    return [language, otherLanguage(language)]
      .filter((candidate) => isText(texts[candidate]) && hasMark(marks[candidate]))
      .map((candidate) => texts[candidate] as string);
  }
  return isText(raw) && hasMark(formatted) ? [raw] : [];
}

/** The candidates of one index's hits, in rank order, fields in the order given. */
function candidatesOf(response: Hits, kinds: FieldKinds, language: Language) {
  return response.hits.flatMap((raw): Candidate[] => {
    const hit = raw as RawHit;
    const score = typeof hit._rankingScore === 'number' ? hit._rankingScore : 0;
    return Object.entries(kinds).flatMap(([field, kind]) =>
      matchedValues(hit[field], hit._formatted?.[field], language).map((text) => ({
        text,
        kind,
        score,
      })),
    );
  });
}

/**
 * Suggestions from the two suggestion searches (services, organisations): the matched names, types
 * and places, best ranked first, values starting with what was typed before values that only contain
 * a word starting with it, each text once (compared normalised).
 */
export function suggestionsOf(
  services: Hits,
  organisations: Hits,
  prefix: string,
  language: Language,
  limit: number,
): Suggestion[] {
  const candidates = [
    ...candidatesOf(services, SERVICE_SUGGESTION_FIELDS, language),
    ...candidatesOf(organisations, ORGANISATION_SUGGESTION_FIELDS, language),
  ];
  const typed = normaliseTerm(prefix);
  const ranked = candidates
    .map((candidate, order) => ({
      ...candidate,
      order,
      normalised: normaliseTerm(candidate.text),
    }))
    .map((candidate) => ({ ...candidate, starts: candidate.normalised.startsWith(typed) }))
    .sort((a, b) => Number(b.starts) - Number(a.starts) || b.score - a.score || a.order - b.order);
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const candidate of ranked) {
    if (suggestions.length >= limit) {
      break;
    }
    if (!seen.has(candidate.normalised)) {
      seen.add(candidate.normalised);
      suggestions.push({ text: candidate.text, kind: candidate.kind });
    }
  }
  return suggestions;
}
