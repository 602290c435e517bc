import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { ChangeTable } from './change-table';
import { HistoryQuery } from './edit-operations';

/** A record's history from the change log, newest first (keyed by version: asked again after a write). */
export function RecordHistory(props: { entityId: string }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({
    query: HistoryQuery,
    variables: { entityId: props.entityId, first: 500, newestFirst: true },
  });
  return (
    <section aria-labelledby="history-heading" className="history">
      <h3 id="history-heading">{t('edit.history.heading')}</h3>
      {error ? (
        <p role="alert" className="error">
          {t('common.error', { message: error.message })}
        </p>
      ) : null}
      {data ? (
        <ChangeTable rows={data.changes} withRecord={false} caption={t('edit.history.heading')} />
      ) : null}
    </section>
  );
}
