import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { signIn } from './session';
import type { Session } from './session';

export function SignInForm(props: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = [...(email.trim() ? [] : ['email']), ...(password ? [] : ['password'])];
    setMissing(empty);
    if (empty.length > 0) {
      return;
    }
    setBusy(true);
    const result = await signIn(email, password).finally(() => setBusy(false));
    if (result.ok) {
      props.onSignedIn(result.session);
      return;
    }
    setPassword('');
    setMessage(
      result.status === 429
        ? t('edit.signIn.locked', { seconds: result.retryAfterSeconds ?? 60 })
        : result.status === 503
          ? t('edit.signIn.unavailable')
          : t('edit.signIn.wrong'),
    );
  };

  const field = (name: 'email' | 'password', value: string, set: (value: string) => void) => (
    <div className="form-field">
      <label htmlFor={`sign-in-${name}`}>{t(`edit.signIn.${name}`)}</label>
      <input
        id={`sign-in-${name}`}
        name={name}
        type={name === 'email' ? 'email' : 'password'}
        autoComplete={name === 'email' ? 'username' : 'current-password'}
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={missing.includes(name) || undefined}
        aria-describedby={missing.includes(name) ? `sign-in-${name}-error` : undefined}
      />
      {missing.includes(name) ? (
        <p id={`sign-in-${name}-error`} className="field-error">
          {t('edit.signIn.required')}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="sign-in" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('edit.signIn.heading')}</h2>
      {message ? (
        <p role="alert" className="error">
          {message}
        </p>
      ) : null}
      {field('email', email, setEmail)}
      {field('password', password, setPassword)}
      <button type="submit" className="button" disabled={busy}>
        {t('edit.signIn.submit')}
      </button>
    </form>
  );
}
