import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button whose action runs only after a confirmation (verify, archive, restore): the question,
 * "yes" and "cancel" in place of the button; what it did, or why the API refused, after.
 */
export function ConfirmedAction(props: {
  id: string;
  label: string;
  question: string;
  yes: string;
  /** Runs the action: a message to show when done, or throws the API's refusal message. */
  run: () => Promise<ReactNode>;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<ReactNode>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setAsking(false);
    try {
      setDone(await props.run());
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div className="confirmed-action">
      {asking ? (
        <div role="group" aria-labelledby={`${props.id}-question`} className="confirm">
          <p id={`${props.id}-question`}>{props.question}</p>
          <button type="button" className="button" onClick={() => void confirm()}>
            {props.yes}
          </button>
          <button type="button" className="link-button" onClick={() => setAsking(false)}>
            {t('edit.verify.no')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {props.label}
        </button>
      )}
      {done ? <p role="status">{done}</p> : null}
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
