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

/** The instant `months` months ago (a record verified before it is due again). */
function monthsAgo(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return date.toISOString();
}

/**
 * Services never verified, or verified more than N months ago (12 by default, `months` in the
 * URL), filterable by type and territory; the state is in the URL like every list of the
 * application.
 */
export function WorkList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const { params } = useLocation();
  const months = Math.max(0, Number(params.get('months') ?? DEFAULT_STALE_MONTHS) || 0);
  const type = params.get('type') ?? '';
  const territory = params.get('territory') ?? '';
  const [after, setAfter] = useState<string | null>(null);
  const since = useMemo(() => monthsAgo(months), [months]);
  const [{ data: labels }] = useQuery({ query: LabelsQuery });
  const [{ data, fetching, error }] = useQuery({
    query: WorkListQuery,
    variables: {
      filter: {
        unverifiedSince: since,
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
    for (const key of ['months', 'type', 'territory']) {
      const value = String(form.get(key) ?? '');
      if (value && !(key === 'months' && value === String(DEFAULT_STALE_MONTHS))) {
        query.set(key, value);
      }
    }
    setAfter(null);
    navigate(`/edit${query.size ? `?${query}` : ''}`);
  };

  const places = [...(labels?.bassins ?? []), ...(labels?.communes ?? [])];
  return (
    <section aria-labelledby="work-heading">
      <h2 id="work-heading">{t('edit.work.heading')}</h2>
      <p>{t('edit.work.intro', { months })}</p>
      <form className="filters" onSubmit={submit}>
        <div className="form-field">
          <label htmlFor="work-months">{t('edit.work.months')}</label>
          <input id="work-months" name="months" type="number" min={0} defaultValue={months} />
        </div>
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
