// The first screen: the search box, the results with their facets, near a place, pages; all in the URL.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { FacetGroup } from '../components/facets';
import { NearControl } from '../components/near-control';
import { ResultCard } from '../components/result-card';
import { SearchBox } from '../components/search-box';
import { formatNumber, nowIso } from '../format';
import { apiLanguage } from '../i18n';
import type { UiLanguage } from '../i18n';
import { CentroidQuery, SearchQuery } from '../graphql/operations';
import type { SearchSort } from '../gql/graphql';
import { useLabels } from '../labels';
import { navigate, useLocation } from '../router';
import {
  emptySearch,
  FACETS,
  hasFilters,
  readSearchState,
  searchHref,
  toFilters,
  toggleValue,
  withChange,
} from './search-state';
import type { SearchState } from './search-state';

/** The centre to sort around: the browser's position, or a territory's centroid. */
function useNear(state: SearchState) {
  const territory = state.near && state.near !== 'me' ? state.near : null;
  const [{ data }] = useQuery({
    query: CentroidQuery,
    variables: { id: territory ?? '' },
    pause: !territory,
  });
  if (state.near === 'me' && state.position) {
    const [latitude, longitude] = state.position.split(',').map(Number);
    if (Number.isFinite(latitude) && Number.isFinite(longitude)) {
      return { latitude: latitude as number, longitude: longitude as number };
    }
  }
  return territory ? data?.territory?.centroid : undefined;
}

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const location = useLocation();
  const state = readSearchState(location.params);
  const labels = useLabels();
  const near = useNear(state);
  const waitingForNear = Boolean(state.near) && !near;
  const [{ data, fetching, error, operation }] = useQuery({
    query: SearchQuery,
    variables: {
      query: state.query,
      filters: toFilters(state),
      near: near ? { latitude: near.latitude, longitude: near.longitude } : undefined,
      sort: state.sort === 'DISTANCE' && !near ? 'RELEVANCE' : state.sort,
      after: state.after,
      language: apiLanguage(language),
      now: nowIso(),
    },
    pause: waitingForNear,
  });
  const go = (next: SearchState) => navigate(searchHref(next));
  const result = data?.searchServices;
  // How many examples the current search holds (what the toggle hides).
  const examples = result?.facets.synthetic.find((item) => item.value === 'true')?.count ?? 0;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = state.query ? `${state.query} · ${t('app.title')}` : t('app.title');
  }, [state.query, t]);

  return (
    <div className="search-page">
      <h1 className="search-heading">{t('search.heading')}</h1>
      <SearchBox initial={state.query} onSearch={(query) => go(withChange(state, { query }))} />
      <div className="search-options">
        <NearControl
          near={state.near}
          onNear={(nearValue, position) =>
            go(
              withChange(state, {
                near: nearValue,
                position,
                sort: nearValue ? 'DISTANCE' : state.sort === 'DISTANCE' ? 'RELEVANCE' : state.sort,
              }),
            )
          }
        />
        <div>
          <label htmlFor="sort-select">{t('search.sort')}</label>
          <select
            id="sort-select"
            value={state.sort}
            onChange={(event) => go(withChange(state, { sort: event.target.value as SearchSort }))}
          >
            {(['RELEVANCE', 'DISTANCE', 'NAME'] as const).map((sort) => (
              <option key={sort} value={sort} disabled={sort === 'DISTANCE' && !state.near}>
                {t(`search.sort_${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="toggle">
          <input
            type="checkbox"
            checked={state.hideExamples}
            onChange={() => go(withChange(state, { hideExamples: !state.hideExamples }))}
          />
          {t('search.hideExamples')}
          {examples ? <span className="count"> ({formatNumber(language, examples)})</span> : null}
        </label>
      </div>
      <div className="search-layout">
        <aside className="filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading">{t('search.filters')}</h2>
          {hasFilters(state) ? (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                go({
                  ...emptySearch(),
                  query: state.query,
                  near: state.near,
                  position: state.position,
                  sort: state.sort,
                  hideExamples: state.hideExamples,
                })
              }
            >
              {t('search.clearFilters')}
            </button>
          ) : null}
          {state.territory ? (
            <p className="chip">
              {labels.territoryName(state.territory)}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`${t('search.clearFilters')}: ${labels.territoryName(state.territory)}`}
                onClick={() => go(withChange(state, { territory: null }))}
              >
                ×
              </button>
            </p>
          ) : null}
          {result
            ? FACETS.map((facet) => (
                <FacetGroup
                  key={facet}
                  facet={facet}
                  counts={result.facets[facet]}
                  selected={state.selected[facet]}
                  labels={labels}
                  onToggle={(value) => go(toggleValue(state, facet, value))}
                />
              ))
            : null}
        </aside>
        <section
          className="results"
          aria-labelledby="results-heading"
          aria-busy={fetching}
          // Which words the hits shown answer (the previous ones stay on screen while the next load).
          data-query={data ? operation?.variables.query : undefined}
        >
          <h2 id="results-heading" ref={heading} aria-live="polite">
            {result
              ? t('search.results', {
                  count: result.total,
                  formattedCount: formatNumber(language, result.total),
                })
              : fetching
                ? t('search.loading')
                : ''}
          </h2>
          {error ? (
            <p role="alert" className="error">
              {t('search.error', { message: error.graphQLErrors[0]?.message ?? error.message })}
            </p>
          ) : null}
          {result && result.total === 0 ? <p>{t('search.none')}</p> : null}
          <ol className="result-list">
            {result?.hits.map((hit) => (
              <li key={`${hit.service.id}:${hit.site?.id ?? ''}`}>
                <ResultCard hit={hit} />
              </li>
            ))}
          </ol>
          <nav className="pager" aria-label={t('search.next')}>
            {state.after ? (
              <button type="button" onClick={() => go({ ...state, after: null })}>
                {t('search.first')}
              </button>
            ) : null}
            {result?.hasNextPage && result.endCursor ? (
              <button
                type="button"
                onClick={() => go({ ...state, after: result.endCursor ?? null })}
              >
                {t('search.next')}
              </button>
            ) : null}
          </nav>
        </section>
      </div>
    </div>
  );
}
