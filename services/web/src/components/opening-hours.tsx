// A site's week, today highlighted, with its dated exceptions; "hours unknown" rather than nothing.
import type { TFunction } from 'i18next';

import { brusselsNow } from '../format';
import { hhmm, WEEKDAYS } from '../hours';
import type { ServiceSheetQuery } from '../gql/graphql';

type Hours = NonNullable<
  NonNullable<ServiceSheetQuery['service']>['deliveries'][number]['openingHours']
>;

export function OpeningHoursTable(props: {
  hours: Hours | null | undefined;
  t: TFunction;
  highlightToday?: boolean;
}) {
  const { hours, t } = props;
  if (!hours || (!hours.weekly.length && !hours.note)) {
    return <p className="open-state unknown">{t('result.hoursUnknown')}</p>;
  }
  const today = props.highlightToday === false ? null : brusselsNow().day;
  return (
    <>
      {hours.weekly.length ? (
        <table className="hours">
          <caption className="visually-hidden">{t('service.hours')}</caption>
          <tbody>
            {WEEKDAYS.map((day) => {
              const periods = hours.weekly.filter((period) => period.day === day);
              return (
                <tr key={day} className={day === today ? 'today' : undefined}>
                  <th scope="row">
                    {t(`weekday.${day}`)}
                    {day === today ? ` (${t('service.today')})` : ''}
                  </th>
                  <td>
                    {periods.length
                      ? periods
                          .map((period) => `${hhmm(period.opens)}–${hhmm(period.closes)}`)
                          .join(', ')
                      : t('service.closed')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {hours.note ? <p>{hours.note}</p> : null}
      {hours.closedOnPublicHolidays ? <p>{t('service.closedOnHolidays')}</p> : null}
      {hours.exceptions.length ? (
        <>
          <h4>{t('service.exceptions')}</h4>
          <ul>
            {hours.exceptions.map((exception) => (
              <li key={exception.date}>
                {exception.date}:{' '}
                {exception.closed
                  ? t('service.closed')
                  : exception.periods
                      .map((period) => `${hhmm(period.opens)}–${hhmm(period.closes)}`)
                      .join(', ')}
                {exception.note ? ` (${exception.note})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
