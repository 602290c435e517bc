import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Refusal } from './graphql-errors';

/** The API's refusal of a whole form: invalid fields (each said next to its field), or why not. */
export function RefusalAlert(props: { refusal: Refusal | null }) {
  const { t } = useTranslation();
  if (!props.refusal) {
    return null;
  }
  return (
    <p role="alert" className="error">
      {props.refusal.code === 'BAD_USER_INPUT' ? t('edit.service.invalid') : props.refusal.message}
    </p>
  );
}

/** A record's French and Dutch fields side by side (one column at phone width), each in its language. */
export function BilingualFields(props: { side: (suffix: 'Fr' | 'Nl') => ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="bilingual">
      <fieldset lang="fr">
        <legend>{t('edit.service.french')}</legend>
        {props.side('Fr')}
      </fieldset>
      <fieldset lang="nl">
        <legend>{t('edit.service.dutch')}</legend>
        {props.side('Nl')}
      </fieldset>
    </div>
  );
}
