import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';

import { formatDate, pick } from '../format';
import type { UiLanguage } from '../i18n';
import { Link, serviceHref } from '../router';
import { ConflictPanel } from './conflict-panel';
import { EditServiceQuery, UpdateServiceMutation } from './edit-operations';
import { refusalOf } from './graphql-errors';
import type { Refusal } from './graphql-errors';
import { RecordHistory } from './record-history';
import { RecordActions } from './record-actions';

/** The bilingual texts of a service the form edits, French and Dutch side by side. */
export const TEXT_FIELDS = ['name', 'description', 'eligibility', 'howToApply', 'cost'] as const;
export type ServiceValues = Record<string, string>;
const fieldNames = TEXT_FIELDS.flatMap((field) => [`${field}Fr`, `${field}Nl`]);

const valuesOf = (record: Record<string, unknown>): ServiceValues =>
  Object.fromEntries(fieldNames.map((name) => [name, (record[name] as string | null) ?? '']));

/** The fields the editor changed from what was read: only these are sent (and re-applied). */
export const changedFrom = (read: ServiceValues, draft: ServiceValues) =>
  fieldNames.filter((name) => read[name] !== draft[name]);

export interface ReadState {
  version: number;
  values: ServiceValues;
}

export function ServiceEditor(props: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const client = useClient();
  const [{ data, fetching, error }, reload] = useQuery({
    query: EditServiceQuery,
    variables: { id: props.id },
  });
  const [, update] = useMutation(UpdateServiceMutation);
  const [read, setRead] = useState<ReadState | null>(null);
  const [draft, setDraft] = useState<ServiceValues>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [conflict, setConflict] = useState<ReadState | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const service = data?.service;

  useEffect(() => {
    // The first read fills the form; later answers (a conflict's fresh read, a reload after
    // verifying) never overwrite the editor's draft: writes and conflicts set `read` themselves.
    if (service && !read) {
      const values = valuesOf(service);
      setRead({ version: service.version, values });
      setDraft(values);
    }
  }, [service]);

  if (error) {
    return (
      <p role="alert" className="error">
        {t('common.error', { message: error.message })}
      </p>
    );
  }
  if (fetching && !data) {
    return <p>{t('common.loading')}</p>;
  }
  if (!service || !read) {
    return <p>{t('edit.service.notFound')}</p>;
  }

  /** Sends what `values` changes from `base`, at base's version. */
  const save = async (base: ReadState, values: ServiceValues) => {
    const changed = changedFrom(base.values, values);
    const input = Object.fromEntries(changed.map((name) => [name, values[name] || null]));
    setSaved(null);
    const result = await update({ input: { id: props.id, version: base.version, ...input } });
    const refused = refusalOf(result.error);
    if (refused?.code === 'CONFLICT') {
      // What the record is now, to show what changed meanwhile.
      const now = await client.query(EditServiceQuery, { id: props.id }).toPromise();
      if (now.data?.service) {
        setConflict({ version: now.data.service.version, values: valuesOf(now.data.service) });
      }
      setRefusal(null);
      return;
    }
    setRefusal(refused);
    if (result.data) {
      const values = valuesOf(result.data.updateService);
      setRead({ version: result.data.updateService.version, values });
      setDraft(values);
      setConflict(null);
      setSaved(result.data.updateService.version);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(read, draft);
  };

  /**
   * After a conflict: the record as it is now, with only this editor's own changes (from what they
   * first read) on top, saved at the new version; the other editor's changes stay.
   */
  const reapply = (current: ReadState) => {
    const mine = changedFrom(read.values, draft);
    const merged = {
      ...current.values,
      ...Object.fromEntries(mine.map((n) => [n, draft[n] ?? ''])),
    };
    setRead(current);
    setDraft(merged);
    void save(current, merged);
  };

  const input = (field: string, lang: 'Fr' | 'Nl') => {
    const name = `${field}${lang}`;
    const id = `service-${name}`;
    const problem = refusal?.fields.get(name);
    const props = {
      id,
      name,
      lang: lang === 'Fr' ? 'fr' : 'nl',
      value: draft[name] ?? '',
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${id}-error` : undefined,
    };
    const label = `${t(`edit.service.${field}`)} (${lang.toUpperCase()})`;
    return (
      <div className="form-field">
        <label htmlFor={id}>{label}</label>
        {field === 'name' ? (
          <input {...props} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
        ) : (
          <textarea
            {...props}
            rows={field === 'description' ? 5 : 3}
            onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
          />
        )}
        {problem ? (
          <p id={`${id}-error`} className="field-error">
            {problem}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <article aria-labelledby="service-heading">
      <h2 id="service-heading">
        {t('edit.service.heading')} : {pick(language, service.nameFr, service.nameNl)}
      </h2>
      <p className="record-facts">
        <span>{t('edit.service.version', { version: read.version })}</span>
        {' · '}
        <span>
          {t('edit.service.organisation', {
            name: pick(language, service.organisation.nameFr, service.organisation.nameNl),
          })}
        </span>
        {' · '}
        <span id="verified-state">
          {service.verifiedAt
            ? t('edit.service.verified', {
                date: formatDate(language, service.verifiedAt),
                who: service.verifiedBy ?? '—',
              })
            : t('edit.service.neverVerified')}
        </span>
        {service.archivedAt ? (
          <>
            {' · '}
            <strong id="archived-state">
              {t('edit.archive.state', { date: formatDate(language, service.archivedAt) })}
            </strong>
          </>
        ) : null}
        {' · '}
        <Link href={serviceHref(service.id)}>{t('edit.service.public')}</Link>
      </p>
      {conflict ? (
        <ConflictPanel
          read={read}
          current={conflict}
          draft={draft}
          onReapply={() => reapply(conflict)}
          onDiscard={() => {
            setRead(conflict);
            setDraft(conflict.values);
            setConflict(null);
          }}
        />
      ) : null}
      <form className="service-form" onSubmit={submit} noValidate>
        {refusal ? (
          <p role="alert" className="error">
            {refusal.code === 'BAD_USER_INPUT' ? t('edit.service.invalid') : refusal.message}
          </p>
        ) : null}
        {saved !== null ? (
          <p role="status" className="saved">
            {t('edit.service.saved', { version: saved })}
          </p>
        ) : null}
        <div className="bilingual">
          <fieldset lang="fr">
            <legend>{t('edit.service.french')}</legend>
            {TEXT_FIELDS.map((field) => (
              <div key={field}>{input(field, 'Fr')}</div>
            ))}
          </fieldset>
          <fieldset lang="nl">
            <legend>{t('edit.service.dutch')}</legend>
            {TEXT_FIELDS.map((field) => (
              <div key={field}>{input(field, 'Nl')}</div>
            ))}
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={Boolean(conflict)}>
          {t('edit.service.save')}
        </button>
      </form>
      <RecordActions
        id={service.id}
        version={read.version}
        archived={Boolean(service.archivedAt)}
        onDone={(version) => {
          setRead({ ...read, version });
          reload({ requestPolicy: 'network-only' });
        }}
      />
      <RecordHistory key={read.version} entityId={service.id} />
    </article>
  );
}
