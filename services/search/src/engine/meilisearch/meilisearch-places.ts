import type { QueryPlace } from '../../places/places';
import { normaliseTerm, tokenize } from '../../synonyms/synonyms';
import type { ServiceQuery } from '../search-engine';
import { anyOf } from './meilisearch-filters';
import type { SearchRequest } from './meilisearch-query';

/** The query's words without those that name its places ("CPAS de Molenbeek" → "cpas de"). */
export function withoutPlaces(text: string, places: readonly QueryPlace[]): string {
  const tokens = tokenize(normaliseTerm(text));
  const inPlace = (index: number) =>
    places.some((place) => index >= place.start && index < place.start + place.length);
  return tokens.filter((_, index) => !inPlace(index)).join(' ');
}

/** Located in or serving one of these territories. */
export const inTerritories = (ids: readonly string[]): string =>
  `${anyOf('locatedIn', ids)} OR ${anyOf('serves', ids)}`;

/**
 * Meilisearch cannot rank by a computed place tier, so a query naming places is tried as
 * successive requests, the first that finds something answering (as the PostgreSQL engine ranks):
 * the other words in the places, then in their bassins, then the query as typed.
 */
export function placeAttempts(
  query: ServiceQuery,
  request: (query: ServiceQuery) => SearchRequest,
): SearchRequest[] {
  const places = query.places ?? [];
  const typed = request(query);
  if (places.length === 0) {
    return [typed];
  }
  const rest = { ...query, text: withoutPlaces(query.text, places) };
  const within = (ids: string[]): SearchRequest => {
    const attempt = request(rest);
    const filter = [...((attempt.params.filter as string[] | undefined) ?? []), inTerritories(ids)];
    return { q: attempt.q, params: { ...attempt.params, filter } };
  };
  const bassins = [...new Set(places.flatMap((place) => place.bassins))];
  return [
    within(places.flatMap((place) => place.ids)),
    ...(bassins.length > 0 ? [within(bassins)] : []),
    typed,
  ];
}
