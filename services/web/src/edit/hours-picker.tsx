import { useTranslation } from 'react-i18next';

import { partsOfText, textOf, WEEKDAYS } from './hours-text';
import type { HoursParts } from './hours-text';

/** The site's opening hours: one input per weekday, exceptions one a line, holidays, a note. */
export function HoursPicker(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string;
  /** Its legend, when not the site's hours. */
  legend?: string;
}) {
  const { t } = useTranslation();
  const parts = partsOfText(props.value);
  const set = (change: Partial<HoursParts>) =>
    props.onChange(textOf({ ...parts, ...change, known: true }));
  return (
    <fieldset
      id={props.id}
      className="hours-picker"
      aria-describedby={props.problem ? `${props.id}-error` : undefined}
    >
      <legend>{props.legend ?? t('edit.fields.openingHours')}</legend>
      <p className="hint">{t('edit.hours.hint')}</p>
      {props.problem ? (
        <p id={`${props.id}-error`} className="field-error">
          {props.problem}
        </p>
      ) : null}
      {WEEKDAYS.map((day) => (
        <div className="form-field" key={day}>
          <label htmlFor={`${props.id}-${day}`}>{t(`weekday.${day}`)}</label>
          <input
            id={`${props.id}-${day}`}
            value={parts.days[day]}
            placeholder="09:00-12:00, 13:00-17:00"
            onChange={(event) => set({ days: { ...parts.days, [day]: event.target.value } })}
          />
        </div>
      ))}
      <div className="form-field">
        <label htmlFor={`${props.id}-exceptions`}>{t('edit.hours.exceptions')}</label>
        <textarea
          id={`${props.id}-exceptions`}
          rows={3}
          value={parts.exceptions}
          placeholder={'2026-12-24 closed\n2026-12-31 09:00-12:00'}
          onChange={(event) => set({ exceptions: event.target.value })}
        />
      </div>
      <div className="form-field">
        <label>
          <input
            type="checkbox"
            checked={parts.closedOnPublicHolidays}
            onChange={(event) => set({ closedOnPublicHolidays: event.target.checked })}
          />{' '}
          {t('edit.hours.holidays')}
        </label>
      </div>
      <div className="form-field">
        <label htmlFor={`${props.id}-note`}>{t('edit.hours.note')}</label>
        <input
          id={`${props.id}-note`}
          value={parts.note}
          onChange={(event) => set({ note: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
