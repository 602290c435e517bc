import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { RefreshTerritoriesMutation } from './edit-operations';
import { isAdmin } from './session';
import type { Session } from './session';

/** Admins only (the API refuses the others; the page does not even offer it to them). */
export function AdminPage(props: { session: Session }) {
  const { t } = useTranslation();
  const [moved, setMoved] = useState<number | null>(null);
  const [{ fetching, error }, refresh] = useMutation(RefreshTerritoriesMutation);
  if (!isAdmin(props.session)) {
    return (
      <section aria-labelledby="admin-heading">
        <h2 id="admin-heading">{t('edit.admin.heading')}</h2>
        <p role="alert">{t('edit.admin.forbidden')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="admin-heading">
      <h2 id="admin-heading">{t('edit.admin.heading')}</h2>
      <button
        type="button"
        className="button"
        disabled={fetching}
        onClick={() =>
          void refresh({}).then((result) => setMoved(result.data?.refreshSiteTerritories ?? null))
        }
      >
        {t('edit.admin.refresh')}
      </button>
      {moved !== null ? <p role="status">{t('edit.admin.refreshed', { count: moved })}</p> : null}
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
    </section>
  );
}
