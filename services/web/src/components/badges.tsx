// What a professional checks first: access conditions, the example label, open now.
import { useTranslation } from 'react-i18next';

import type { Period } from '../hours';
import { hhmm, nextOpening } from '../hours';

export interface AccessFlags {
  lowThreshold: boolean;
  withoutAppointment: boolean;
  free: boolean;
  acceptsUninsured: boolean;
  acceptsAmu: boolean;
  anonymous: boolean;
}

/** Each access flag of a service with its condition's code (the `access.*` texts). */
export const ACCESS_FLAGS: [keyof AccessFlags, string][] = [
  ['withoutAppointment', 'WITHOUT_APPOINTMENT'],
  ['free', 'FREE'],
  ['acceptsAmu', 'ACCEPTS_AMU'],
  ['acceptsUninsured', 'ACCEPTS_UNINSURED'],
  ['lowThreshold', 'LOW_THRESHOLD'],
  ['anonymous', 'ANONYMOUS'],
];

export function AccessBadges(props: { flags: AccessFlags }) {
  const { t } = useTranslation();
  const shown = ACCESS_FLAGS.filter(([flag]) => props.flags[flag]);
  if (!shown.length) {
    return null;
  }
  return (
    <ul className="badges">
      {shown.map(([flag, code]) => (
        <li key={flag} className="badge">
          {t(`access.${code}`)}
        </li>
      ))}
    </ul>
  );
}

export function ExampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge example" title={t('result.exampleTitle')}>
      {t('result.example')}
    </span>
  );
}

/** Open now, closed (with the next opening), or "hours unknown" — never nothing. */
export function OpenState(props: {
  openNow: boolean | null | undefined;
  weekly?: Period[] | null;
}) {
  const { t } = useTranslation();
  if (props.openNow == null || !props.weekly?.length) {
    return <span className="open-state unknown">{t('result.hoursUnknown')}</span>;
  }
  if (props.openNow) {
    return <span className="open-state open">{t('result.openNow')}</span>;
  }
  const next = nextOpening(props.weekly);
  return (
    <span className="open-state closed">
      {t('result.closedNow')}
      {next ? ` · ${t(`weekday.${next.day}`)} ${hhmm(next.opens)}` : ''}
    </span>
  );
}
