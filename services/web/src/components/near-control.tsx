// "Near a place": a commune or quartier of the directory, or the browser's position (asked only
// when the user presses the button; the position stays in the URL of this browser).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { pick } from '../format';
import type { UiLanguage } from '../i18n';
import { LabelsQuery } from '../graphql/operations';

export function NearControl(props: {
  near: string | null;
  onNear: (near: string | null, position: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data }] = useQuery({ query: LabelsQuery });
  const [refused, setRefused] = useState(false);
  const byName = <T extends { nameFr: string; nameNl: string }>(list: T[] = []) =>
    [...list].sort((a, b) =>
      pick(language, a.nameFr, a.nameNl).localeCompare(
        pick(language, b.nameFr, b.nameNl),
        language,
      ),
    );
  const askPosition = () => {
    setRefused(false);
    navigator.geolocation?.getCurrentPosition(
      (position) =>
        props.onNear(
          'me',
          `${position.coords.latitude.toFixed(5)},${position.coords.longitude.toFixed(5)}`,
        ),
      () => setRefused(true),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  };
  return (
    <div className="near">
      <label htmlFor="near-select">{t('search.near')}</label>
      <select
        id="near-select"
        value={props.near === 'me' ? 'me' : (props.near ?? '')}
        onChange={(event) =>
          event.target.value === 'me'
            ? askPosition()
            : props.onNear(event.target.value || null, null)
        }
      >
        <option value="">{t('search.nearNone')}</option>
        <option value="me">{t('search.nearMe')}</option>
        {(
          [
            ['COMMUNE', data?.communes],
            ['QUARTIER', data?.quartiers],
          ] as const
        ).map(([layer, places]) => (
          <optgroup key={layer} label={t(`territory.contains_${layer}`)}>
            {byName(places).map((place) => (
              <option key={place.id} value={place.id}>
                {pick(language, place.nameFr, place.nameNl)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {props.near === 'me' ? <p className="hint">{t('search.nearMeHint')}</p> : null}
      {refused ? <p className="hint warning">{t('search.nearMeRefused')}</p> : null}
    </div>
  );
}
