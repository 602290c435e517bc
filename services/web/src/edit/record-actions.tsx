import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { formatDate } from '../format';
import type { UiLanguage } from '../i18n';
import { ConfirmedAction } from './confirmed-action';
import { ArchiveMutation, RestoreMutation, VerifyMutation } from './edit-operations';
import { refusalOf } from './graphql-errors';

type Entry = { version: number; verifiedAt?: string | null; archivedAt?: string | null } | null;

/** What a registry action answers: the record's new version, or the API's refusal as an error. */
function entryOf(
  result: { data?: Record<string, unknown> | null; error?: Parameters<typeof refusalOf>[0] },
  key: string,
): NonNullable<Entry> {
  const refused = refusalOf(result.error);
  if (refused) {
    throw new Error(refused.message);
  }
  const entry = result.data?.[key] as Entry;
  if (!entry) {
    throw new Error('no answer');
  }
  return entry;
}

/** Verify, archive or restore the record at the version read, each after a confirmation. */
export function RecordActions(props: {
  id: string;
  version: number;
  archived: boolean;
  onDone: (version: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [, verify] = useMutation(VerifyMutation);
  const [, archive] = useMutation(ArchiveMutation);
  const [, restore] = useMutation(RestoreMutation);
  const variables = { id: props.id, version: props.version };
  return (
    <section className="verify actions" aria-label={t('edit.actions')}>
      <ConfirmedAction
        id="verify"
        label={t('edit.verify.button')}
        question={t('edit.verify.confirm')}
        yes={t('edit.verify.yes')}
        run={async () => {
          const entry = entryOf(await verify(variables), 'verify');
          props.onDone(entry.version);
          return t('edit.verify.done', { date: formatDate(language, entry.verifiedAt ?? '') });
        }}
      />
      {props.archived ? (
        <ConfirmedAction
          id="restore"
          label={t('edit.restore.button')}
          question={t('edit.restore.confirm')}
          yes={t('edit.restore.yes')}
          run={async () => {
            props.onDone(entryOf(await restore(variables), 'restore').version);
            return t('edit.restore.done');
          }}
        />
      ) : (
        <ConfirmedAction
          id="archive"
          label={t('edit.archive.button')}
          question={t('edit.archive.confirm')}
          yes={t('edit.archive.yes')}
          run={async () => {
            props.onDone(entryOf(await archive(variables), 'archive').version);
            return t('edit.archive.done');
          }}
        />
      )}
    </section>
  );
}
