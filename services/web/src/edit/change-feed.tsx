import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { ChangeTable } from './change-table';
import { HistoryQuery } from './edit-operations';

/** The global feed: every change to the registry, newest first, 100 at a time. */
export function ChangeFeed() {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }] = useQuery({
    query: HistoryQuery,
    variables: { after, first: 100, newestFirst: true },
  });
  const rows = data?.changes ?? [];
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t('edit.history.feedHeading')}</h2>
      {error ? (
        <p role="alert" className="error">
          {t('common.error', { message: error.message })}
        </p>
      ) : null}
      {data ? <ChangeTable rows={rows} withRecord caption={t('edit.history.feedHeading')} /> : null}
      {rows.length === 100 ? (
        <button
          type="button"
          className="button"
          onClick={() => setAfter(rows[rows.length - 1]?.id ?? null)}
        >
          {t('edit.work.more')}
        </button>
      ) : null}
    </section>
  );
}
