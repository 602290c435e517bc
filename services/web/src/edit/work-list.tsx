import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { formatDate, pick } from '../format';
import { LabelsQuery } from '../graphql/operations';
import type { UiLanguage } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import { editServiceHref } from './edit-paths';
import { WorkListQuery } from './edit-operations';

export const DEFAULT_STALE_MONTHS = 12;
export const DEFAULT_RECENT_DAYS = 30;
const LISTS = ['stale', 'problems', 'recent'] as const;
type ListKind = (typeof LISTS)[number];
const PROBLEMS = ['NO_SITE', 'NO_PHONE', 'NO_HOURS', 'COARSE_PLACEMENT'] as const;

/** The instant `months` months (or `days` days) ago. */
function ago(months: number, days = 0): string {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  date.setDate(date.getDate() - days);
  return date.toISOString();
}

/**
 * The work lists, each filterable by type and territory, their state in the URL like every list
 * of the application: services never verified or verified more than N months ago (12 by default,
 * `months`), services with problems (`problem`, else any), services changed in the last `days`.
 */
export function WorkList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const { params } = useLocation();
  const list: ListKind = LISTS.find((kind) => kind === params.get('list')) ?? 'stale';
  const months = Math.max(0, Number(params.get('months') ?? DEFAULT_STALE_MONTHS) || 0);
  const days = Math.max(0, Number(params.get('days') ?? DEFAULT_RECENT_DAYS) || 0);
  const problem = PROBLEMS.find((value) => value === params.get('problem'));
  const type = params.get('type') ?? '';
  const territory = params.get('territory') ?? '';
  const [after, setAfter] = useState<string | null>(null);
  const since = useMemo(
    () => (list === 'recent' ? ago(0, days) : ago(months)),
    [list, months, days],
  );
  const kindFilter =
    list === 'problems'
      ? { problems: problem ? [problem] : [...PROBLEMS] }
      : list === 'recent'
        ? { changedSince: since }
        : { unverifiedSince: since };
  const [{ data: labels }] = useQuery({ query: LabelsQuery });
  const [{ data, fetching, error }] = useQuery({
    query: WorkListQuery,
    variables: {
      filter: {
        ...kindFilter,
        ...(type ? { types: [type] } : {}),
        ...(territory ? { territory } : {}),
      },
      after,
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const query = new URLSearchParams();
    const kind = String(form.get('list') ?? 'stale');
    const defaults: Record<string, string> = {
      list: 'stale',
      months: String(DEFAULT_STALE_MONTHS),
      days: String(DEFAULT_RECENT_DAYS),
    };
    const relevant = ['list', 'type', 'territory'].concat(
      kind === 'stale' ? ['months'] : kind === 'recent' ? ['days'] : ['problem'],
    );
    for (const key of relevant) {
      const value = String(form.get(key) ?? '');
      if (value && value !== defaults[key]) {
        query.set(key, value);
      }
    }
    setAfter(null);
    navigate(`/edit${query.size ? `?${query}` : ''}`);
  };

  const places = [...(labels?.bassins ?? []), ...(labels?.communes ?? [])];
  return (
    <section aria-labelledby="work-heading">
      <h2 id="work-heading">
        {list === 'problems'
          ? t('edit.work.headingProblems')
          : list === 'recent'
            ? t('edit.work.headingRecent')
            : t('edit.work.heading')}
      </h2>
      <p>
        {list === 'problems'
          ? t('edit.work.introProblems')
          : list === 'recent'
            ? t('edit.work.introRecent', { days })
            : t('edit.work.intro', { months })}
      </p>
      {/* Keyed by the URL: going back and forth keeps the fields in step with the list shown. */}
      <form className="filters" onSubmit={submit} key={params.toString()}>
        <div className="form-field">
          <label htmlFor="work-list">{t('edit.work.list')}</label>
          <select
            id="work-list"
            name="list"
            defaultValue={list}
            onChange={(event) => {
              setAfter(null);
              navigate(
                event.target.value === 'stale' ? '/edit' : `/edit?list=${event.target.value}`,
              );
            }}
          >
            {LISTS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`edit.work.list_${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {list === 'stale' ? (
          <div className="form-field">
            <label htmlFor="work-months">{t('edit.work.months')}</label>
            <input id="work-months" name="months" type="number" min={0} defaultValue={months} />
          </div>
        ) : null}
        {list === 'recent' ? (
          <div className="form-field">
            <label htmlFor="work-days">{t('edit.work.days')}</label>
            <input id="work-days" name="days" type="number" min={0} defaultValue={days} />
          </div>
        ) : null}
        {list === 'problems' ? (
          <div className="form-field">
            <label htmlFor="work-problem">{t('edit.work.problem')}</label>
            <select id="work-problem" name="problem" defaultValue={problem ?? ''}>
              <option value="">{t('edit.work.problem_any')}</option>
              {PROBLEMS.map((value) => (
                <option key={value} value={value}>
                  {t(`edit.work.problem_${value}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="form-field">
          <label htmlFor="work-type">{t('edit.work.type')}</label>
          <select id="work-type" name="type" defaultValue={type}>
            <option value="">{t('edit.work.any')}</option>
            {labels?.types.map((term) => (
              <option key={term.code} value={term.code}>
                {pick(language, term.labelFr, term.labelNl)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="work-territory">{t('edit.work.territory')}</label>
          <select id="work-territory" name="territory" defaultValue={territory}>
            <option value="">{t('edit.work.any')}</option>
            {places.map((place) => (
              <option key={place.id} value={place.id}>
                {pick(language, place.nameFr, place.nameNl)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('edit.work.apply')}
        </button>
      </form>
      {error ? (
        <p role="alert" className="error">
          {t('common.error', { message: error.message })}
        </p>
      ) : null}
      {fetching && !data ? <p>{t('common.loading')}</p> : null}
      {data ? (
        <>
          <p id="work-count">{t('edit.work.count', { count: data.services.totalCount })}</p>
          {data.services.edges.length === 0 ? <p>{t('edit.work.none')}</p> : null}
          <ul className="work-list">
            {data.services.edges.map(({ node }) => (
              <li key={node.id} className="work-item">
                <Link href={editServiceHref(node.id)}>
                  {pick(language, node.nameFr, node.nameNl)}
                </Link>
                <span className="work-meta">
                  {' — '}
                  {pick(language, node.organisation.nameFr, node.organisation.nameNl)}
                  {' — '}
                  {node.types.map((term) => pick(language, term.labelFr, term.labelNl)).join(', ')}
                  {' — '}
                  {node.verifiedAt
                    ? t('edit.work.verifiedOn', { date: formatDate(language, node.verifiedAt) })
                    : t('edit.work.never')}
                </span>
              </li>
            ))}
          </ul>
          {data.services.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button"
              onClick={() => setAfter(data.services.pageInfo.endCursor ?? null)}
            >
              {t('edit.work.more')}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
