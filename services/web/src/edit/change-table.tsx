import { useTranslation } from 'react-i18next';

import type { UiLanguage } from '../i18n';
import { Link } from '../router';
import { editHrefOf } from './edit-paths';

export interface ChangeRow {
  id: string;
  occurredAt: string;
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  before?: unknown;
  after?: unknown;
  operation: string;
}

const shown = (value: unknown): string =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

const when = (language: UiLanguage, iso: string) =>
  new Intl.DateTimeFormat(language === 'nl' ? 'nl-BE' : 'fr-BE', {
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(new Date(iso));

/** Change-log rows: who, when, which record and field, before → after. */
export function ChangeTable(props: { rows: ChangeRow[]; withRecord: boolean; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  if (props.rows.length === 0) {
    return <p>{t('edit.history.none')}</p>;
  }
  return (
    <div className="table-scroll">
      <table className="changes">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('edit.history.when')}</th>
            <th scope="col">{t('edit.history.who')}</th>
            {props.withRecord ? <th scope="col">{t('edit.history.record')}</th> : null}
            <th scope="col">{t('edit.history.operation')}</th>
            <th scope="col">{t('edit.history.field')}</th>
            <th scope="col">{t('edit.history.before')}</th>
            <th scope="col">{t('edit.history.after')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id} data-field={row.field}>
              <td>{when(language, row.occurredAt)}</td>
              <td>{row.actor}</td>
              {props.withRecord ? (
                <td>
                  {editHrefOf(row.entity, row.entityId) ? (
                    <Link href={editHrefOf(row.entity, row.entityId) as string}>
                      {row.entityId}
                    </Link>
                  ) : (
                    `${row.entity} ${row.entityId}`
                  )}
                </td>
              ) : null}
              <td>{row.operation}</td>
              <td>{row.field}</td>
              <td className="before">{shown(row.before)}</td>
              <td className="after">{shown(row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
