import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';

import { formatDate } from '../format';
import type { UiLanguage } from '../i18n';
import { ConflictPanel } from './conflict-panel';
import { BilingualFields, RefusalAlert } from './bilingual-form-parts';
import { refusalOf } from './graphql-errors';
import type { Refusal } from './graphql-errors';
import { RecordActions } from './record-actions';
import { changedFrom, inputOf, valuesOf } from './record-form';
import type {
  EditableRecord,
  FormSpec,
  FormValues,
  ReadState,
  RecordMutation,
  RecordQuery,
  RecordVersion,
} from './record-form';
import { RecordHistory } from './record-history';
import { HoursPicker } from './hours-picker';
import { TerritoryPicker } from './territory-picker';

/**
 * The edit form of a registry record (service, organisation, site): French and Dutch side by side,
 * the API's messages next to their fields, only the changed fields sent at the version read; a
 * stale version shows what changed meanwhile and re-applies this editor's own changes; verify,
 * archive and restore after a confirmation; the record's history below.
 */
export function RecordEditor(props: {
  id: string;
  spec: FormSpec;
  query: RecordQuery;
  mutation: RecordMutation;
  heading: (record: EditableRecord) => string;
  /**
   * Facts, links and side forms shown under the heading (its organisation, sites, public page); a
   * side form that writes the record says its new version through `written`.
   */
  facts?: (record: EditableRecord, at: RecordVersion) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const { spec } = props;
  const client = useClient();
  const [{ data, fetching, error }, reload] = useQuery({
    query: props.query,
    variables: { id: props.id },
  });
  const [, update] = useMutation(props.mutation);
  const [read, setRead] = useState<ReadState | null>(null);
  const [draft, setDraft] = useState<FormValues>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [conflict, setConflict] = useState<ReadState | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const record = data?.record;

  useEffect(() => {
    // The first read fills the form; later answers (a conflict's fresh read, a reload after
    // verifying) never overwrite the editor's draft: writes and conflicts set `read` themselves.
    if (record && !read) {
      const values = valuesOf(spec, record);
      setRead({ version: record.version, values });
      setDraft(values);
    }
  }, [record]);

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
  if (!record || !read) {
    return <p>{t('edit.service.notFound')}</p>;
  }

  /** Sends what `values` changes from `base`, at base's version. */
  const save = async (base: ReadState, values: FormValues) => {
    const input = inputOf(spec, values, changedFrom(spec, base.values, values));
    setSaved(null);
    const result = await update({ input: { id: props.id, version: base.version, ...input } });
    const refused = refusalOf(result.error);
    if (refused?.code === 'CONFLICT') {
      // What the record is now, to show what changed meanwhile.
      const now = await client.query(props.query, { id: props.id }).toPromise();
      if (now.data?.record) {
        setConflict({ version: now.data.record.version, values: valuesOf(spec, now.data.record) });
      }
      setRefusal(null);
      return;
    }
    setRefusal(refused);
    if (result.data) {
      const values = valuesOf(spec, result.data.record);
      setRead({ version: result.data.record.version, values });
      setDraft(values);
      setConflict(null);
      setSaved(result.data.record.version);
    }
  };

  /**
   * After a conflict: the record as it is now, with only this editor's own changes (from what they
   * first read) on top, saved at the new version; the other editor's changes stay.
   */
  const reapply = (current: ReadState) => {
    const mine = changedFrom(spec, read.values, draft);
    const merged = {
      ...current.values,
      ...Object.fromEntries(mine.map((name) => [name, draft[name] ?? ''])),
    };
    setRead(current);
    setDraft(merged);
    void save(current, merged);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(read, draft);
  };

  const field = (name: string, label: string, multiline: boolean, lang?: 'fr' | 'nl') => {
    const id = `record-${name}`;
    // A list's problems are named by item (`phones[1]`): shown under the list.
    const problem = [...(refusal?.fields ?? [])].find(
      ([key]) => key === name || key.startsWith(`${name}[`),
    )?.[1];
    const common = {
      id,
      name,
      lang,
      value: draft[name] ?? '',
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${id}-error` : undefined,
    };
    const set = (value: string) => setDraft({ ...draft, [name]: value });
    return (
      <div className="form-field" key={name}>
        <label htmlFor={id}>{label}</label>
        {multiline ? (
          <textarea {...common} rows={4} onChange={(event) => set(event.target.value)} />
        ) : (
          <input {...common} onChange={(event) => set(event.target.value)} />
        )}
        {problem ? (
          <p id={`${id}-error`} className="field-error">
            {problem}
          </p>
        ) : null}
      </div>
    );
  };
  const side = (suffix: 'Fr' | 'Nl') =>
    spec.bilingual.map((base) =>
      field(
        `${base}${suffix}`,
        `${t(`edit.fields.${base}`)} (${suffix.toUpperCase()})`,
        spec.multiline.includes(base),
        suffix === 'Fr' ? 'fr' : 'nl',
      ),
    );

  return (
    <article aria-labelledby="record-heading">
      <h2 id="record-heading">{props.heading(record)}</h2>
      <p className="record-facts">
        <span>{t('edit.service.version', { version: read.version })}</span>
        {' · '}
        <span id="verified-state">
          {record.verifiedAt
            ? t('edit.service.verified', {
                date: formatDate(language, record.verifiedAt),
                who: record.verifiedBy ?? '—',
              })
            : t('edit.service.neverVerified')}
        </span>
        {record.archivedAt ? (
          <>
            {' · '}
            <strong id="archived-state">
              {t('edit.archive.state', { date: formatDate(language, record.archivedAt) })}
            </strong>
          </>
        ) : null}
      </p>
      {props.facts?.(record, {
        version: read.version,
        written: (version) => setRead({ ...read, version }),
      })}
      {conflict ? (
        <ConflictPanel
          spec={spec}
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
      <form className="record-form" onSubmit={submit} noValidate>
        <RefusalAlert refusal={refusal} />
        {saved !== null ? (
          <p role="status" className="saved">
            {t('edit.service.saved', { version: saved })}
          </p>
        ) : null}
        <BilingualFields side={side} />
        {spec.single.length > 0 ? (
          <fieldset>
            <legend>{t('edit.fields.other')}</legend>
            {spec.single.map((single) =>
              single.widget === 'hours' ? (
                <HoursPicker
                  key={single.name}
                  id={`record-${single.name}`}
                  value={draft[single.name] ?? ''}
                  onChange={(value) => setDraft({ ...draft, [single.name]: value })}
                  problem={
                    [...(refusal?.fields ?? [])].find(([key]) => key.startsWith(single.name))?.[1]
                  }
                />
              ) : single.widget === 'territories' ? (
                <TerritoryPicker
                  key={single.name}
                  id={`record-${single.name}`}
                  value={draft[single.name] ?? ''}
                  onChange={(value) => setDraft({ ...draft, [single.name]: value })}
                  problem={
                    [...(refusal?.fields ?? [])].find(([key]) => key.startsWith(single.name))?.[1]
                  }
                />
              ) : (
                field(
                  single.name,
                  t(`edit.fields.${single.name}`) +
                    (single.parts
                      ? ` ${t('edit.fields.oneALineParts', { parts: single.parts.map((part) => t(`edit.parts.${part}`)).join(' ; ') })}`
                      : single.list
                        ? ` ${t('edit.fields.oneALine')}`
                        : ''),
                  Boolean(single.list || single.parts),
                )
              ),
            )}
          </fieldset>
        ) : null}
        <button type="submit" className="button" disabled={Boolean(conflict)}>
          {t('edit.service.save')}
        </button>
      </form>
      <RecordActions
        id={record.id}
        version={read.version}
        archived={Boolean(record.archivedAt)}
        onDone={(version) => {
          setRead({ ...read, version });
          reload({ requestPolicy: 'network-only' });
        }}
      />
      <RecordHistory key={read.version} entityId={record.id} />
    </article>
  );
}
