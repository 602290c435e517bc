import { normaliseTerm, tokenize } from '../synonyms/synonyms';
import type { Language, SearchEngine, ServiceFilters, ServiceQuery } from '../engine/search-engine';
import type { NoResultsHelp, SearchAlternative } from './search-results';
import type { SearchAlternativeKind } from './search-results';

/**
 * Where suggestions come from: the service types now; the needs vocabulary plugs in here as one
 * more source (kind NEED), each giving its items with their names in both languages.
 */
export interface AlternativeSource {
  kind: SearchAlternativeKind;
  items: () => Promise<Array<{ code: string; labelFr: string; labelNl: string }>>;
}

const SUGGESTIONS = 3;
/** Below this, a label is not near the words typed. */
const NEAR = 0.34;
/** A word in this many labels is generic. */
const GENERIC = 3;
/** Word sets tried for a relaxed query, at most. */
const RELAXATIONS = 4;

const trigrams = (word: string): Set<string> => {
  const padded = `  ${word} `;
  return new Set(Array.from({ length: padded.length - 2 }, (_, i) => padded.slice(i, i + 3)));
};

/** pg_trgm's similarity of two words: shared trigrams over all trigrams. */
function similarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  const shared = [...left].filter((gram) => right.has(gram)).length;
  return shared / (left.size + right.size - shared);
}

const words = (text: string) => tokenize(normaliseTerm(text)).filter((word) => word.length >= 3);

/** How near a label is to the words typed: its best word against the best typed word. */
function nearness(typed: readonly string[], label: string, generic: ReadonlySet<string>): number {
  const scores = words(label)
    .filter((word) => !generic.has(word))
    .flatMap((word) =>
      typed.map((typedWord) =>
        word.startsWith(typedWord) || typedWord.startsWith(word) ? 1 : similarity(typedWord, word),
      ),
    );
  return Math.max(0, ...scores);
}

/** The items of every source nearest to the text, best first. */
export async function nearestAlternatives(
  text: string,
  sources: readonly AlternativeSource[],
): Promise<SearchAlternative[]> {
  const typed = words(text);
  if (typed.length === 0) {
    return [];
  }
  const items = (
    await Promise.all(
      sources.map(async (source) =>
        (await source.items()).map((item) => ({ kind: source.kind, ...item })),
      ),
    )
  ).flat();
  // Words in several labels ("service", "centre", "aide") say nothing of which one is near.
  const counts = new Map<string, number>();
  for (const item of items) {
    new Set([...words(item.labelFr), ...words(item.labelNl)]).forEach((word) =>
      counts.set(word, (counts.get(word) ?? 0) + 1),
    );
  }
  const generic = new Set(
    [...counts].filter(([, count]) => count >= GENERIC).map(([word]) => word),
  );
  const scored = items.map((alternative) => ({
    alternative,
    score: Math.max(
      nearness(typed, alternative.labelFr, generic),
      nearness(typed, alternative.labelNl, generic),
    ),
  }));
  return scored
    .filter((item) => item.score >= NEAR)
    .sort((a, b) => b.score - a.score || a.alternative.code.localeCompare(b.alternative.code))
    .slice(0, SUGGESTIONS)
    .map((item) => item.alternative);
}

/** The filters a query sets beyond the defaults, by their API field names. */
function setFilters(filters: ServiceFilters): string[] {
  const names: Array<[keyof ServiceFilters, string]> = [
    ['types', 'types'],
    ['bassin', 'bassins'],
    ['groupement', 'groupements'],
    ['commune', 'communes'],
    ['languages', 'languages'],
    ['publics', 'publics'],
    ['access', 'access'],
    ['authorities', 'authorities'],
    ['territory', 'territory'],
    ['openQuarter', 'openAt'],
    ['organisationId', 'organisation'],
    ['synthetic', 'synthetic'],
  ];
  return names
    .filter(([key]) => {
      const value = filters[key];
      return Array.isArray(value) ? value.length > 0 : value !== undefined;
    })
    .map(([, name]) => name);
}

/** The word sets tried for a relaxed query: one word less (from the end, then the start), then each word. */
function relaxations(text: string): string[] {
  const tokens = tokenize(normaliseTerm(text));
  if (tokens.length < 2) {
    return [];
  }
  const fewer = [tokens.slice(0, -1), tokens.slice(1), ...tokens.map((token) => [token])];
  return [...new Set(fewer.map((set) => set.join(' ')))].slice(0, RELAXATIONS);
}

const MESSAGES: Record<Language, (text: string, filtered: boolean) => string> = {
  fr: (text, filtered) =>
    `Aucun service ne correspond à « ${text} »${filtered ? ' avec ces filtres' : ''}.`,
  nl: (text, filtered) =>
    `Geen dienst gevonden voor „${text}”${filtered ? ' met deze filters' : ''}.`,
};

/**
 * Help for a search that found nothing: the nearest alternatives, and a relaxed query that finds
 * something (the same words without the filters, else fewer words with them).
 */
export async function noResultsHelp(
  query: ServiceQuery,
  engine: SearchEngine,
  sources: readonly AlternativeSource[],
): Promise<NoResultsHelp> {
  const filters = setFilters(query.filters);
  const base = {
    filters: { statuses: query.filters.statuses, includeArchived: query.filters.includeArchived },
  };
  const probe = (text: string, all: boolean) =>
    engine.searchServices({
      ...query,
      text,
      places: undefined,
      ...(all ? {} : base),
      offset: 0,
      limit: 1,
    });
  let relaxed: { query: string; without: string[]; total: number } | null = null;
  if (filters.length > 0 && query.text.trim() !== '') {
    const { total } = await probe(query.text, false);
    relaxed = total > 0 ? { query: query.text, without: filters, total } : null;
  }
  for (const text of relaxed ? [] : relaxations(query.text)) {
    const { total } = await probe(text, true);
    if (total > 0) {
      relaxed = { query: text, without: [], total };
      break;
    }
  }
  return {
    message: MESSAGES[query.language](query.text.trim(), filters.length > 0),
    suggestions: await nearestAlternatives(query.text, sources),
    relaxedQuery: relaxed?.query ?? null,
    relaxedWithout: relaxed?.without ?? [],
    relaxedTotal: relaxed?.total ?? 0,
  };
}
