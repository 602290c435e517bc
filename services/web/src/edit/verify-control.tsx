import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { formatDate } from '../format';
import type { UiLanguage } from '../i18n';
import { VerifyMutation } from './edit-operations';
import { refusalOf } from './graphql-errors';

/** "This record is true as it stands", after a confirmation. */
export function VerifyControl(props: {
  id: string;
  version: number;
  onVerified: (version: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [, verify] = useMutation(VerifyMutation);

  const confirm = async () => {
    const result = await verify({ id: props.id, version: props.version });
    setAsking(false);
    const refused = refusalOf(result.error);
    if (refused) {
      setProblem(refused.message);
      return;
    }
    const entry = result.data?.verify;
    if (entry && 'verifiedAt' in entry && entry.verifiedAt) {
      setProblem(null);
      setDone(entry.verifiedAt);
      props.onVerified(entry.version);
    }
  };

  return (
    <section className="verify" aria-label={t('edit.verify.button')}>
      {asking ? (
        <div role="group" aria-labelledby="verify-question" className="confirm">
          <p id="verify-question">{t('edit.verify.confirm')}</p>
          <button type="button" className="button" onClick={() => void confirm()}>
            {t('edit.verify.yes')}
          </button>
          <button type="button" className="link-button" onClick={() => setAsking(false)}>
            {t('edit.verify.no')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('edit.verify.button')}
        </button>
      )}
      {done ? (
        <p role="status">
          {t('edit.verify.done', { date: formatDate(i18n.language as UiLanguage, done) })}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
