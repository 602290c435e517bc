import { useTranslation } from 'react-i18next';

import { changedFrom } from './record-form';
import type { FormSpec, FormValues, ReadState } from './record-form';

/**
 * A stale version: what another editor changed since this one read the record (current vs read),
 * beside what this editor typed; re-applying sends only this editor's own changes on the new
 * version, so the other's changes to other fields are kept.
 */
export function ConflictPanel(props: {
  spec: FormSpec;
  read: ReadState;
  current: ReadState;
  draft: FormValues;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const changedMeanwhile = changedFrom(props.spec, props.read.values, props.current.values);
  const mine = new Set(changedFrom(props.spec, props.read.values, props.draft));
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading">{t('edit.conflict.heading')}</h3>
      <p>{t('edit.conflict.intro', { version: props.current.version })}</p>
      {changedMeanwhile.length > 0 ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('edit.conflict.field')}</th>
                <th scope="col">{t('edit.conflict.theirs')}</th>
                <th scope="col">{t('edit.conflict.yours')}</th>
              </tr>
            </thead>
            <tbody>
              {changedMeanwhile.map((name) => (
                <tr key={name} data-field={name}>
                  <th scope="row">{name}</th>
                  <td className="theirs">{props.current.values[name] || '—'}</td>
                  <td className="yours">{mine.has(name) ? props.draft[name] || '—' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('edit.conflict.none')}</p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={props.onReapply}>
          {t('edit.conflict.reapply', { version: props.current.version })}
        </button>
        <button type="button" className="link-button" onClick={props.onDiscard}>
          {t('edit.conflict.discard')}
        </button>
      </div>
    </section>
  );
}
