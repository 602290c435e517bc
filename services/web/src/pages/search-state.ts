// The search page's state, read from and written to the URL (bookmarkable, shareable).
import type { FacetName } from '../labels';
import { accessEnum } from '../labels';
import type { SearchFilters, SearchSort } from '../gql/graphql';

export const FACETS: FacetName[] = [
  'types',
  'communes',
  'groupements',
  'bassins',
  'languages',
  'publics',
  'access',
];

export interface SearchState {
  query: string;
  selected: Record<FacetName, string[]>;
  /** A territory id (commune, quartier…) whose centre the results are sorted around, or "me". */
  near: string | null;
  /** The browser's position, when the user gave it ("lat,lon"). */
  position: string | null;
  sort: SearchSort;
  hideExamples: boolean;
  after: string | null;
  /** A territory from a territory page: services located in or serving it. */
  territory: string | null;
}

const SORTS: SearchSort[] = ['RELEVANCE', 'DISTANCE', 'NAME'];

export function readSearchState(params: URLSearchParams): SearchState {
  const selected = Object.fromEntries(
    FACETS.map((facet) => [facet, params.getAll(facet)]),
  ) as Record<FacetName, string[]>;
  const sort = params.get('sort') as SearchSort | null;
  return {
    query: params.get('q') ?? '',
    selected,
    near: params.get('near'),
    position: params.get('position'),
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
    hideExamples: params.get('examples') === 'hide',
    after: params.get('after'),
    territory: params.get('territory'),
  };
}

export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) {
    params.set('q', state.query);
  }
  for (const facet of FACETS) {
    for (const value of state.selected[facet]) {
      params.append(facet, value);
    }
  }
  if (state.territory) {
    params.set('territory', state.territory);
  }
  if (state.near) {
    params.set('near', state.near);
  }
  if (state.position) {
    params.set('position', state.position);
  }
  if (state.sort !== 'RELEVANCE') {
    params.set('sort', state.sort);
  }
  if (state.hideExamples) {
    params.set('examples', 'hide');
  }
  if (state.after) {
    params.set('after', state.after);
  }
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

/** A change of query or filter starts again from the first page. */
export function withChange(state: SearchState, change: Partial<SearchState>): SearchState {
  return { ...state, after: null, ...change };
}

export function toggleValue(state: SearchState, facet: FacetName, value: string): SearchState {
  const current = state.selected[facet];
  const next = current.includes(value)
    ? current.filter((item) => item !== value)
    : [...current, value];
  return withChange(state, { selected: { ...state.selected, [facet]: next } });
}

export function emptySearch(): SearchState {
  return readSearchState(new URLSearchParams());
}

const orUndefined = <T>(list: T[]) => (list.length ? list : undefined);

export function toFilters(state: SearchState): SearchFilters {
  const { selected } = state;
  return {
    types: orUndefined(selected.types),
    communes: orUndefined(selected.communes),
    groupements: orUndefined(selected.groupements),
    bassins: orUndefined(selected.bassins),
    languages: orUndefined(selected.languages),
    publics: orUndefined(selected.publics),
    access: orUndefined(selected.access.map(accessEnum)) as SearchFilters['access'],
    territory: state.territory ?? undefined,
    mode: state.territory ? 'BOTH' : undefined,
    // Hidden examples: real records only (the API's synthetic filter).
    synthetic: state.hideExamples ? false : undefined,
  };
}

export const hasFilters = (state: SearchState) =>
  FACETS.some((facet) => state.selected[facet].length > 0) || Boolean(state.territory);
